using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Lucene.Net.Search;
using PolicyParse.Search.Indexing;
using PolicyParse.Search.Searching;
using PolicyParse.TestSupport;

namespace PolicyParse.Benchmarks;

/// <summary>
/// The query builder's own scorers (a word's text and title, alternatives) against the BooleanQueries
/// they replace, which give the same hits and scores: one operation runs three queries (a word, two
/// words, two alternatives) for the top ten by score over a <see cref="SyntheticArchive"/>. The
/// queries are one case, not a parameter: each case builds its archive in a process of its own.
/// </summary>
[MemoryDiagnoser]
public class OwnScorerBenchmarks
{
    private static readonly string[] Queries = { "营商环境", "政务公开 标准目录", "乡村振兴 OR 民生" };

    private PolicyIndex? _index;
    private Query[] _own = Array.Empty<Query>(), _boolean = Array.Empty<Query>();

    [Params(SearchKind.Notices, SearchKind.All)]
    public SearchKind Kind { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var parser = new PolicyParser();
        _index = PolicyIndex.OpenInMemory();
        foreach (var (name, text) in SyntheticArchive.Generate(2000))
            _index.Index(parser.ParseText(text, name), name);
        _index.Commit();
        _own = Queries.Select(q => new QueryBuilder(_index.QueryAnalyzer, Kind).Build(q)).ToArray();
        _boolean = _own.Select(BooleanEquivalent.Of).ToArray();
    }

    [GlobalCleanup]
    public void Cleanup() => _index?.Dispose();

    [Benchmark(Baseline = true)]
    public int BooleanQueries() => TopTen(_boolean);

    [Benchmark]
    public int OwnScorers() => TopTen(_own);

    private int TopTen(Query[] queries)
    {
        var searcher = _index!.Searchers.Acquire();
        try
        {
            int total = 0;
            foreach (var query in queries)
            {
                var collector = TopScoreDocCollector.Create(10, docsScoredInOrder: true);
                searcher.Search(query, collector);
                total += collector.TotalHits;
            }
            return total;
        }
        finally
        {
            _index.Searchers.Release(searcher);
        }
    }
}
