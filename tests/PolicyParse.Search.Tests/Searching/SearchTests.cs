using System.IO;
using PolicyParse.Search.Indexing;
using PolicyParse.Search.Searching;
using PolicyParse.Search.Searching.Facets;

namespace PolicyParse.Search.Tests;

public class SearchTests : IClassFixture<CorpusIndex>
{
    private readonly CorpusIndex _corpus;
    private readonly PolicySearcher _searcher;

    public SearchTests(CorpusIndex corpus)
    {
        _corpus = corpus;
        _searcher = corpus.Index.CreateSearcher();
    }

    private static readonly SearchOptions Notices = new() { Kind = SearchKind.Notices, Top = 20 };

    [Fact]
    public void The_corpus_indexes_six_notices_and_their_tasks()
    {
        Assert.Equal((6, 6, 0), (_corpus.Report.Files, _corpus.Report.Added, _corpus.Report.Failed.Count));
        Assert.Equal(6, _searcher.Search("", Notices).Total);
        Assert.Equal(32 + 39 + 67, _searcher.Search("", new SearchOptions { Kind = SearchKind.Tasks }).Total);
    }

    [Fact]
    public void Words_find_the_notices_that_contain_them()
    {
        var hits = _searcher.Search("营商环境", Notices);
        Assert.Contains(hits.Hits, h => h.DocNumber == "苏府办〔2019〕118号");
        Assert.All(hits.Hits, h => Assert.Contains(h.Snippets, s => s.Contains("【营商环境】")));
    }

    [Fact]
    public void Task_hits_are_highlighted_in_their_own_content()
    {
        var hits = _searcher.Search("政务公开", new SearchOptions { Kind = SearchKind.Tasks, Top = 100 });
        static string Content(SearchHit hit) =>
            System.Text.Json.JsonDocument.Parse(hit.TaskJson!).RootElement.GetProperty("content").GetString()!.Replace('\n', ' ');
        var inContent = hits.Hits.Where(h => Content(h).Contains("政务公开")).ToList(); // the others match by category or unit
        Assert.True(inContent.Count > 5);
        foreach (var hit in inContent)
        {
            var snippet = hit.Snippets.First(s => s.Contains("【政务公开】"));
            // A window of the task's own content, the word marked, … where cut.
            Assert.Contains(snippet.Replace("【", "").Replace("】", "").Trim('…'), Content(hit));
        }
    }

    [Fact]
    public void Document_number_is_exact()
    {
        var hits = _searcher.Search("docNumber:苏府办〔2019〕118号", Notices);
        Assert.Equal("市政府办公室关于印发苏州市2019年政务公开工作要点的通知", Assert.Single(hits.Hits).Title);
        // Written with other brackets and spaces, the same number.
        Assert.Equal(1, _searcher.Search("docNumber:\"苏府办[2019] 118 号\"", Notices).Total);
    }

    [Fact]
    public void Chinese_words_match_as_phrases_not_as_scattered_characters()
    {
        using var folder = new TempFolder();
        using var index = PolicyIndex.Open(folder.File("i"));
        var parser = new PolicyParser();
        index.Index(parser.ParseText("关于甲的通知\n各单位：\n一、要求\n明确责任单位，按时完成。", "a.txt"), "a.txt");
        index.Index(parser.ParseText("关于乙的通知\n各单位：\n一、要求\n把责任落实到每个单位。", "b.txt"), "b.txt");
        index.Commit();
        var hits = index.CreateSearcher().Search("责任单位", Notices);
        Assert.Equal("a.txt", Assert.Single(hits.Hits).Path);
    }

    [Fact]
    public void Filters_by_year_dates_issuer_and_kind()
    {
        Assert.Equal(new[] { "govdoc-cn-397.txt", "004-suzhou-2019-zhengwu-gongkai-web.txt" }.OrderBy(x => x),
            _searcher.Search("", new SearchOptions { Kind = SearchKind.Notices, Year = 2019 }).Hits.Select(h => Path.GetFileName(h.Path)).OrderBy(x => x));
        var range = _searcher.Search("", new SearchOptions { Kind = SearchKind.Notices, From = new DateTime(2021, 6, 1), To = new DateTime(2021, 12, 31) });
        Assert.Equal(new[] { "宿区政办发〔2021〕24号" }, range.Hits.Select(h => h.DocNumber));
        var byIssuer = _searcher.Search("政务公开", new SearchOptions { Kind = SearchKind.Notices, Issuer = "临沭县" });
        Assert.Equal("沭政办字〔2021〕24号", Assert.Single(byIssuer.Hits).DocNumber);
    }

