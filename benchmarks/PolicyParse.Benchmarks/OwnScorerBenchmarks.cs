using BenchmarkDotNet.Attributes;
using Lucene.Net.Search;
using PolicyParse.Search.Indexing;
using PolicyParse.Search.Searching;

namespace PolicyParse.Benchmarks;

/// <summary>
/// The query builder's own scorers (a word's text and title, alternatives) against the BooleanQueries
/// they replace, which give the same hits and scores: the top ten by score over a
/// <see cref="SyntheticArchive"/>, the matches counted.
/// </summary>
[MemoryDiagnoser]
public class OwnScorerBenchmarks
{
    private PolicyIndex? _index;
    private Query? _own, _boolean;

    [Params("营商环境", "政务公开 标准目录", "乡村振兴 OR 民生")]
    public string Query { get; set; } = "";

    [Params(SearchKind.Notices, SearchKind.All)]
    public SearchKind Kind { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var parser = new PolicyParser();
        _index = PolicyIndex.OpenInMemory();
        foreach (var (name, text) in SyntheticArchive.Generate(5000))
            _index.Index(parser.ParseText(text, name), name);
        _index.Commit();
        _own = new QueryBuilder(_index.QueryAnalyzer, Kind).Build(Query);
        _boolean = BooleanEquivalent.Of(_own);
    }

    [GlobalCleanup]
    public void Cleanup() => _index?.Dispose();

    [Benchmark(Baseline = true)]
    public int BooleanQueries() => TopTen(_boolean!);

    [Benchmark]
    public int OwnScorers() => TopTen(_own!);

    private int TopTen(Query query)
    {
        var searcher = _index!.Searchers.Acquire();
        try
        {
            var collector = TopScoreDocCollector.Create(10, docsScoredInOrder: true);
            searcher.Search(query, collector);
            return collector.TotalHits;
        }
        finally
        {
            _index.Searchers.Release(searcher);
        }
    }
}
