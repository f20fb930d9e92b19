using PolicyParse.Model;

namespace PolicyParse.Tests.Parsing.Sections;

public class SectionTests
{
    private static PolicyDocument Parse(string body) =>
        new PolicyParser().ParseText("关于做好测试工作的通知\n各单位：\n" + body, "t.txt");

    [Fact]
    public void A_level1_item_is_headed_by_its_first_sentence_or_its_whole_line()
    {
        var d = Parse("一、加强统筹，压实责任\n各单位要抓好落实。\n二、对按期完成改造任务、群众满意度高的县（市、区），在安排下一年度补助资金时予以倾斜。其他县按原办法执行。\n三、资金不足的，由各县自筹：\n（一）用好专项债，加快支出进度，确保资金及时足额到位。");
        Assert.Equal(new[] { "加强统筹，压实责任", "对按期完成改造任务、群众满意度高的县（市、区），在安排下一年度补助资金时予以倾斜", "资金不足的，由各县自筹：" },
            d.Sections.Select(s => s.Heading));
        Assert.Equal("其他县按原办法执行。", d.Sections[1].Text);
        Assert.Null(d.Sections[2].Children[0].Heading); // below level 1 a long clause sentence stays text
    }

    [Fact]
    public void A_run_of_a_hundred_thousand_broken_lines_joins_into_one_paragraph()
    {
        var d = Parse("一、总体要求\n" + string.Join("\n", Enumerable.Repeat("加强、", 100_000)) + "\n完成。");
        Assert.Equal(3 * 100_000 + 3, d.Sections[0].Text.Length);
    }

    [Theory]
    [InlineData("— 2 —")]
    [InlineData("-2-")]
    [InlineData("第2页")]
    [InlineData("第 2 页 共 5 页")]
    public void Page_numbers_that_text_extraction_kept_are_not_text(string pageNumber)
    {
        var d = Parse("一、总体要求\n做好公开工作，\n" + pageNumber + "\n提高公开质量。\n二、保障措施\n2\n加强领导。");
        Assert.Equal("做好公开工作，提高公开质量。", d.Sections[0].Text);
        Assert.Equal("2\n加强领导。", d.Sections[1].Text); // a bare number may be a table cell; it stays
    }

    [Fact]
    public void A_chapter_table_of_contents_is_not_chapters()
    {
        var d = new PolicyParser().ParseText("某某市物业管理条例\n第一章 总则\n第二章 业主\n第三章 附则\n第一章 总则\n第一条 为了规范物业管理，制定本条例。\n第二章 业主\n第二条 业主享有权利。\n第三章 附则\n第三条 本条例自公布之日起施行。", "t.txt");
        Assert.Equal(new[] { "第一章", "第二章", "第三章" }, d.Sections.Select(s => s.Marker));
        Assert.All(d.Sections, chapter => Assert.Single(chapter.Children));
        Assert.Contains("第二章业主", d.Preamble);
    }

    [Fact]
    public void A_chapter_after_a_gap_still_opens_with_a_warning()
    {
        var d = new PolicyParser().ParseText("某某市物业管理条例\n第一章 总则\n第一条 为了规范物业管理，制定本条例。\n第三章 附则\n第二条 本条例自公布之日起施行。", "t.txt");
        Assert.Equal(new[] { "第一章", "第三章" }, d.Sections.Select(s => s.Marker));
        Assert.Contains(d.Warnings, w => w.Contains("skips 1"));
    }

    [Fact]
    public void A_question_heading_keeps_its_question_mark()
    {
        var d = Parse("一、问：行政复议申请应当向哪个机关提出？\n答：向作出决定的机关的上一级机关提出。\n二、问：申请期限是多久？答：六十日。");
        Assert.Equal(new[] { "问：行政复议申请应当向哪个机关提出？", "问：申请期限是多久？" }, d.Sections.Select(s => s.Heading));
        Assert.Equal("答：六十日。", d.Sections[1].Text);
    }

    [Fact]
    public void Level1_markers_typed_with_a_dot_or_a_comma_are_level1()
    {
        var d = Parse("一.总体要求\n做好工作。\n二，工作措施\n加强领导。\n专题一、政务公开\n附件一、名单");
        Assert.Equal(new[] { ("一、", "总体要求"), ("二、", "工作措施") }, d.Sections.Select(s => (s.Marker, s.Heading!)));
        Assert.Contains("专题一、政务公开", d.Sections[1].Text);
    }

