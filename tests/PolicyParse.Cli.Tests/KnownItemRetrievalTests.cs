using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using PolicyParse.Model;
using PolicyParse.Search.Analysis;
using PolicyParse.Search.Indexing;
using PolicyParse.Search.Searching;
using Xunit.Abstractions;

namespace PolicyParse.Cli.Tests;

/// <summary>
/// Retrieval quality, measured: for each labeled document of the development corpus, a query of two or
/// three content words of its title and a phrase found only in its body (made by the rule below and
/// kept in corpus/dev/known-item-queries.tsv for review) must find it among the first ten hits of an
/// index built with each analysis. Reports MRR@10 and recall@10 per analysis.
/// </summary>
public sealed class KnownItemRetrievalTests
{
    private readonly ITestOutputHelper _output;

    public KnownItemRetrievalTests(ITestOutputHelper output) => _output = output;

    private static string DevDirectory => Path.Combine(TestCorpus.Directory, "dev");
    private static string QueryFile => Path.Combine(DevDirectory, "known-item-queries.tsv");

    private sealed record Document(string Key, List<string> Files, string Title, string Body);

    private sealed record KnownItem(string Key, string Kind, string Query);

    /// <summary>Every labeled document with a title: its files, its label's title, and the body text of its first file as the index holds it.</summary>
    private static List<Document> Documents()
    {
        using var labels = JsonDocument.Parse(File.ReadAllText(Path.Combine(DevDirectory, "labels.json")));
        var files = Directory.GetFiles(Path.Combine(DevDirectory, "docs")).OrderBy(f => f, StringComparer.Ordinal).ToList();
        var parser = new PolicyParser();
        var documents = new List<Document>();
        foreach (var label in labels.RootElement.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            if (label.Value.TryGetProperty("title", out var title) && title.ValueKind == JsonValueKind.String)
            {
                var own = files.Where(f => Path.GetFileNameWithoutExtension(f) == label.Name).ToList();
                if (own.Count == 0) continue;
                var body = NoticeText.Body(parser.ParseFile(own[0]));
                documents.Add(new Document(label.Name, own, title.GetString()!, body));
            }
        }
        return documents;
    }

    // The rule, which cuts only where the text itself marks a boundary, so that no analyzer's idea of a
    // word decides the queries. Title: the label's title without its 关于/印发 frame and 文种, cut at
    // punctuation, numbers and the words 关于, 印发, 转发; the three longest pieces of two or more
    // characters (the earlier on a tie), in title order. Body: in the body's last two thirds, the first
    // clause (Chinese characters between two punctuation marks) of 6 to 12 characters that no other
    // document's body holds.
    private static readonly Regex TitleFrame = new(
        "^(关于)?((印发|转发|批转|公布|发布)(《)?)?|(》)?(的)?(通知|意见|通告|公告|决定|批复|复函|函|报告|办法|规定|细则)$", RegexOptions.CultureInvariant);

    private static readonly Regex TitleBreak = new(@"[\p{P}\p{S}\s\d０-９]+|关于|印发|转发", RegexOptions.CultureInvariant);

    private static readonly Regex Clause = new(@"(?<=[，。；：、！？])[\u4e00-\u9fff]{6,12}(?=[，。；：、！？])", RegexOptions.CultureInvariant);

    private static string? TitleQuery(string title)
    {
        var core = TitleFrame.Replace(title.Replace("《", "").Replace("》", ""), "");
        var pieces = TitleBreak.Split(core).Select((p, i) => (Piece: p, Index: i)).Where(p => p.Piece.Length >= 2).ToList();
        if (pieces.Count == 0)
            return null;
        var chosen = pieces.OrderByDescending(p => p.Piece.Length).ThenBy(p => p.Index).Take(3).OrderBy(p => p.Index);
        return string.Join(" ", chosen.Select(p => p.Piece));
    }

    private static string? BodyPhrase(Document document, IReadOnlyList<Document> all)
    {
        foreach (Match clause in Clause.Matches(document.Body))
        {
            if (clause.Index < document.Body.Length / 3)
                continue;
            if (!all.Any(other => other.Key != document.Key && other.Body.Contains(clause.Value, StringComparison.Ordinal)))
                return clause.Value;
        }
        return null;
    }

