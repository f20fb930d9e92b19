using PolicyParse.Model;
using PolicyParse.Search.Indexing;
using PolicyParse.Search.Searching;
using PolicyParse.TestSupport;

namespace PolicyParse.Search.Tests;

/// <summary>Citations and repeals across an archive, resolved against the index as it is when asked.</summary>
public class CitationTests
{
    private static PolicyDocument Parse(string text, string name) => new PolicyParser().ParseText(text, name);

    private static readonly PolicyDocument A = Parse(CitingNotices.A, "a.txt");
    private static readonly PolicyDocument B = Parse(CitingNotices.B, "b.txt");
    private static readonly PolicyDocument C = Parse(CitingNotices.C, "c.txt");

    [Fact]
    public void A_citation_of_a_notice_indexed_later_is_resolved_when_it_arrives()
    {
        using var index = PolicyIndex.OpenInMemory();
        index.Index(B, "b.txt");
        index.Commit();
        var searcher = index.CreateSearcher();
        var before = Assert.Single(searcher.Links(B.Source.Sha256)!.Cites);
        Assert.Equal(("某某市促进就业暂行办法", "某政发〔2018〕3号", null), (before.Title, before.DocNumber, before.NoticeId)); // named, not found

        index.Index(A, "a.txt");
        index.Commit();
        var after = Assert.Single(searcher.Links(B.Source.Sha256)!.Cites);
        Assert.Equal((A.Source.Sha256, "某某市人民政府关于印发某某市促进就业暂行办法的通知"), (after.NoticeId, after.Title));
        Assert.Equal(B.Source.Sha256, Assert.Single(searcher.Links(A.Source.Sha256)!.CitedBy).NoticeId);
    }

    [Fact]
    public void A_notice_repealed_by_a_later_one_is_repealed_from_that_ones_start()
    {
        using var index = PolicyIndex.OpenInMemory();
        foreach (var (notice, path) in new[] { (C, "c.txt"), (B, "b.txt"), (A, "a.txt") }) // A last: first only when sorted by citations
            index.Index(notice, path);
        index.Commit();
        var searcher = index.CreateSearcher();
        var links = searcher.Links(A.Source.Sha256, new DateTime(2023, 5, 1))!;
        Assert.Equal(C.Source.Sha256, Assert.Single(links.RepealedBy).NoticeId);
        Assert.Equal(new[] { B.Source.Sha256, C.Source.Sha256 }, links.CitedBy.Select(l => l.NoticeId)); // oldest first
        Assert.Equal(ValidityStatus.Repealed, links.Status);
        Assert.Equal(ValidityStatus.InForce, searcher.Links(A.Source.Sha256, new DateTime(2023, 3, 31))!.Status); // C not yet in force
        Assert.Equal(ValidityStatus.NotYetInForce, searcher.Links(A.Source.Sha256, new DateTime(2018, 5, 15))!.Status);
        Assert.Equal(ValidityStatus.Unknown, searcher.Links(B.Source.Sha256)!.Status); // B states no dates

        string[] With(ValidityStatus status, string day) => searcher.Search("", new SearchOptions
        { Kind = SearchKind.Notices, Status = status, AsOf = DateTime.Parse(day) }).Hits.Select(h => h.DocNumber!).OrderBy(n => n).ToArray();
        Assert.Equal(new[] { "某政发〔2018〕3号" }, With(ValidityStatus.Repealed, "2023-05-01"));
        Assert.Equal(new[] { "某政发〔2023〕5号" }, With(ValidityStatus.InForce, "2023-05-01"));
        Assert.Equal(new[] { "某政发〔2018〕3号" }, With(ValidityStatus.InForce, "2023-03-15"));
        Assert.Equal(new[] { "某政发〔2023〕5号" }, With(ValidityStatus.NotYetInForce, "2023-03-15"));
        Assert.Equal(new[] { "某政办发〔2020〕7号" }, With(ValidityStatus.Unknown, "2023-05-01"));
        Assert.Empty(With(ValidityStatus.Expired, "2023-05-01"));

        var counted = searcher.Search("", new SearchOptions { Kind = SearchKind.Notices, CountStatuses = true, AsOf = new DateTime(2023, 5, 1) });
        Assert.Equal(new Dictionary<string, int> { ["inForce"] = 1, ["repealed"] = 1, ["unknown"] = 1 }, counted.Facets["status"]);

        var mostCited = searcher.Search("", new SearchOptions { Kind = SearchKind.Notices, SortByCitations = true });
        Assert.Equal("某政发〔2018〕3号", mostCited.Hits[0].DocNumber); // cited by B and C, the others by none

        var citing = searcher.Search("cites:某政发〔2018〕3号", new SearchOptions { Kind = SearchKind.Notices });
        Assert.Equal(new[] { "某政办发〔2020〕7号", "某政发〔2023〕5号" }, citing.Hits.Select(h => h.DocNumber).OrderBy(n => n));

        index.Delete("c.txt");
        index.Commit();
        links = searcher.Links(A.Source.Sha256, new DateTime(2023, 5, 1))!;
        Assert.Empty(links.RepealedBy);
        Assert.Equal(ValidityStatus.InForce, links.Status);
    }