    [Fact]
    public void Five_heading_families_nest_by_family()
    {
        var d = Parse("一、总体要求\n（一）工作目标。到年底完成。\n1．建立台账\n（1）按月更新\n①专人负责\n2、定期通报\n二、保障措施");
        var root = d.Sections[0];
        Assert.Equal(("一、", 1, "总体要求"), (root.Marker, root.Level, root.Heading));
        var l2 = root.Children.Single();
        Assert.Equal(("（一）", 2, "工作目标", "到年底完成。"), (l2.Marker, l2.Level, l2.Heading, l2.Text));
        Assert.Equal(new[] { "1.", "2." }, l2.Children.Select(c => c.Marker));
        Assert.Equal("（1）", l2.Children[0].Children[0].Marker);
        Assert.Equal(("①", 5), (l2.Children[0].Children[0].Children[0].Marker, l2.Children[0].Children[0].Children[0].Level));
        Assert.Equal("二、", d.Sections[1].Marker);
    }

    [Fact]
    public void Chapters_sections_and_articles()
    {
        var d = Parse("第一章 总则\n第一条 为了规范管理，制定本办法。\n第二条 本办法适用于：\n（一）市级部门；\n（二）区级部门。\n第二章 附则\n第三条 本办法自印发之日起施行。");
        Assert.Equal(new[] { "第一章", "第二章" }, d.Sections.Select(s => s.Marker));
        Assert.Equal("总则", d.Sections[0].Heading);
        var articles = d.Sections[0].Children;
        Assert.Equal(new[] { SectionKind.Article, SectionKind.Article }, articles.Select(a => a.Kind));
        Assert.Null(articles[0].Heading);
        Assert.Equal("为了规范管理，制定本办法。", articles[0].Text);
        // A list inside an article is the article's text, not sections.
        Assert.Empty(articles[1].Children);
        Assert.Equal("本办法适用于：\n（一）市级部门；\n（二）区级部门。", articles[1].Text);
        Assert.Equal(3, d.Sections[1].Children[0].Number);
    }

    [Theory]
    [InlineData("1.5亿元专项资金已下达。")]
    [InlineData("2021年完成全部任务。")]
    [InlineData("3.5%的增长率。")]
    public void Numbers_that_are_not_markers_stay_text(string line)
    {
        var d = Parse("一、总体要求\n" + line);
        Assert.Empty(d.Sections[0].Children);
        Assert.Equal(line, d.Sections[0].Text);
    }

    [Fact]
    public void A_marker_that_breaks_the_numbering_is_text_with_a_warning()
    {
        var d = Parse("一、总体要求\n（一）第一项。\n（五）这一行是正文里断开的引用。\n（二）第二项。");
        Assert.Equal(new[] { 1, 2 }, d.Sections[0].Children.Select(c => c.Number));
        Assert.Contains("（五）这一行", d.Sections[0].Children[0].Text);
        Assert.Contains(d.Warnings, w => w.Contains("breaks the numbering"));
    }

    [Fact]
    public void Numbering_may_run_straight_through_parents()
    {
        var d = Parse("一、甲\n（一）一项。\n（二）二项。\n二、乙\n（三）三项。\n(四) 四项。");
        Assert.Equal(new[] { 3, 4 }, d.Sections[1].Children.Select(c => c.Number));
        Assert.Equal("（四）", d.Sections[1].Children[1].Marker);
    }

    [Fact]
    public void Inline_heading_splits_at_the_first_full_stop_and_sentences_keep_no_heading()
    {
        var d = Parse("一、甲\n（一）加强基层办事服务公开。按照要求，落实好事项。\n1. 抓好信息公开，围绕实施战略，做好宣传。");
        var l2 = d.Sections[0].Children[0];
        Assert.Equal(("加强基层办事服务公开", "按照要求，落实好事项。"), (l2.Heading, l2.Text));
        Assert.Null(l2.Children[0].Heading);
        Assert.Equal("抓好信息公开，围绕实施战略，做好宣传。", l2.Children[0].Text);
    }

    [Fact]
    public void Broken_paragraphs_are_rejoined_but_short_headings_are_not()
    {
        var d = Parse("一、甲\n（一）推进管理和服务公开。全面梳理编写公布镇街政府行\n政机关机构职能目录。\n（二）加强政府信息管理\n政府网站引用行政法规的，要及时更新。");
        Assert.Equal("全面梳理编写公布镇街政府行政机关机构职能目录。", d.Sections[0].Children[0].Text);
        Assert.Equal(("加强政府信息管理", "政府网站引用行政法规的，要及时更新。"), (d.Sections[0].Children[1].Heading, d.Sections[0].Children[1].Text));
    }
}
