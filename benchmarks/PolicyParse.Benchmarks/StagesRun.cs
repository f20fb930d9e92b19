using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using PolicyParse.Search.Analysis;
using PolicyParse.Search.Indexing;

namespace PolicyParse.Benchmarks;

/// <summary>
/// Where a bulk run's time per notice goes, one stage at a time on one thread over the same files (the
/// second of two passes, so the code is compiled), with the bytes each stage allocates: reading the
/// file, parsing it, mapping the notice to Lucene documents (the stored JSON among them), analysing
/// their text fields alone, and adding them to an index writer in memory (analysis, inverting, stored
/// fields, doc values and flushes, no commit).
/// <code>dotnet run -c Release --project benchmarks/PolicyParse.Benchmarks -- stages FOLDER [FILES]</code>
/// </summary>
public static class StagesRun
{
    public static int Run(string[] args)
    {
        var files = BulkIndexer.Walk(new[] { args[0] }).Take(args.Length > 1 ? int.Parse(args[1]) : 1000).ToList();
        ChineseDictionary.Preload();
        Dictionary<string, (double Ms, long Bytes)> times = new();
        for (int pass = 0; pass < 2; pass++)
            times = Pass(files);
        long chars = files.Sum(f => new FileInfo(f).Length) / 3; // UTF-8 Han text: about three bytes a character
        Console.WriteLine($"{files.Count} files, about {chars / files.Count:N0} characters each; per notice, one thread:");
        foreach (var (stage, (ms, bytes)) in times)
            Console.WriteLine($"  {stage,-28} {ms * 1000 / files.Count,8:F0} µs {bytes / 1024.0 / files.Count,8:F0} KB allocated");
        return 0;
    }

    private static Dictionary<string, (double Ms, long Bytes)> Pass(List<string> files)
    {
        var parser = new PolicyParser();
        var watch = Stopwatch.StartNew();
        long allocatedAtLap = GC.GetAllocatedBytesForCurrentThread();
        // The time, and the bytes allocated on this thread, since the last lap.
        (double Ms, long Bytes) Lap()
        {
            double ms = watch.Elapsed.TotalMilliseconds;
            long allocated = GC.GetAllocatedBytesForCurrentThread();
            var lap = (ms, allocated - allocatedAtLap);
            allocatedAtLap = allocated;
            watch.Restart();
            return lap;
        }
        var bytes = files.Select(File.ReadAllBytes).ToList();
        var read = Lap();
        var notices = files.Select((f, i) => parser.Parse(bytes[i], Path.GetFileName(f))).ToList();
        var parse = Lap();
        var documents = notices.Select((n, i) => DocumentMapper.Map(n, files[i], DocumentKey.Of(n))).ToList();
        var map = Lap();
        var analyzer = ExactFields.Wrap(TextAnalysis.Jieba.CreateIndexAnalyzer());
        int tokens = 0;
        foreach (var field in documents.SelectMany(d => d).SelectMany(d => d.Fields))
            if (field.IndexableFieldType is { IsIndexed: true, IsTokenized: true } && field.GetStringValue() is { } text)
                tokens += AnalyzerBenchmarks.CountTokens(analyzer, text);
        var analysis = Lap();
        using (var writer = new IndexWriter(new RAMDirectory(), new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer) { RAMBufferSizeMB = 64 }))
            foreach (var group in documents)
                writer.AddDocuments(group);
        var add = Lap();
        return new Dictionary<string, (double, long)>
        {
            ["read file"] = read,
            ["parse"] = parse,
            ["map to documents"] = map,
            [$"analysis alone ({tokens / files.Count} tokens)"] = analysis,
            ["add to index writer"] = add,
        };
    }
}
