using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using JiebaNet.Segmenter;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;
using PolicyParse.Search.Analysis;

namespace PolicyParse.Benchmarks;

/// <summary>
/// Tokenizing the corpus text (all seed notices, about 53,000 characters) with PolicyParse's analyzer
/// (search mode, the baseline; index mode) against the analyzers a user would take instead: Lucene's
/// SmartChineseAnalyzer, jieba.NET (default and search mode, through <see cref="JiebaNetAnalyzer"/>),
/// CJKAnalyzer (bigrams) and StandardAnalyzer (one token per Han character). Characters per second =
/// 53,279 / mean.
/// </summary>
[MemoryDiagnoser]
public class AnalyzerBenchmarks
{
    private readonly Analyzer _standard = new StandardAnalyzer(LuceneVersion.LUCENE_48);
    private readonly Analyzer _cjk = new CJKAnalyzer(LuceneVersion.LUCENE_48);
    private readonly Analyzer _search = new ChineseAnalyzer(SegmentationMode.Search);
    private readonly Analyzer _index = new ChineseAnalyzer(SegmentationMode.Index);
    private readonly Analyzer _smartCn = new SmartChineseAnalyzer(LuceneVersion.LUCENE_48);
    private readonly Analyzer _jieba = new JiebaNetAnalyzer(TokenizerMode.Default);
    private readonly Analyzer _jiebaSearch = new JiebaNetAnalyzer(TokenizerMode.Search);
    private string _text = "";

    [GlobalSetup]
    public void Setup()
    {
        _text = string.Concat(ParseBenchmarks.SeedTexts().Select(File.ReadAllText));
        ChineseDictionary.Preload();
        foreach (var analyzer in new[] { _smartCn, _jieba }) // their dictionaries load on first use
            Count(analyzer);
    }

    [Benchmark(Baseline = true)]
    public int ChineseSearchMode() => Count(_search);

    [Benchmark]
    public int ChineseIndexMode() => Count(_index);

    [Benchmark]
    public int SmartCn() => Count(_smartCn);

    [Benchmark]
    public int JiebaNet() => Count(_jieba);

    [Benchmark]
    public int JiebaNetSearchMode() => Count(_jiebaSearch);

    [Benchmark]
    public int CjkBigrams() => Count(_cjk);

    [Benchmark]
    public int Standard() => Count(_standard);

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
