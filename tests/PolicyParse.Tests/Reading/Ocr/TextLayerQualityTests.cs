using PolicyParse.Reading.Ocr;

namespace PolicyParse.Tests.Reading.Ocr;

public class TextLayerQualityTests
{
    private static readonly string[] Clean =
    {
        "各市、区人民政府，苏州工业园区、苏州高新区、太仓港口管委会；市各委办局，各直属单位：",
        "《苏州市2019年政务公开工作要点》已经市人民政府同意，现印发给你们，请认真贯彻执行。",
        "加快推进IPv6规模部署，网址 http://www.example.gov.cn 公布。",
    };

    [Fact]
    public void A_notice_s_own_text_passes_even_with_latin_words_in_it()
    {
        Assert.False(TextLayerQuality.LooksLikePoorOcr(Clean));
    }

    [Fact]
    public void Latin_letters_alone_between_han_characters_fail_it()
    {
        var confused = new[]
        {
            "各市、区人民政府，苏州工业园区、苏州高新区、太仓港口管委会；市各委办局，各直属单位：",
            "《苏州市2019年政务A F工作要点》已经市人民政府同意，现印发给你们，请认真贯彻执行。",
            "政务A F工作要点e通知，政务A F平台，政务A F专栏，e工作。",
        };
        Assert.True(TextLayerQuality.LooksLikePoorOcr(confused));
    }

    [Fact]
    public void Replacement_characters_where_glyphs_were_not_recognized_fail_it()
    {
        var unknown = new[] { "各市、区人民政府，苏州工业园区\uFFFD苏州高新区\uFFFD太仓港口管委会；市各委办局\uFFFD各直属单位：" };
        Assert.True(TextLayerQuality.LooksLikePoorOcr(unknown));
    }

    [Fact]
    public void Too_little_text_or_text_that_is_not_chinese_is_not_judged()
    {
        Assert.False(TextLayerQuality.LooksLikePoorOcr(new[] { "政务A F" }));
        Assert.False(TextLayerQuality.LooksLikePoorOcr(new[] { "This page is an English annex with a table of contents and a few words." }));
    }
}
