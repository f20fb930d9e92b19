using PolicyParse.Model;
using PolicyParse.Search.Indexing;
using PolicyParse.Search.Searching;

namespace PolicyParse.Search.Tests;

/// <summary>
/// The status filter and the status facet against the status of each notice's own links, which are
/// worked out another way (its stored JSON's validity and the notices found repealing it).
/// </summary>
public class StatusTests
{
    [Fact]
    public void On_the_development_corpus_filter_facet_and_each_notices_links_agree()
    {
        using var folder = new TempFolder();
        using var index = PolicyIndex.Open(folder.File("index"));
        new BulkIndexer(index).Run(new[] { System.IO.Path.Combine(TestCorpus.Directory, "dev", "docs") });
        var searcher = index.CreateSearcher();
        var seen = new HashSet<ValidityStatus>();
        foreach (var day in new[] { new DateTime(2003, 1, 1), new DateTime(2024, 1, 1) })
        {
            var facet = searcher.Search("", new SearchOptions { Kind = SearchKind.Notices, CountStatuses = true, AsOf = day, Top = 0 }).Facets["status"];
            var statusOf = new Dictionary<string, ValidityStatus>();
            foreach (ValidityStatus status in Enum.GetValues(typeof(ValidityStatus)))
            {
                var found = searcher.Search("", new SearchOptions { Kind = SearchKind.Notices, Status = status, AsOf = day, Top = 500 });
                Assert.Equal(facet.TryGetValue(StatusesOnDay.Name(status), out var n) ? n : 0, found.Total);
                foreach (var hit in found.Hits)
                    statusOf.Add(hit.NoticeSha256, status); // each notice in one state only
            }
            Assert.Equal(searcher.Search("", new SearchOptions { Kind = SearchKind.Notices }).Total, statusOf.Count);
            foreach (var (id, status) in statusOf)
                Assert.Equal((id, status), (id, searcher.Links(id, day)!.Status));
            seen.UnionWith(statusOf.Values);
        }
        Assert.Subset(seen, new HashSet<ValidityStatus> { ValidityStatus.InForce, ValidityStatus.NotYetInForce, ValidityStatus.Unknown });
    }

    [Fact]
    public void More_repealed_notices_than_a_boolean_query_takes_are_filtered_and_counted()
    {
        using var index = PolicyIndex.OpenInMemory();
        var parser = new PolicyParser();
        const int Count = 1100; // BooleanQuery takes 1,024 clauses
        for (int i = 1; i <= Count; i++)
        {
            index.Index(parser.ParseText($"某政发〔2010〕{i}号\n某某市人民政府关于第{i}项工作的通知\n各区人民政府：\n现就有关事项通知如下。本通知自2010年3月1日起施行。\n一、要求\n做好工作。\n某某市人民政府\n2010年2月1日", $"old{i}.txt"), $"old{i}.txt");
            index.Index(parser.ParseText($"某政发〔2020〕{i}号\n某某市人民政府关于第{i}项工作的通知\n各区人民政府：\n现就有关事项通知如下。本通知自2020年3月1日起施行，《某某市人民政府关于第{i}项工作的通知》（某政发〔2010〕{i}号）同时废止。\n一、要求\n做好工作。\n某某市人民政府\n2020年2月1日", $"new{i}.txt"), $"new{i}.txt");
        }
        index.Commit();
        var results = index.CreateSearcher().Search("", new SearchOptions { Kind = SearchKind.Notices, Status = ValidityStatus.Repealed, CountStatuses = true, AsOf = new DateTime(2021, 1, 1) });
        Assert.Equal(Count, results.Total);
        Assert.Equal(new Dictionary<string, int> { ["repealed"] = Count }, results.Facets["status"]);
        Assert.All(results.Hits, h => Assert.StartsWith("某政发〔2010〕", h.DocNumber));
    }
}
