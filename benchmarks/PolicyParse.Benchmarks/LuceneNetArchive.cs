using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using PolicyParse.Search.Analysis;

namespace PolicyParse.Benchmarks;

/// <summary>
/// The .NET peer: bare Lucene.Net indexing each notice's title (first line) and body text, stored, with
/// one analyzer, on N threads into one IndexWriter with a 64 MB RAM buffer — what scripts/peers'
/// LuceneArchive.java does with Java Lucene, line for line, so the two rows differ only in the runtime
/// and the library port. With <c>jieba</c> it runs our analyzer alone (no parsing, tasks, facets or
/// stored JSON): what the rest of the pipeline costs is the difference to <c>policyparse index</c>.
/// <code>dotnet PolicyParse.Benchmarks.dll lucene-net standard|smartcn|jieba ARCHIVE INDEX THREADS</code>
/// </summary>
public static class LuceneNetArchive
{
    public static int Run(string[] args)
    {
        if (args.Length != 4)
        {
            Console.Error.WriteLine("usage: lucene-net standard|smartcn|jieba ARCHIVE INDEX THREADS");
            return 2;
        }
        Analyzer analyzer = args[0] switch
        {
            "standard" => new StandardAnalyzer(LuceneVersion.LUCENE_48),
            "smartcn" => new SmartChineseAnalyzer(LuceneVersion.LUCENE_48),
            "jieba" => TextAnalysis.Jieba.CreateIndexAnalyzer(),
            _ => throw new ArgumentException($"unknown analyzer {args[0]}"),
        };
        var files = System.IO.Directory.EnumerateFiles(args[1], "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        long bytes = 0;
        var watch = Stopwatch.StartNew();
        using (var directory = FSDirectory.Open(args[2]))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer) { RAMBufferSizeMB = 64 }))
        {
            Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = int.Parse(args[3]) }, file =>
            {
                var raw = File.ReadAllBytes(file);
                Interlocked.Add(ref bytes, raw.Length);
                var text = Encoding.UTF8.GetString(raw);
                int firstLine = text.IndexOf('\n');
                writer.AddDocument(new Document
                {
                    new TextField("path", file, Field.Store.YES),
                    new TextField("title", firstLine < 0 ? text : text[..firstLine], Field.Store.YES),
                    new TextField("body", text, Field.Store.YES),
                });
            });
            writer.Commit();
        }
        double seconds = watch.Elapsed.TotalSeconds;
        Console.WriteLine($"notices={files.Count} seconds={seconds:F1} notices_per_s={files.Count / seconds:F0} text_mb_per_s={bytes / 1048576.0 / seconds:F2}");
        return 0;
    }
}