    [Fact]
    public void An_amending_decision_links_both_ways_and_leaves_the_amended_notice_in_force()
    {
        using var index = PolicyIndex.OpenInMemory();
        var d = Parse(CitingNotices.D, "d.txt");
        foreach (var (notice, path) in new[] { (d, "d.txt"), (C, "c.txt") }) // the amendment first: resolved when asked
            index.Index(notice, path);
        index.Commit();
        var searcher = index.CreateSearcher();

        var amended = searcher.Links(C.Source.Sha256, new DateTime(2024, 2, 1))!;
        Assert.Equal(d.Source.Sha256, Assert.Single(amended.AmendedBy).NoticeId);
        Assert.Equal(ValidityStatus.InForce, amended.Status);
        Assert.Equal(C.Source.Sha256, Assert.Single(searcher.Links(d.Source.Sha256)!.Amends).NoticeId);
        var repeals = Assert.Single(amended.Repeals); // A is not in this index: named only
        Assert.Equal(("某某市促进就业暂行办法", null), (repeals.Title, repeals.NoticeId));
    }

    [Fact]
    public void A_repeal_naming_the_document_without_title_marks_repeals_it()
    {
        using var index = PolicyIndex.OpenInMemory();
        var e = Parse(CitingNotices.C.Replace("原《某某市促进就业暂行办法》（某政发〔2018〕3号）", "原某某市促进就业暂行办法"), "e.txt");
        index.Index(A, "a.txt");
        index.Index(e, "e.txt");
        index.Commit();
        var links = index.CreateSearcher().Links(A.Source.Sha256, new DateTime(2023, 5, 1))!;
        Assert.Equal(e.Source.Sha256, Assert.Single(links.RepealedBy).NoticeId);
        Assert.Equal(ValidityStatus.Repealed, links.Status);
    }

    [Fact]
    public void A_regulations_own_history_names_the_decisions_that_amended_it()
    {
        using var index = PolicyIndex.OpenInMemory();
        var law = new PolicyParser().ParseFile(System.IO.Path.Combine(TestCorpus.Directory, "dev", "docs", "lrb-04.md")); // 出版管理条例
        index.Index(law, "lrb-04.md");
        index.Commit();
        var amendedBy = index.CreateSearcher().Links(law.Source.Sha256)!.AmendedBy;
        Assert.Contains(amendedBy, l => l.Title == "国务院关于修改〈出版管理条例〉的决定" && l.NoticeId is null);
        Assert.Equal(amendedBy.Count, amendedBy.Select(l => l.Title).Distinct().Count());
    }

