using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;
using PolicyParse.Search.Analysis;

namespace PolicyParse.Benchmarks;

/// <summary>
/// Tokenizing the corpus text (all seed notices, about 53,000 characters) with the Chinese analyzer
/// against StandardAnalyzer (one token per Han character, the baseline) and CJKAnalyzer (bigrams).
/// Characters per second = 53,279 / mean.
/// </summary>
[MemoryDiagnoser]
public class AnalyzerBenchmarks
{
    private readonly Analyzer _standard = new StandardAnalyzer(LuceneVersion.LUCENE_48);
    private readonly Analyzer _cjk = new CJKAnalyzer(LuceneVersion.LUCENE_48);
    private readonly Analyzer _search = new ChineseAnalyzer(SegmentationMode.Search);
    private readonly Analyzer _index = new ChineseAnalyzer(SegmentationMode.Index);
    private string _text = "";

    [GlobalSetup]
    public void Setup()
    {
        _text = string.Concat(Directory.GetFiles(ParseBenchmarks.CorpusDirectory(), "*.txt")
            .Where(f => !Path.GetFileName(f).StartsWith("LICENSE")).OrderBy(f => f).Select(File.ReadAllText));
        ChineseDictionary.Preload();
    }

    [Benchmark(Baseline = true)]
    public int Standard() => Count(_standard);

    [Benchmark]
    public int CjkBigrams() => Count(_cjk);

    [Benchmark]
    public int ChineseSearchMode() => Count(_search);

    [Benchmark]
    public int ChineseIndexMode() => Count(_index);

    private int Count(Analyzer analyzer) => CountTokens(analyzer, _text);

    /// <summary>
    /// Runs <paramref name="analyzer"/> over <paramref name="text"/> as an index writer does: reading the
    /// token stream's attributes, making no string per token.
    /// </summary>
    public static int CountTokens(Analyzer analyzer, string text)
    {
        int tokens = 0;
        using var stream = analyzer.GetTokenStream("text", new StringReader(text));
        stream.Reset();
        while (stream.IncrementToken()) tokens++;
        stream.End();
        return tokens;
    }
}