    [Fact]
    public void Tasks_by_unit_deadline_and_ongoing()
    {
        var parser = new PolicyParser();
        var expected = parser.ParseFile(Path.Combine(TestCorpus.Directory, "003-taierzhuang-2022-shishi-fangan.txt"))
            .Tasks.Count(t => t.ResponsibleUnits.Contains("区财政局"));
        var hits = _searcher.Search("", new SearchOptions { Kind = SearchKind.Tasks, Unit = "区财政局", Top = 100, Year = 2022 });
        Assert.Equal(expected, hits.Total);
        Assert.All(hits.Hits, h => Assert.Contains("区财政局", h.TaskJson));

        var due = _searcher.Search("", new SearchOptions { Kind = SearchKind.Tasks, DeadlineBefore = new DateTime(2021, 8, 31), Top = 100 });
        Assert.Equal(new[] { "7月底前", "8月底前" }, due.Hits.Select(h => System.Text.Json.JsonDocument.Parse(h.TaskJson!).RootElement.GetProperty("deadline").GetProperty("text").GetString()).Distinct().OrderBy(x => x));
        var ongoing = _searcher.Search("", new SearchOptions { Kind = SearchKind.Tasks, Ongoing = true, Top = 100 });
        Assert.True(ongoing.Total > 10);
    }

    [Fact]
    public void Facets_count_over_all_matches_not_just_the_page()
    {
        var page = _searcher.Search("政务公开", new SearchOptions { Kind = SearchKind.Notices, Top = 1 });
        var all = _searcher.Search("政务公开", new SearchOptions { Kind = SearchKind.Notices, Top = 100 });
        Assert.Single(page.Hits);
        Assert.True(page.Total > 1);
        var issuers = all.Hits.SelectMany(h => h.Issuers).GroupBy(i => i).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(issuers.OrderBy(p => p.Key), page.Facets["issuer"].OrderBy(p => p.Key));
        var years = all.Hits.Where(h => h.SignDate is not null).GroupBy(h => h.SignDate!.Value.Year.ToString()).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(years.OrderBy(p => p.Key), page.Facets["year"].OrderBy(p => p.Key));
        Assert.Contains("区财政局", page.Facets["unit"].Keys);
    }

    [Fact]
    public void Unit_facet_counts_each_unit_once_per_matching_task()
    {
        var tasks = _searcher.Search("", new SearchOptions { Kind = SearchKind.Tasks, Top = 1000 });
        Assert.Equal(138, tasks.Hits.Count);
        var expected = tasks.Hits.SelectMany(h =>
            {
                var task = System.Text.Json.JsonDocument.Parse(h.TaskJson!).RootElement;
                return task.GetProperty("leadUnits").EnumerateArray().Concat(task.GetProperty("responsibleUnits").EnumerateArray())
                    .Select(u => u.GetString()!).Distinct();
            })
            .GroupBy(u => u).ToDictionary(g => g.Key, g => g.Count());
        Assert.Contains(expected, p => p.Value > 1);
        Assert.Equal(expected.OrderBy(p => p.Key), tasks.Facets["unit"].OrderBy(p => p.Key));
    }

    [Fact]
    public void Field_prefixes_search_one_part_of_a_notice_or_task()
    {
        var all = new SearchOptions { Top = 200 };
        var inTitle = _searcher.Search("title:实施方案", all); // tasks store their notice's title but are not found by it
        Assert.Equal("台儿庄区人民政府办公室关于印发《2022年台儿庄区政务公开工作要点实施方案》的通知", Assert.Single(inTitle.Hits).Title);

        var inBody = _searcher.Search("body:营商环境", all);
        Assert.Equal(5, inBody.Total); // every seed but GovDoc 397
        Assert.All(inBody.Hits, h => Assert.Equal("notice", h.Kind));

        var parser = new PolicyParser();
        int tasksWithIt = Directory.GetFiles(TestCorpus.Directory, "0*.txt")
            .SelectMany(f => parser.ParseFile(f).Tasks).Count(t => (t.Content + t.Category).Contains("营商环境"));
        var inTasks = _searcher.Search("content:营商环境", all);
        Assert.Equal(tasksWithIt, inTasks.Total);
        Assert.All(inTasks.Hits, h => Assert.Equal("task", h.Kind));

        var byCategory = _searcher.Search("category:提高政策解读质量", all);
        Assert.Equal(8, byCategory.Total);

        var notices = _searcher.Search("", new SearchOptions { Kind = SearchKind.Notices, Top = 20 });
        var of2021 = _searcher.Search("year:2021", new SearchOptions { Kind = SearchKind.Notices, Top = 20 });
        Assert.Equal(notices.Hits.Count(h => h.SignDate?.Year == 2021), of2021.Total);
        Assert.All(of2021.Hits, h => Assert.Equal(2021, h.SignDate!.Value.Year));
    }