    [Fact]
    public void A_forwarding_chain_runs_from_the_province_through_the_city_to_the_county()
    {
        using var index = PolicyIndex.OpenInMemory();
        var (p, city, county) = (Parse(CitingNotices.P, "p.txt"), Parse(CitingNotices.City, "city.txt"), Parse(CitingNotices.County, "county.txt"));
        index.Index(county, "county.txt"); // the copies arrive in any order: here the forwarding ones first
        index.Index(city, "city.txt");
        index.Index(p, "p.txt");
        index.Commit();
        var searcher = index.CreateSearcher();

        var links = searcher.Links(county.Source.Sha256)!;
        Assert.Equal(city.Source.Sha256, links.Forwards!.NoticeId);
        Assert.Equal(new[] { "某政办发〔2021〕1号", "市政办发〔2021〕5号", "县政办发〔2021〕9号" }, links.Chain.Select(l => l.DocNumber));
        Assert.Equal(new[] { p.Source.Sha256, city.Source.Sha256, county.Source.Sha256 }, links.Chain.Select(l => l.NoticeId));
        Assert.Equal(county.Source.Sha256, Assert.Single(searcher.Links(city.Source.Sha256)!.ForwardedBy).NoticeId);
        var origin = searcher.Links(p.Source.Sha256)!;
        Assert.Null(origin.Forwards);
        Assert.Equal(city.Source.Sha256, Assert.Single(origin.ForwardedBy).NoticeId);
        Assert.Equal(p.Source.Sha256, Assert.Single(origin.Chain).NoticeId);

        // The city's 转发 carries the province's title as its inner title; a citation of that title alone
        // is still the province's notice.
        var byTitle = Parse("区政发〔2021〕2号\n某某区人民政府关于做好安全生产检查的通知\n各街道办事处：\n根据《某某省人民政府办公厅关于加强安全生产工作的通知》精神，现就检查通知如下。\n"
            + "一、检查范围\n全区企业。\n某某区人民政府\n2021年4月1日", "district.txt");
        index.Index(byTitle, "district.txt");
        index.Commit();
        Assert.Equal(p.Source.Sha256, Assert.Single(searcher.Links(byTitle.Source.Sha256)!.Cites).NoticeId);
    }

    [Fact]
    public void A_notice_stating_only_a_term_is_in_force_from_its_signing_until_the_term_ends()
    {
        using var index = PolicyIndex.OpenInMemory();
        index.Index(Parse("某政办发〔2019〕2号\n某某市人民政府办公室关于开展试点工作的通知\n各区人民政府：\n试点工作安排如下。本通知有效期至2020年12月31日。\n"
            + "一、试点范围\n全市。\n某某市人民政府办公室\n2019年6月1日", "term.txt"), "term.txt");
        index.Commit();
        int Count(ValidityStatus status, string day) =>
            index.CreateSearcher().Search("", new SearchOptions { Kind = SearchKind.Notices, Status = status, AsOf = DateTime.Parse(day) }).Total;
        Assert.Equal(0, Count(ValidityStatus.InForce, "2019-05-31")); // not signed yet
        Assert.Equal(1, Count(ValidityStatus.InForce, "2020-06-01"));
        Assert.Equal(0, Count(ValidityStatus.Expired, "2020-12-31")); // its last day
        Assert.Equal(1, Count(ValidityStatus.Expired, "2021-01-01"));
    }

    [Fact]
    public void A_wrapper_and_the_document_it_issues_are_one_notice_found_by_either_title()
    {
        using var index = PolicyIndex.OpenInMemory();
        index.Index(A, "a.txt"); // 关于印发某某市促进就业暂行办法的通知
        var citing = Parse("某人社发〔2019〕4号\n某某市人力资源和社会保障局关于做好就业补贴发放的通知\n各区人力资源和社会保障局：\n"
            + "按照《某某市促进就业暂行办法》规定，现就补贴发放通知如下。\n一、发放范围\n符合条件的人员。\n某某市人力资源和社会保障局\n2019年1月2日", "citing.txt");
        index.Index(citing, "citing.txt");
        index.Commit();
        var searcher = index.CreateSearcher();
        Assert.Equal(A.Source.Sha256, Assert.Single(searcher.Links(citing.Source.Sha256)!.Cites).NoticeId); // cited by the attached title alone
        var byTitle = searcher.Search("title:某某市促进就业暂行办法", new SearchOptions { Kind = SearchKind.Notices });
        Assert.Equal(A.Source.Sha256, Assert.Single(byTitle.Hits).NoticeSha256);
    }

    [Fact]
    public void Citation_keys_meet_whatever_way_the_number_or_title_is_written()
    {
        Assert.Equal(CitationKeys.Number("国办发〔2016〕82号"), CitationKeys.Number("国办发[2016]82号"));
        Assert.Equal(CitationKeys.Title("关于“双随机、一公开”的意见"), CitationKeys.Title("关于双随机一公开的意见"));
        Assert.Null(CitationKeys.Of(new DocumentReference(null, null)));
    }
}
