using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using PolicyParse.Search.Analysis;
using PolicyParse.Search.Indexing;
using PolicyParse.Search.Searching;

namespace PolicyParse.Benchmarks;

/// <summary>
/// Whole-archive measurements too long for BenchmarkDotNet's repetitions: a bulk run over a realistic
/// archive of text notices on disk (<see cref="RealisticArchive"/>; notices/s against the analysis alone
/// of the same notices on the same threads, and the process's peak memory), then search latency
/// percentiles on the index it built.
/// <code>dotnet run -c Release --project benchmarks/PolicyParse.Benchmarks -- archive NOTICES [THREADS] [FOLDER]</code>
/// The archive and its index are kept in FOLDER (default: a folder under the system's temp) and
/// reused when the same count is asked again, so the 100k-notice index is built once.
/// </summary>
public static class ArchiveRun
{
    /// <summary>Ten query texts: words, a phrase, a 文号, alternatives, an exclusion, a field.</summary>
    public static readonly string[] QueryTexts =
    {
        "营商环境", "政务公开 标准目录", "docNumber:宿区政办发〔2021〕24号", "\"政府信息公开\"", "责任单位",
        "乡村振兴 OR 民生", "政策解读 NOT 新闻", "重大行政决策", "数据开放", "title:实施方案",
    };

