using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using PolicyParse.Search.Analysis;
using PolicyParse.Search.Indexing;

namespace PolicyParse.Benchmarks;

/// <summary>
/// Indexing the six text notices (with their 138 tasks) into a fresh in-memory index, against the
/// analysis alone of the same text (body and task contents through the index analyzer), and against
/// the same without what links notices (their references and validity stripped before indexing: no
/// citation keys, no validity dates). Notices per second = 6 / mean.
/// </summary>
[MemoryDiagnoser]
public class IndexBenchmarks
{
    private readonly PolicyParser _parser = new();
    private readonly ChineseAnalyzer _analyzer = new(SegmentationMode.Index);
    private List<(string Name, string Text)> _notices = new();
    private List<string> _analyzedTexts = new();

    [GlobalSetup]
    public void Setup()
    {
        _notices = ParseBenchmarks.SeedTexts().Select(f => (Path.GetFileName(f), File.ReadAllText(f))).ToList();
        _analyzedTexts = _notices.Select(n => _parser.ParseText(n.Text, n.Name))
            .SelectMany(d => new[] { d.Title ?? "", NoticeText.Body(d) }.Concat(d.Tasks.Select(t => t.Content)))
            .ToList();
        ChineseDictionary.Preload();
    }

    [Benchmark(Baseline = true)]
    public int AnalysisAlone() => _analyzedTexts.Sum(t => AnalyzerBenchmarks.CountTokens(_analyzer, t));

    [Benchmark]
    public int ParseAndIndex()
    {
        using var index = PolicyIndex.OpenInMemory();
        foreach (var (name, text) in _notices)
            index.Index(_parser.ParseText(text, name), name);
        index.Commit();
        return _notices.Count;
    }

    [Benchmark]
    public int ParseAndIndexWithoutLinks()
    {
        using var index = PolicyIndex.OpenInMemory();
        foreach (var (name, text) in _notices)
            index.Index(_parser.ParseText(text, name) with { References = System.Array.Empty<PolicyParse.Model.DocumentReference>(), Validity = null }, name);
        index.Commit();
        return _notices.Count;
    }
}
