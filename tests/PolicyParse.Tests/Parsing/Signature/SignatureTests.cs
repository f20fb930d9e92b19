using PolicyParse.Model;

namespace PolicyParse.Tests.Parsing.Signature;

/// <summary>The signature block as real copies print it: notes, seals, split dates, organ and date on one line, date variants.</summary>
public class SignatureTests
{
    private static PolicyDocument Parse(string tail) =>
        new PolicyParser().ParseText("某某县人民政府关于做好秋冬季防火工作的通知\n各乡镇人民政府：\n一、提高认识\n做好防火工作。\n" + tail, "t.txt");

    [Theory]
    [InlineData("某某县人民政府\n2021年10月8日（本文有删减）")]
    [InlineData("某某县人民政府\n2021年10月8日 (此件公开发布)")]
    [InlineData("某某县人民政府\n（盖章）\n2021年10月8日")]
    [InlineData("某某县人民政府\n[图片]\n2021年10月8日")]
    [InlineData("某某县人民政府\n2021年\n10月8日")]
    [InlineData("某某县人民政府　　2021年10月8日")]
    [InlineData("某某县人民政府\n二0二一年十月八日")]
    [InlineData("某某县人民政府\n二〇二一年十月八日")]
    [InlineData("某某县人民政府\n二○二一年十月八日")]
    public void The_signature_is_read_through_the_noise_around_it(string tail)
    {
        var d = Parse(tail);
        Assert.Equal(new[] { "某某县人民政府" }, d.Issuers);
        Assert.Equal(new DateTime(2021, 10, 8), d.SignDate);
        Assert.DoesNotContain("2021", d.Sections[0].Text);
    }

    [Fact]
    public void A_date_under_a_seal_that_the_text_lacks_is_null_with_a_warning_never_another_date()
    {
        var d = Parse("请于2021年10月31日前报送总结。\n某某县人民政府\n（盖章）");
        Assert.Null(d.SignDate);
        Assert.Contains(d.Warnings, w => w.Contains("成文日期"));
    }

    [Fact]
    public void A_sentence_that_ends_with_a_date_is_no_signature()
    {
        var d = Parse("检查时间定于2021年10月8日\n某某县人民政府\n2021年10月9日");
        Assert.Equal(new DateTime(2021, 10, 9), d.SignDate);
    }

    [Fact]
    public void A_ministry_department_signs_like_any_organ()
    {
        var d = Parse("某某部综合司\n2021年12月6日");
        Assert.Equal(new[] { "某某部综合司" }, d.Issuers);
        Assert.Equal(new DateTime(2021, 12, 6), d.SignDate);
    }
}