    public static int Run(string[] args)
    {
        int notices = int.Parse(args[0]);
        int threads = args.Length > 1 ? int.Parse(args[1]) : 2;
        var folder = args.Length > 2 ? args[2] : Path.Combine(Path.GetTempPath(), $"policyparse-archive-{notices}");
        var files = Path.Combine(folder, "files");
        var indexFolder = Path.Combine(folder, "index");
        ChineseDictionary.Preload();

        // Files and index are each kept once complete: the files outlive a change to the index.
        if (!File.Exists(Path.Combine(folder, "files.complete")))
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, true);
            Console.WriteLine($"writing {notices:N0} notices to {files}");
            var archive = RealisticArchive.FromCorpus();
            ArchiveWriter.Write(archive, notices, files, ArchiveWriter.Mix("txt=1"));
            Console.WriteLine(ArchiveReport.Describe(archive, notices));
            File.WriteAllText(Path.Combine(folder, "files.complete"), "");
        }
        if (!File.Exists(Path.Combine(folder, "index.complete")))
        {
            if (Directory.Exists(indexFolder)) Directory.Delete(indexFolder, true);
            BaselineAnalysis(files, threads);
            IndexArchive(files, indexFolder, threads);
            File.WriteAllText(Path.Combine(folder, "index.complete"), "");
        }
        else
        {
            Console.WriteLine($"reusing the index in {indexFolder} (delete index.complete to rebuild)");
        }
        Latency(indexFolder, QueryTexts, OptionSets);
        return 0;
    }

    /// <summary>The same texts as a bulk run indexes, through the index analyzer only: the ceiling for notices/s.</summary>
    private static void BaselineAnalysis(string files, int threads)
    {
        var parser = new PolicyParser();
        var sample = BulkIndexer.Walk(new[] { files }).Take(1000).Select(f => parser.ParseText(File.ReadAllText(f), Path.GetFileName(f)))
            .Select(d => string.Join("\n", new[] { d.Title ?? "", NoticeText.Body(d) }.Concat(d.Tasks.Select(t => t.Content)))).ToList();
        var analyzer = new ChineseAnalyzer(SegmentationMode.Index);
        // Three seconds to compile fully, as in a long bulk run, then passes over the sample for at least
        // five: a single pass of a second measured the JIT's tiers as much as the analyzer.
        int AnalyzeFor(double seconds)
        {
            int passes = 0;
            for (var watch = Stopwatch.StartNew(); watch.Elapsed.TotalSeconds < seconds; passes++)
                Parallel.ForEach(sample, new ParallelOptions { MaxDegreeOfParallelism = threads }, text => AnalyzerBenchmarks.CountTokens(analyzer, text));
            return passes;
        }
        AnalyzeFor(3);
        var timing = Stopwatch.StartNew();
        int passes = AnalyzeFor(5);
        Console.WriteLine($"analysis alone: {passes * sample.Count / timing.Elapsed.TotalSeconds:F0} notices/s on {threads} threads ({sample.Count} notices, {passes} passes)");
    }

    private static void IndexArchive(string files, string indexFolder, int threads)
    {
        using var index = PolicyIndex.Open(indexFolder);
        var watch = Stopwatch.StartNew();
        var report = new BulkIndexer(index, threads).Run(new[] { files });
        var seconds = watch.Elapsed.TotalSeconds;
        using var process = Process.GetCurrentProcess();
        Console.WriteLine($"bulk run: {report.Added:N0} notices in {seconds:F1} s = {report.Added / seconds:F0} notices/s on {threads} threads; " +
                          $"failed {report.Failed.Count}; peak working set {process.PeakWorkingSet64 / 1048576} MB");
    }

    /// <summary>What the CLI and the service ask by default, and their filters.</summary>
    private static readonly SearchOptions[] OptionSets =
    {
        new() { Kind = SearchKind.Notices },
        new() { Kind = SearchKind.Notices, Year = 2021, SortByDate = true },
        new() { Kind = SearchKind.Tasks },
        new() { Kind = SearchKind.Tasks, Unit = "发展改革局" },
    };

    /// <summary>
    /// <c>latency INDEX QUERIES [status]</c>: the latency of the notice searches (facets, snippets) of a query file
    /// on an index built before, measured as <see cref="Latency"/> does; with "status", also filtered by
    /// status, counted by status and sorted by citations.
    /// </summary>
    public static int LatencyOf(string[] args)
    {
        ChineseDictionary.Preload();
        var queries = File.ReadAllLines(args[1]).Where(q => q.Length > 0).ToArray();
        var optionSets = args.Length > 2 && args[2] == "status"
            ? new[]
            {
                new SearchOptions { Kind = SearchKind.Notices, Status = PolicyParse.Model.ValidityStatus.InForce },
                new SearchOptions { Kind = SearchKind.Notices, CountStatuses = true },
                new SearchOptions { Kind = SearchKind.Notices, SortByCitations = true },
            }
            : new[] { new SearchOptions { Kind = SearchKind.Notices } };
        Latency(args[0], queries, optionSets);
        return 0;
    }

    /// <summary>Each query text with each option set, ten rounds after twenty seconds of warm-up; one search per measurement.</summary>
    private static void Latency(string indexFolder, string[] queryTexts, SearchOptions[] optionSets)
    {
        long before = GC.GetTotalMemory(true);
        using var index = PolicyIndex.OpenReadOnly(indexFolder);
        var searcher = index.CreateSearcher();
        var stats = index.Statistics();
        // Warm until the JIT has compiled the hot paths fully (tiered compilation): a service runs warm.
        // With both cores searching, the JIT's background compiler gets little time: after 5 seconds the
        // first rounds still ran partly unoptimized code, at up to six times the steady latency.
        var warm = Stopwatch.StartNew();
        while (warm.Elapsed.TotalSeconds < 20)
            foreach (var query in queryTexts)
                foreach (var options in optionSets)
                    searcher.Search(query, options);
        var runs = new List<(double Ms, string Query, int Options)>();
        var watch = new Stopwatch();
        int collections = GC.CollectionCount(0);
        long allocated = GC.GetTotalAllocatedBytes(precise: true);
        for (int round = 0; round < 10; round++)
            foreach (var query in queryTexts)
                for (int o = 0; o < optionSets.Length; o++)
                {
                    watch.Restart();
                    searcher.Search(query, optionSets[o]);
                    runs.Add((watch.Elapsed.TotalMilliseconds, query, o));
                }
        collections = GC.CollectionCount(0) - collections;
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        long held = GC.GetTotalMemory(true) - before; // the open index with its per-segment arrays
        var timings = runs.Select(r => r.Ms).OrderBy(ms => ms).ToList();
        Console.WriteLine("slowest: " + string.Join("; ", runs.OrderByDescending(r => r.Ms).Take(5).Select(r => $"{r.Query} (options {r.Options}) {r.Ms:F1} ms")) +
                          $"; {collections} garbage collections during the searches, {allocated / runs.Count / 1024:N0} KB allocated a search");
        double Percentile(double p) => timings[Math.Min(timings.Count - 1, (int)Math.Ceiling(p * timings.Count) - 1)];
        Console.WriteLine($"search on {stats.Notices:N0} notices + {stats.Tasks:N0} tasks ({stats.BytesOnDisk / 1048576} MB): " +
                          $"{timings.Count} searches, p50 {Percentile(0.50):F1} ms, p99 {Percentile(0.99):F1} ms, max {timings[^1]:F1} ms; " +
                          $"searcher holds {held / 1048576} MB");
    }
}
