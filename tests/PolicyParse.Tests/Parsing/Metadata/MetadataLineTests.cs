using PolicyParse.Model;

namespace PolicyParse.Tests.Parsing.Metadata;

/// <summary>Key–value lines of crawler, Markdown and legal-database exports: read as metadata, kept out of title and body.</summary>
public class MetadataLineTests
{
    private static PolicyDocument Parse(string text) => new PolicyParser().ParseText(text, "t.txt");

    private const string Body = "各区人民政府：\n一、总体要求\n做好工作。\n某某市人民政府办公室\n2021年7月9日";

    [Fact]
    public void A_crawlers_lines_at_the_top_are_metadata()
    {
        var d = Parse("发布机构：某某市人民政府办公室\n发文字号: 某政办发[2021]7号\n成文日期：2021-07-09\n发布日期：2021-07-12\n某某市人民政府办公室关于做好测试工作的通知\n" + Body + "\n原文链接：http://example.org/a.html");
        Assert.Equal("某某市人民政府办公室关于做好测试工作的通知", d.Title);
        Assert.Equal("某政办发〔2021〕7号", d.DocNumber!.Text);
        Assert.Equal(new DateTime(2021, 7, 9), d.SignDate);
        Assert.Equal(new[] { "一、" }, d.Sections.Select(s => s.Marker));
        Assert.DoesNotContain("原文链接", d.Sections[0].Text);
        Assert.DoesNotContain(d.Warnings, w => w.Contains("metadata"));
    }

    [Fact]
    public void Bold_list_labels_and_bracketed_labels_are_metadata_too()
    {
        var d = Parse("- **发文字号**：某政办发〔2021〕7号\n【发布部门】某某市人民政府办公室\n【时效性】现行有效\n某某市人民政府办公室关于做好测试工作的通知\n" + Body);
        Assert.Equal("某政办发〔2021〕7号", d.DocNumber!.Text);
        Assert.Equal("某某市人民政府办公室关于做好测试工作的通知", d.Title);
        Assert.Equal(new[] { "某某市人民政府办公室" }, d.Issuers);
    }

    [Fact]
    public void Metadata_that_disagrees_with_the_text_wins_with_a_warning()
    {
        var d = Parse("文号：某政办发〔2021〕8号\n某某市人民政府办公室关于做好测试工作的通知\n某政办发〔2021〕7号\n" + Body);
        Assert.Equal("某政办发〔2021〕8号", d.DocNumber!.Text);
        Assert.Contains(d.Warnings, w => w.Contains("发文字号") && w.Contains("某政办发〔2021〕7号"));
    }

    [Theory]
    [InlineData("各区人民政府：")]
    [InlineData("时间：2021年7月9日")]
    [InlineData("一、名称：某某工作领导小组")]
    public void Ordinary_lines_with_a_colon_are_not_metadata(string line) =>
        Assert.Null(PolicyParse.Parsing.Metadata.MetadataLines.Read(line));

    [Fact]
    public void A_label_line_inside_the_body_stays_body_text()
    {
        var d = Parse("某某市人民政府办公室关于做好测试工作的通知\n各区人民政府：\n现将有关事项通知如下。\n一、名称\n名称：某某工作领导小组\n某某市人民政府办公室\n2021年7月9日");
        Assert.Contains("名称：某某工作领导小组", d.Sections[0].Text);
    }
}
