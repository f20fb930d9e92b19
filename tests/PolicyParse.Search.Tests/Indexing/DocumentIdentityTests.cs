using System;
using System.IO;
using PolicyParse.Model;
using PolicyParse.Search.Indexing;
using PolicyParse.Search.Searching;

namespace PolicyParse.Search.Tests.Indexing;

/// <summary>One notice, one hit: the same notice saved as TXT, DOCX, PDF, HTML and Markdown is one document with five files.</summary>
public class DocumentIdentityTests
{
    private static string[] TwinsOf(string seed) =>
        new[] { seed + ".txt", "docx/" + seed + ".docx", "pdf/" + seed + ".pdf", "html/" + seed + ".html", "md/" + seed + ".md" };

    private static readonly string[] Twins = TwinsOf("000-sucheng-2021-zhengwu-gongkai");

    private static string PathOf(string name) => Path.Combine(TestCorpus.Directory, name);

    [Fact]
    public void The_formats_of_one_notice_share_a_key_and_other_notices_do_not()
    {
        var parser = new PolicyParser();
        var keys = Twins.Select(t => DocumentKey.Of(parser.ParseFile(PathOf(t)))).Distinct().ToList();
        Assert.Equal("number|宿区政办发〔2021〕24号|宿城区人民政府办公室", Assert.Single(keys));
        var others = TestCorpus.Texts().Select(t => DocumentKey.Of(parser.ParseFile(t))).ToList();
        Assert.Equal(others.Count, others.Distinct().Count());
    }

    [Fact]
    public void Without_a_number_the_title_date_and_issuer_make_the_key_and_without_those_the_body()
    {
        var parser = new PolicyParser();
        string Key(string text) => DocumentKey.Of(parser.ParseText(text, "t.txt"));
        const string Notice = "关于做好防汛工作的通知\n各乡镇人民政府：\n现就做好今年防汛工作通知如下。\n某某县人民政府办公室\n2021年6月1日";
        Assert.Equal("title|关于做好防汛工作的通知|20210601|某某县人民政府办公室", Key(Notice));
        Assert.NotEqual(Key(Notice), Key(Notice.Replace("6月1日", "6月2日")));
        // a fragment without title or date: its words decide, not how they are spaced or punctuated
        Assert.StartsWith("body|", Key("现就做好今年防汛工作通知如下。"));
        Assert.Equal(Key("现就做好今年防汛工作通知如下。"), Key("现就做好今年防汛工作通知如下"));
        Assert.NotEqual(Key("现就做好今年防汛工作通知如下。"), Key("现就做好明年防汛工作通知如下。"));
    }

    [Fact]
    public void A_notice_in_five_formats_is_one_hit_with_five_files_and_counts_once()
    {
        using var index = PolicyIndex.OpenInMemory();
        var report = new BulkIndexer(index).Run(Twins.Select(PathOf).Append(PathOf("004-suzhou-2019-zhengwu-gongkai-web.txt")).ToList());
        Assert.Equal(6, report.Added);
        var searcher = index.CreateSearcher();

        var results = searcher.Search("政务公开", new SearchOptions { Kind = SearchKind.Notices });
        Assert.Equal(2, results.Total);
        var hit = Assert.Single(results.Hits, h => h.DocNumber == "宿区政办发〔2021〕24号");
        Assert.Equal(new[] { "docx", "html", "md", "pdf", "txt" }, hit.Files.Select(f => f.Format).OrderBy(f => f));
        Assert.Equal(("docx", hit.Path), (hit.Files[0].Format, hit.Files[0].Path)); // the richest format stands for the notice
        Assert.Equal(1, results.Facets["year"]["2021"]);

        var stats = index.Statistics();
        Assert.Equal((2, 6), (stats.Notices, stats.Files));
        Assert.Equal(2, stats.NoticesByFormat["txt"]);
    }

    [Fact]
    public void The_tasks_of_a_notice_in_five_formats_are_found_once()
    {
        using var index = PolicyIndex.OpenInMemory();
        var twins = TwinsOf("002-linshu-2021-zhengwu-gongkai").Select(PathOf).ToList();
        new BulkIndexer(index).Run(twins);
        var tasks = index.CreateSearcher().Search("", new SearchOptions { Kind = SearchKind.Tasks, Top = 100 });
        Assert.Equal(new PolicyParser().ParseFile(twins[0]).Tasks.Count, tasks.Total);
        Assert.True(tasks.Total > 30);
        Assert.All(tasks.Hits, h => Assert.Equal(5, h.Files.Count));
    }

