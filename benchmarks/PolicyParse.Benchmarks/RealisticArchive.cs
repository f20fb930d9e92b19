using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using PolicyParse.Model;

namespace PolicyParse.Benchmarks;

/// <summary>
/// An archive shaped like a real one, made from the labeled development corpus (corpus/dev: notices,
/// laws with articles, pages with and without tasks, of many issuers and lengths) and the seed notices
/// (generated, never committed). Each notice is one source document varied the way copies of policy
/// differ: another issuer in place of its own (title, body and signature alike) — a local organ of one of
/// forty cities, or another source's issuer — another
/// year and sign date, a 文号 of its own (the source's agency code, the new year, the notice's serial),
/// and about a quarter of its long body paragraphs (one at least) exchanged for paragraphs of other
/// documents. Term
/// statistics and lengths therefore follow the sources'. The same count and seed give the same archive.
/// </summary>
public sealed class RealisticArchive
{
    private const double ExchangedShare = 0.25, OtherIssuerShare = 0.7, LocalShare = 0.8;
    private const int LongParagraph = 40;

    /// <summary>Cities whose organs issue the archive's local notices.</summary>
    private static readonly string[] Cities =
    {
        "宿迁市", "青岛市", "临沂市", "枣庄市", "苏州市", "杭州市", "宁波市", "温州市", "合肥市", "芜湖市", "福州市", "厦门市", "泉州市", "南昌市",
        "赣州市", "济南市", "烟台市", "潍坊市", "郑州市", "洛阳市", "武汉市", "宜昌市", "长沙市", "株洲市", "广州市", "深圳市", "佛山市", "南宁市",
        "桂林市", "海口市", "成都市", "绵阳市", "贵阳市", "昆明市", "西安市", "宝鸡市", "兰州市", "银川市", "西宁市", "乌鲁木齐市",
    };

    /// <summary>The organs a city has that issue notices.</summary>
    private static readonly string[] Organs =
    {
        "人民政府", "人民政府办公室", "发展和改革委员会", "财政局", "教育局", "人力资源和社会保障局", "住房和城乡建设局", "自然资源和规划局",
        "生态环境局", "交通运输局", "农业农村局", "商务局", "卫生健康委员会", "市场监督管理局", "应急管理局", "民政局", "司法局", "文化和旅游局",
        "科学技术局", "工业和信息化局", "医疗保障局", "数据资源管理局",
    };

    private static readonly Regex SignDate = new(@"(19|20)\d{2}年\d{1,2}月\d{1,2}日");

    private sealed record Source(string Name, string[] Lines, string? Issuer, string? Number, string? AgencyCode, bool Dated);

    private readonly List<Source> _sources;
    private readonly List<string> _issuers, _localIssuers, _paragraphs;

    private RealisticArchive(List<Source> sources)
    {
        _sources = sources;
        _issuers = sources.Select(s => s.Issuer).OfType<string>().Distinct().ToList();
        _localIssuers = Cities.SelectMany(city => Organs.Select(organ => city + organ)).ToList();
        _paragraphs = sources.SelectMany(s => s.Lines).Where(IsBodyParagraph).ToList();
    }

    /// <summary>The development corpus's text and Markdown documents and the seed notices, parsed once for their issuer, 文号 and date.</summary>
    public static RealisticArchive FromCorpus()
    {
        var corpus = ParseBenchmarks.CorpusDirectory();
        var files = Directory.GetFiles(Path.Combine(corpus, "dev", "docs"), "*.txt")
            .Concat(Directory.GetFiles(Path.Combine(corpus, "dev", "docs"), "*.md"))
            .Concat(Directory.GetFiles(corpus, "*.txt").Where(f => !Path.GetFileName(f).StartsWith("LICENSE", StringComparison.Ordinal)))
            .OrderBy(f => f, StringComparer.Ordinal);
        var parser = new PolicyParser();
        var sources = new List<Source>();
        foreach (var file in files)
        {
            var lines = PlainLines(File.ReadAllText(file), file.EndsWith(".md", StringComparison.Ordinal));
            var notice = parser.ParseText(string.Join("\n", lines), Path.GetFileName(file));
            var issuer = notice.Issuers.FirstOrDefault(i => i.Length >= 2);
            sources.Add(new Source(Path.GetFileName(file), lines, issuer, notice.DocNumber?.Raw, notice.DocNumber?.AgencyCode, notice.SignDate is not null));
        }
        return new RealisticArchive(sources);
    }

