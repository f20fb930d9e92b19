using System.IO;
using PolicyParse.Search.Indexing;
using PolicyParse.Search.Searching;

namespace PolicyParse.Search.Tests;

/// <summary>A search over its segments on several threads finds what one thread finds, in the same order.</summary>
public class ParallelSearchTests
{
    [Fact]
    public void Several_threads_give_the_hits_totals_and_facets_of_one_thread()
    {
        using var folder = new TempFolder();
        var path = folder.File("index");
        using (var writer = PolicyIndex.Open(path))
        {
            var parser = new PolicyParser();
            foreach (var file in CorpusIndex.Texts())
            {
                writer.Index(parser.ParseText(File.ReadAllText(file), Path.GetFileName(file)), file);
                writer.Commit(); // a segment per notice
            }
        }
        using var one = PolicyIndex.OpenReadOnly(path, new PolicyIndexOptions { SearchThreads = 1 });
        using var three = PolicyIndex.OpenReadOnly(path, new PolicyIndexOptions { SearchThreads = 3 });
        var leaves = three.Searchers.Acquire();
        Assert.True(leaves.IndexReader.Leaves.Count >= 6);
        three.Searchers.Release(leaves);

        var queries = new[] { "", "营商环境", "政务公开 OR 营商环境", "责任单位 NOT 财政" };
        var optionSets = new[]
        {
            new SearchOptions { Kind = SearchKind.Notices },
            new SearchOptions { Kind = SearchKind.Tasks, Skip = 7, Top = 15 },
            new SearchOptions { Kind = SearchKind.All, Top = 200 }, // equal scores: ties keep index order
            new SearchOptions { Kind = SearchKind.Tasks, SortByDate = true, Top = 30 },
            new SearchOptions { Kind = SearchKind.Tasks, Unit = "区财政局", Top = 50 },
        };
        int compared = 0;
        foreach (var query in queries)
            foreach (var options in optionSets)
            {
                var expected = one.CreateSearcher().Search(query, options);
                var actual = three.CreateSearcher().Search(query, options);
                Assert.Equal(expected.Total, actual.Total);
                Assert.Equal(expected.Hits.Select(h => (h.Id, h.Score)), actual.Hits.Select(h => (h.Id, h.Score)));
                foreach (var facet in expected.Facets)
                    Assert.Equal(facet.Value.OrderBy(v => v.Key), actual.Facets[facet.Key].OrderBy(v => v.Key));
                compared += actual.Hits.Count;
            }
        Assert.True(compared > 300); // the comparisons saw hits, not empty pages
    }

    [Fact]
    public void Searches_running_at_once_count_the_same_facets_as_one_at_a_time()
    {
        // Facet counting reuses per-segment count arrays between searches: concurrent searches must not share one.
        using var corpus = new CorpusIndex();
        var searcher = corpus.Index.CreateSearcher();
        var cases = new[] { ("", SearchKind.All), ("营商环境", SearchKind.Notices), ("政务公开", SearchKind.Tasks), ("责任单位 OR 财政", SearchKind.All) }
            .Select(c => (Query: c.Item1, Options: new SearchOptions { Kind = c.Item2, Top = 3 })).ToArray();
        var expected = cases.Select(c => searcher.Search(c.Query, c.Options)).ToArray();
        Assert.All(expected, e => Assert.True(e.Total > 0));
        int mismatches = 0;
        System.Threading.Tasks.Parallel.For(0, 400, new System.Threading.Tasks.ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var (query, options) = cases[i % cases.Length];
            var (actual, want) = (searcher.Search(query, options), expected[i % cases.Length]);
            bool same = actual.Total == want.Total
                && want.Facets.All(f => f.Value.OrderBy(v => v.Key).SequenceEqual(actual.Facets[f.Key].OrderBy(v => v.Key)));
            if (!same) System.Threading.Interlocked.Increment(ref mismatches);
        });
        Assert.Equal(0, mismatches);
    }
}