    [Fact]
    public void A_word_in_the_title_ranks_above_the_same_word_in_the_body()
    {
        using var index = PolicyIndex.OpenInMemory();
        var parser = new PolicyParser();
        index.Index(parser.ParseText("关于做好年度重点工作的通知\n\n各单位：\n\n一、数据开放\n\n推进数据开放平台建设，扩大数据开放范围，提升数据开放质量。\n", "b.txt"), "b");
        index.Index(parser.ParseText("关于开展数据开放试点的通知\n\n各单位：\n\n一、工作目标\n\n按照要求做好试点工作。\n", "a.txt"), "a");
        var hits = index.CreateSearcher().Search("数据开放", new SearchOptions { Kind = SearchKind.Notices });
        Assert.Equal(new[] { "关于开展数据开放试点的通知", "关于做好年度重点工作的通知" }, hits.Hits.Select(h => h.Title));
    }

    [Fact]
    public void Boolean_syntax_or_and_not()
    {
        int either = _searcher.Search("营商环境 OR 纳税信用", Notices).Total;
        int first = _searcher.Search("营商环境", Notices).Total;
        int second = _searcher.Search("纳税信用", Notices).Total;
        Assert.True(either >= Math.Max(first, second));
        Assert.Equal(first - _searcher.Search("营商环境 纳税信用", Notices).Total, _searcher.Search("营商环境 NOT 纳税信用", Notices).Total);
    }

    [Fact]
    public void Facets_equal_a_count_of_every_documents_doc_values_and_alike_documents_share_a_pattern()
    {
        var expected = FacetCounter.Names.ToDictionary(n => n, _ => new Dictionary<string, int>());
        int documents = 0, patterns = 0;
        var searcher = _corpus.Index.Searchers.Acquire();
        try
        {
            foreach (var leaf in searcher.IndexReader.Leaves)
            {
                var reader = leaf.AtomicReader;
                documents += reader.MaxDoc;
                patterns += SegmentArrays.For(reader).Facets(reader).Patterns;
                for (int f = 0; f < FacetCounter.Names.Length; f++)
                {
                    if (reader.GetSortedSetDocValues(FacetCounter.Fields[f]) is not { } values) continue;
                    var scratch = new Lucene.Net.Util.BytesRef();
                    for (int doc = 0; doc < reader.MaxDoc; doc++)
                    {
                        values.SetDocument(doc);
                        for (long ord = values.NextOrd(); ord != Lucene.Net.Index.SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
                        {
                            values.LookupOrd(ord, scratch);
                            var name = scratch.Utf8ToString();
                            expected[FacetCounter.Names[f]][name] = expected[FacetCounter.Names[f]].GetValueOrDefault(name) + 1;
                        }
                    }
                }
            }
        }
        finally
        {
            _corpus.Index.Searchers.Release(searcher);
        }
        var all = _searcher.Search("", new SearchOptions { Kind = SearchKind.All });
        Assert.Equal(6 + 138, all.Total);
        foreach (var facet in FacetCounter.Names)
            Assert.Equal(expected[facet].OrderBy(p => p.Key), all.Facets[facet].OrderBy(p => p.Key));
        Assert.InRange(patterns, 10, documents * 2 / 3); // tasks of a notice share issuer, year and type, and often units: 85 for 144
    }

    [Fact]
    public void Sort_by_date_puts_the_newest_first()
    {
        var dates = _searcher.Search("", new SearchOptions { Kind = SearchKind.Notices, SortByDate = true }).Hits.Select(h => h.SignDate).Where(d => d is not null).ToList();
        Assert.Equal(dates.OrderByDescending(d => d), dates);
    }
}