    private static List<KnownItem> MakeQueries(List<Document> documents)
    {
        var queries = new List<KnownItem>();
        foreach (var d in documents)
        {
            if (TitleQuery(d.Title) is { } title) queries.Add(new KnownItem(d.Key, "title", title));
            if (BodyPhrase(d, documents) is { } body) queries.Add(new KnownItem(d.Key, "body", body));
        }
        return queries;
    }

    private static string Tsv(List<KnownItem> queries)
    {
        var sb = new StringBuilder("# key\tkind\tquery — made by KnownItemRetrievalTests' rule from corpus/dev (POLICYPARSE_WRITE_QUERIES=1 rewrites it)\n");
        foreach (var q in queries)
            sb.Append(q.Key).Append('\t').Append(q.Kind).Append('\t').Append(q.Query).Append('\n');
        return sb.ToString();
    }

    [Fact]
    public void The_query_file_is_the_rule_applied_to_the_development_corpus()
    {
        var made = Tsv(MakeQueries(Documents()));
        if (Environment.GetEnvironmentVariable("POLICYPARSE_WRITE_QUERIES") == "1")
            File.WriteAllText(QueryFile, made);
        Assert.Equal(made, File.ReadAllText(QueryFile));
    }

    [Fact]
    public void Ours_finds_known_items_at_least_as_well_as_smartcn()
    {
        var documents = Documents();
        var queries = File.ReadAllLines(QueryFile).Where(l => !l.StartsWith('#')).Select(l => l.Split('\t'))
            .Select(p => new KnownItem(p[0], p[1], p[2])).ToList();
        var parser = new PolicyParser();
        var notices = documents.SelectMany(d => d.Files).ToDictionary(f => f, f => parser.ParseFile(f));
        var keyOf = documents.SelectMany(d => d.Files.Select(f => (File: f, d.Key))).ToDictionary(p => p.File, p => p.Key);

        var scores = new Dictionary<string, (double Mrr, double Recall)>();
        foreach (var analysis in CliAnalyses.All)
        {
            using var index = PolicyIndex.OpenInMemory(new PolicyIndexOptions { Analysis = analysis });
            foreach (var (file, notice) in notices)
                index.Index(notice, file);
            index.Commit();
            var searcher = index.CreateSearcher();
            foreach (var kind in new[] { "title", "body", "all" })
            {
                var asked = queries.Where(q => kind == "all" || q.Kind == kind).ToList();
                double reciprocal = 0;
                int found = 0;
                foreach (var q in asked)
                {
                    var hits = searcher.Search(q.Query, new SearchOptions { Kind = SearchKind.Notices, Top = 10 }).Hits;
                    int rank = hits.ToList().FindIndex(h => h.Files.Any(f => keyOf.GetValueOrDefault(f.Path) == q.Key) || keyOf.GetValueOrDefault(h.Path) == q.Key);
                    if (rank < 0)
                    {
                        if (kind != "all") _output.WriteLine($"  {analysis.Name} misses {q.Key}: {q.Query}");
                        continue;
                    }
                    found++;
                    reciprocal += 1.0 / (rank + 1);
                }
                scores[$"{analysis.Name}/{kind}"] = (reciprocal / asked.Count, (double)found / asked.Count);
                _output.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-8} {1,-5} queries={2} MRR@10={3:F3} recall@10={4:F3}",
                    analysis.Name, kind, asked.Count, reciprocal / asked.Count, (double)found / asked.Count));
            }
        }
        Assert.True(queries.Count >= 300, $"{queries.Count} queries");
        foreach (var kind in new[] { "title", "body", "all" })
        {
            var (ours, smartCn) = (scores["jieba/" + kind], scores["smartcn/" + kind]);
            Assert.True(ours.Mrr >= smartCn.Mrr, $"{kind}: MRR@10 {ours.Mrr:F3} < SmartCn's {smartCn.Mrr:F3}");
            Assert.True(ours.Recall >= smartCn.Recall, $"{kind}: recall@10 {ours.Recall:F3} < SmartCn's {smartCn.Recall:F3}");
        }
    }
}
