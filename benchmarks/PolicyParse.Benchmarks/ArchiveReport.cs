using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Lucene.Net.Analysis.TokenAttributes;
using PolicyParse.Model;
using PolicyParse.Search.Analysis;
using PolicyParse.Search.Indexing;

namespace PolicyParse.Benchmarks;

/// <summary>
/// What a generated archive looks like: notice lengths over every notice; tasks per notice, distinct
/// issuers, 文号 and vocabulary (distinct words of the index analyzer) over a sample of them, parsed.
/// <code>dotnet run -c Release --project benchmarks/PolicyParse.Benchmarks -- generate NOTICES FOLDER [MIX]</code>
/// </summary>
public static class ArchiveReport
{
    private const int Sample = 2000;

    public static int Generate(string[] args)
    {
        int count = int.Parse(args[0]);
        var folder = args[1];
        var mix = ArchiveWriter.Mix(args.Length > 2 ? args[2] : "txt=60,html=20,md=10,docx=10");
        var archive = RealisticArchive.FromCorpus();
        ArchiveWriter.Write(archive, count, folder, mix);
        Console.WriteLine($"wrote {count:N0} notices to {folder} ({string.Join(", ", mix.Select(m => $"{m.Key} {m.Value:P0}"))}) from {archive.Sources} source documents");
        Console.WriteLine(Describe(archive, count));
        var queries = folder.TrimEnd('/') + ".queries.txt";
        File.WriteAllLines(queries, ArchiveRun.QueryTexts.Concat(TitleQueries(archive, count, 20)));
        Console.WriteLine($"queries: {queries}");
        return 0;
    }

    /// <summary>What a title is about ("关于<b>…</b>的通知"), letters only, of <paramref name="n"/> notices spread over the archive.</summary>
    public static IEnumerable<string> TitleQueries(RealisticArchive archive, int count, int n)
    {
        for (int k = 0; k < n; k++)
        {
            var title = archive.Notice((int)((long)(2 * k + 1) * count / (2 * n)))[0];
            int about = title.IndexOf("关于", StringComparison.Ordinal), of = title.LastIndexOf('的');
            var subject = about >= 0 && of > about + 2 ? title.Substring(about + 2, of - about - 2) : title;
            var letters = new string(subject.Where(char.IsLetterOrDigit).ToArray());
            yield return letters.Length > 16 ? letters.Substring(0, 16) : letters;
        }
    }

    /// <summary>One line: lengths, tasks, issuers, numbers and vocabulary.</summary>
    public static string Describe(RealisticArchive archive, int count)
    {
        var lengths = Enumerable.Range(0, count).Select(n => archive.Notice(n).Sum(l => l.Length + 1)).OrderBy(l => l).ToList();
        var parser = new PolicyParser();
        var sample = Enumerable.Range(0, Math.Min(count, Sample)).Select(n => count <= Sample ? n : (int)((long)n * count / Sample))
            .Select(n => parser.ParseText(string.Join("\n", archive.Notice(n)), $"n{n}.txt")).ToList();
        var words = new HashSet<string>(StringComparer.Ordinal);
        var analyzer = new ChineseAnalyzer(SegmentationMode.Index);
        foreach (var notice in sample)
        {
            using var stream = analyzer.GetTokenStream("text", new StringReader((notice.Title ?? "") + "\n" + NoticeText.Body(notice)));
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
                words.Add(term.ToString());
            stream.End();
        }
        return $"notice length mean {lengths.Average():N0} characters, p95 {lengths[(int)(0.95 * (lengths.Count - 1))]:N0}, max {lengths[^1]:N0}; " +
               $"in a sample of {sample.Count:N0}: tasks per notice {sample.Average(s => s.Tasks.Count):F1} ({sample.Count(s => s.Tasks.Count > 0) * 100 / sample.Count}% with tasks), " +
               $"{sample.Select(s => s.Issuers.FirstOrDefault()).Distinct().Count()} distinct issuers, {sample.Count(s => s.DocNumber is not null) * 100 / sample.Count}% with a 文号, " +
               $"{sample.Count(s => s.Sections.Any(x => x.Kind is SectionKind.Chapter or SectionKind.Article)) * 100 / sample.Count}% laws and rules (chapters or articles), vocabulary {words.Count:N0} words";
    }
}
