using PolicyParse.Model;

namespace PolicyParse.Tests.Parsing;

/// <summary>Inputs that are no 公文 say so instead of passing their first lines off as a title.</summary>
public class NoticeEvidenceTests
{
    private static PolicyDocument Parse(string text) => new PolicyParser().ParseText(text, "t.txt");

    [Theory]
    [InlineData("MIT License\nCopyright (c) 2024 Someone\nPermission is hereby granted, free of charge, to any person obtaining a copy of this software.")]
    [InlineData("增值税普通发票\n购买方名称：某某科技有限公司\n纳税人识别号：91110000000000000X\n金额合计：1200.00\n开票人：张三")]
    [InlineData("个人信息登记表\n姓名\t性别\t出生年月\n张三\t男\t1990.01\n联系电话：13800000000")]
    public void A_licence_an_invoice_or_a_form_is_no_notice(string text)
    {
        var d = Parse(text);
        Assert.True(d.NoticeEvidence.Count < 2);
        Assert.Contains(d.Warnings, w => w.Contains("公文"));
        Assert.Null(d.Title);
        Assert.Null(d.DocType);
    }

    [Fact]
    public void A_notice_lists_the_elements_it_has()
    {
        var d = Parse("某某市人民政府办公室关于做好测试工作的通知\n某政办发〔2021〕7号\n各区人民政府：\n一、总体要求\n做好工作。\n某某市人民政府办公室\n2021年7月9日\n（此件公开发布）");
        Assert.Equal(new[] { "title", "docNumber", "issuers", "addressees", "signDate", "publishAttribute", "sections" }, d.NoticeEvidence);
        Assert.DoesNotContain(d.Warnings, w => w.Contains("公文"));
    }

    [Fact]
    public void A_regulation_has_its_title_and_articles()
    {
        var d = Parse("某某市养犬管理条例\n第一条 为了规范养犬行为，制定本条例。\n第二条 本条例适用于本市行政区域。");
        Assert.Equal(new[] { "title", "sections" }, d.NoticeEvidence);
        Assert.Equal("某某市养犬管理条例", d.Title);
    }
}
