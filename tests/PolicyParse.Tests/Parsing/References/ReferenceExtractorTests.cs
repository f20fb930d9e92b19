using PolicyParse.Model;
using PolicyParse.Parsing.References;

namespace PolicyParse.Tests.Parsing.References;

public class ReferenceExtractorTests
{
    private static IReadOnlyList<DocumentReference> Extract(string text, string? ownNumber = null, string? ownTitle = null) =>
        ReferenceExtractor.Extract(new[] { text }, ownNumber, ownTitle);

    [Theory]
    [InlineData("根据《关于加强某项工作的通知》（某政发〔2020〕12号）要求，", "关于加强某项工作的通知")]
    [InlineData("根据《关于加强某项工作的通知》(某政发〔2020〕12号)要求，", "关于加强某项工作的通知")]
    [InlineData("根据《关于加强某项工作的通知》 （某政发[2020]12号）要求，", "关于加强某项工作的通知")]
    [InlineData("根据《 关于加强某项工作的通知 》（某政发〔2020〕12号）要求，", "关于加强某项工作的通知")]
    public void A_title_with_its_number_in_brackets_is_one_reference(string text, string title)
    {
        var reference = Assert.Single(Extract(text));
        Assert.Equal(new DocumentReference(title, "某政发〔2020〕12号"), reference);
    }

    [Fact]
    public void A_title_alone_is_a_reference_when_it_ends_in_a_kind_of_document()
    {
        var references = Extract("按照《政府信息公开条例》和《某省实施办法》规定，参照《人民日报》的报道，落实《加快发展的若干措施》。");
        Assert.Equal(new[] { "政府信息公开条例", "某省实施办法" }, references.Select(r => r.Title));
        Assert.All(references, r => Assert.Null(r.DocNumber));
    }

    [Fact]
    public void Bracketed_words_that_are_no_number_leave_the_title_alone()
    {
        var references = Extract("依据《某市管理办法》（试行）和《某县规定》（2020年修订）执行。");
        Assert.Equal(new DocumentReference[] { new("某市管理办法", null), new("某县规定", null) }, references);
    }

    // A bare number counts after a bracket or punctuation, where its agency code visibly starts.
    [Fact]
    public void A_bare_number_is_a_reference_and_a_titled_one_is_not_counted_twice()
    {
        var references = Extract("按照上级文件（某办发〔2019〕3号）和《关于某事的通知》（某政发〔2020〕12号）精神，");
        Assert.Equal(new DocumentReference[] { new("关于某事的通知", "某政发〔2020〕12号"), new(null, "某办发〔2019〕3号") }, references);
    }

    [Fact]
    public void The_notice_does_not_cite_itself()
    {
        var references = Extract("现将《某某实施方案》（某政办发〔2021〕5号）印发给你们，另见：某政发〔2020〕1号。", ownNumber: "某政办发〔2021〕5号");
        Assert.Equal(new DocumentReference[] { new(null, "某政发〔2020〕1号") }, references);
        Assert.Empty(Extract("现将《某某实施方案》印发给你们。", ownTitle: "某某实施方案"));
    }

    [Fact]
    public void A_title_is_two_characters_or_more_and_holds_no_title_mark()
    {
        Assert.Equal(new[] { "通知" }, Extract("见《通知》。").Select(r => r.Title));
        Assert.Empty(Extract("见《法》。"));
        // the outer 《 never closes before another opens: only the inner title is one
        Assert.Equal(new[] { "某某办法" }, Extract("见《关于修改《某某办法》的决定").Select(r => r.Title));
    }

    [Fact]
    public void A_title_longer_than_a_hundred_characters_is_no_title()
    {
        Assert.Empty(Extract("《" + new string('规', 101) + "办法》"));
        Assert.Single(Extract("《" + new string('规', 98) + "办法》"));
    }

    [Fact]
    public void The_same_reference_twice_is_listed_once_and_text_without_citations_gives_none()
    {
        Assert.Single(ReferenceExtractor.Extract(new[] { "执行《某某办法》。", "再次强调《某某办法》。" }, null, null));
        Assert.Empty(Extract("各单位要高度重视，认真抓好落实。"));
    }

    [Theory]
    [InlineData("《某某办法》（一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十）", 40)]
    [InlineData("《某某办法》（一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十号）", 41)]
    [InlineData("《某某办法》\n （试行）", 2)]
    [InlineData("《某某办法》（号）", null)]
    [InlineData("《某某办法》（一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一）", null)]
    [InlineData("《某某办法》（见《其他办法》）", null)]
    [InlineData("《某某办法》（未闭合", null)]
    public void The_bracket_after_a_title_holds_two_to_forty_characters_besides_a_final_hao(string text, int? bracketLength)
    {
        Assert.True(CitedTitles.TryFind(text, 0, out var cited));
        Assert.Equal("某某办法", cited.Title);
        Assert.Equal(bracketLength, cited.Bracketed?.Length);
        Assert.Equal(bracketLength is null ? text.IndexOf('》') + 1 : text.Length, cited.End);
    }
}
