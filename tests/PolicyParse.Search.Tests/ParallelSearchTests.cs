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
}
