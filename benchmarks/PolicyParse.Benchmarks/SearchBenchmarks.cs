using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using Lucene.Net.Search;
using PolicyParse.Search.Indexing;
using PolicyParse.Search.Searching;
using PolicyParse.Search.Searching.Facets;

namespace PolicyParse.Benchmarks;

/// <summary>
/// Search latency on a <see cref="SyntheticArchive"/> (generated here, never committed). One operation
/// is one search; the percentile columns give the latency distribution. <see cref="ArchiveRun"/>
/// measures the same at sizes too large to build for every benchmark case.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PercentileConfig))]
public class SearchBenchmarks
{
    private sealed class PercentileConfig : ManualConfig
    {
        public PercentileConfig() => AddColumn(StatisticColumn.P50, StatisticColumn.P95, StatisticColumn.Max);
    }

    private PolicyIndex? _index;
    private PolicySearcher? _searcher;

    [Params(2000)]
    public int Notices { get; set; }

    [Params("营商环境", "政务公开 标准目录", "docNumber:台政办发〔2022〕4号")]
    public string Query { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var parser = new PolicyParser();
        _index = PolicyIndex.OpenInMemory();
        foreach (var (name, text) in SyntheticArchive.Generate(Notices))
            _index.Index(parser.ParseText(text, name), name);
        _index.Commit();
        _searcher = _index.CreateSearcher();
    }

    [GlobalCleanup]
    public void Cleanup() => _index?.Dispose();

    /// <summary>Lucene alone: the same query, top ten by score, no facets, no stored fields, no snippets.</summary>
    [Benchmark(Baseline = true)]
    public int LuceneTopTen()
    {
        var searcher = _index!.Searchers.Acquire();
        try
        {
            var query = new QueryBuilder(_index.QueryAnalyzer, SearchKind.Notices).Build(Query);
            return searcher.Search(new FilteredQuery(query, new KindAndDateFilter(SearchKind.Notices, int.MinValue, int.MaxValue)), 10).TotalHits;
        }
        finally
        {
            _index.Searchers.Release(searcher);
        }
    }

    /// <summary>A whole search: facets over every match, ten hits with their stored fields and snippets.</summary>
    [Benchmark]
    public int Search() => _searcher!.Search(Query, new SearchOptions { Kind = SearchKind.Notices, Top = 10 }).Total;
}