    // Per serial, how many draws were set aside as the same text as an earlier notice (MakeDistinct).
    private int[] _redraws = Array.Empty<int>();

    /// <summary>
    /// Draws notices 0 … <paramref name="count"/> − 1 once and, where one comes out the same as an earlier
    /// one (a short source with little to vary), draws it again until it differs: no two files of the
    /// archive are the same, as in a real one, where an indexer skips copies.
    /// </summary>
    public void MakeDistinct(int count)
    {
        _redraws = new int[count];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int n = 0; n < count; n++)
            while (!seen.Add(Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", Notice(n)))))))
                _redraws[n]++;
    }

    /// <summary>Notice <paramref name="serial"/> of the archive drawn with <paramref name="seed"/>: its plain lines, title first.</summary>
    public string[] Notice(int serial, int seed = 20261206)
    {
        int redraws = serial < _redraws.Length ? _redraws[serial] : 0;
        var random = new Random(seed * 31 + serial + redraws * 1_000_003);
        var source = _sources[random.Next(_sources.Count)];
        int year = 2005 + random.Next(21);
        // One body paragraph always, so that notices of one source differ (MakeDistinct settles the rest); about a quarter in all.
        var body = Enumerable.Range(0, source.Lines.Length).Where(i => IsBodyParagraph(source.Lines[i])).ToList();
        int always = body.Count == 0 ? -1 : body[random.Next(body.Count)];
        var text = string.Join("\n", source.Lines.Select((line, i) =>
            i == always || (IsBodyParagraph(line) && random.NextDouble() < ExchangedShare) ? _paragraphs[random.Next(_paragraphs.Count)] : line));
        if (source.Issuer is { } issuer && random.NextDouble() < OtherIssuerShare)
        {
            var others = random.NextDouble() < LocalShare ? _localIssuers : _issuers;
            text = text.Replace(issuer, others[random.Next(others.Count)]);
        }
        if (source.Number is { } number && source.AgencyCode is { Length: > 0 } code)
            text = text.Replace(number, $"{code}〔{year}〕{serial + 1}号");
        if (source.Dated && SignDate.Matches(text) is { Count: > 0 } dates)
        {
            var last = dates[dates.Count - 1];
            text = text.Substring(0, last.Index) + $"{year}年{1 + random.Next(12)}月{1 + random.Next(28)}日" + text.Substring(last.Index + last.Length);
        }
        return text.Split('\n');
    }

    /// <summary>How many source documents the archive draws from.</summary>
    public int Sources => _sources.Count;

    /// <summary>Distinct issuers the notices can carry.</summary>
    public int Issuers => _issuers.Count + _localIssuers.Count;

    private static bool IsBodyParagraph(string line) =>
        line.Length >= LongParagraph && !char.IsDigit(line[0]) && "一二三四五六七八九十（(第".IndexOf(line[0]) < 0;

    /// <summary>The lines of a text or Markdown document as plain text: no heading marks, emphasis, comments or blank lines.</summary>
    private static string[] PlainLines(string text, bool markdown)
    {
        var lines = new List<string>();
        foreach (var raw in text.Replace("\r", "").Split('\n'))
        {
            var line = raw.Trim();
            if (markdown)
            {
                if (line.StartsWith("<!--", StringComparison.Ordinal))
                    continue;
                line = line.TrimStart('#', '>', ' ').Replace("**", "").Trim();
            }
            if (line.Length > 0)
                lines.Add(line);
        }
        return lines.ToArray();
    }
}