    [Fact]
    public void When_the_standing_file_goes_another_file_of_the_notice_stands_for_it()
    {
        using var index = PolicyIndex.OpenInMemory();
        new BulkIndexer(index).Run(Twins.Select(PathOf).ToList());
        var searcher = index.CreateSearcher();
        index.Delete(Path.GetFullPath(PathOf(Twins[1]))); // the DOCX
        index.Commit();

        var hit = Assert.Single(searcher.Search("政务公开").Hits);
        Assert.Equal(new[] { "pdf", "html", "md", "txt" }, hit.Files.Take(1).Select(f => f.Format).Concat(hit.Files.Skip(1).Select(f => f.Format).OrderBy(f => f)));
        Assert.EndsWith(".pdf", hit.Path);
        Assert.Equal((1, 4), (index.Statistics().Notices, index.Statistics().Files));
    }

    [Fact]
    public void Files_of_one_notice_written_in_separate_commits_are_one_hit()
    {
        // Each commit sees one new file of the group: alone at first, then one of several.
        using var index = PolicyIndex.OpenInMemory();
        var parser = new PolicyParser();
        foreach (var twin in new[] { Twins[4], Twins[0], Twins[1] }) // md, then txt, then docx
        {
            index.Index(parser.ParseFile(PathOf(twin)), twin);
            index.Commit();
        }
        var hit = Assert.Single(index.CreateSearcher().Search("政务公开", new SearchOptions { Kind = SearchKind.Notices }).Hits);
        Assert.Equal(("docx", "docx md txt"), (hit.Files[0].Format, string.Join(" ", hit.Files.Select(f => f.Format).OrderBy(f => f))));

        index.Index(parser.ParseFile(PathOf(Twins[0])), Twins[0]); // the same file again, unchanged
        index.Index(parser.ParseFile(PathOf("004-suzhou-2019-zhengwu-gongkai-web.txt")), "other"); // a notice alone
        index.Commit();
        var hits = index.CreateSearcher().Search("政务公开", new SearchOptions { Kind = SearchKind.Notices }).Hits;
        Assert.Equal(new[] { 1, 3 }, hits.Select(h => h.Files.Count).OrderBy(c => c));
    }

    [Fact]
    public void A_file_joining_a_notice_indexed_by_an_earlier_writer_makes_one_hit()
    {
        // The second writer opens a non-empty index: what it has not written itself, it looks up.
        using var folder = new TempFolder();
        var parser = new PolicyParser();
        using (var first = PolicyIndex.Open(folder.Path))
            first.Index(parser.ParseFile(PathOf(Twins[4])), Twins[4]);
        using var index = PolicyIndex.Open(folder.Path);
        index.Index(parser.ParseFile(PathOf(Twins[0])), Twins[0]);
        index.Commit();
        var hit = Assert.Single(index.CreateSearcher().Search("政务公开", new SearchOptions { Kind = SearchKind.Notices }).Hits);
        Assert.Equal(("md", "md txt"), (hit.Files[0].Format, string.Join(" ", hit.Files.Select(f => f.Format).OrderBy(f => f))));
    }

    [Fact]
    public void Files_of_notices_written_on_two_threads_committing_after_every_file_are_one_hit_each()
    {
        // Resolutions run while the other thread writes: every group must still end with one file standing.
        var seeds = new[] { "000-sucheng-2021-zhengwu-gongkai", "002-linshu-2021-zhengwu-gongkai", "004-suzhou-2019-zhengwu-gongkai-web" };
        var files = seeds.SelectMany(TwinsOf).Select(PathOf).ToList();
        for (int round = 0; round < 3; round++)
        {
            using var index = PolicyIndex.OpenInMemory();
            var random = new Random(round);
            var report = new BulkIndexer(index, threads: 2, commitEvery: TimeSpan.Zero).Run(files.OrderBy(_ => random.Next()).ToList());
            Assert.Equal(files.Count, report.Added);
            var notices = index.CreateSearcher().Search("", new SearchOptions { Kind = SearchKind.Notices, Top = 100 });
            Assert.Equal(seeds.Length, notices.Total);
            Assert.Equal(files.Count, notices.Hits.Sum(h => h.Files.Count));
        }
    }

    [Fact]
    public void A_file_whose_notice_changes_leaves_its_old_group()
    {
        using var index = PolicyIndex.OpenInMemory();
        var parser = new PolicyParser();
        var text = File.ReadAllText(PathOf(Twins[0]));
        index.Index(parser.ParseText(text, "a.txt"), "a");
        index.Index(parser.ParseText(text, "b.txt"), "b");
        index.Commit();
        Assert.Equal(1, index.CreateSearcher().Search("").Total - index.CreateSearcher().Search("", new SearchOptions { Kind = SearchKind.Tasks }).Total);

        index.Index(parser.ParseText(text.Replace("〔2021〕24号", "〔2021〕25号"), "b.txt"), "b"); // b now holds another notice
        index.Commit();
        var notices = index.CreateSearcher().Search("", new SearchOptions { Kind = SearchKind.Notices });
        Assert.Equal(2, notices.Total);
        Assert.All(notices.Hits, h => Assert.Single(h.Files));
    }
}
