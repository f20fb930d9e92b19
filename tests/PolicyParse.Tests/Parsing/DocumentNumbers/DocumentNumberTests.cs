using PolicyParse.Parsing.DocumentNumbers;

namespace PolicyParse.Tests.Parsing.DocumentNumbers;

public class DocumentNumberTests
{
    [Theory]
    [InlineData("发改办财金规〔2019〕860号")]
    [InlineData("发改办财金规[2019]860号")]
    [InlineData("发改办财金规［2019］860号")]
    [InlineData("发改办财金规（2019）860号")]
    [InlineData("发改办财金规(2019)860号")]
    [InlineData("发改办财金规【2019】860号")]
    [InlineData("发改办财金规〈2019〉860号")]
    [InlineData("发改办财金规﹝2019﹞860号")]
    [InlineData("发改办财金规〔２０１９〕８６０号")]
    [InlineData("发改办财金规〔2019〕860 号")]
    [InlineData("发改办财金规 〔 2019 〕 860")]
    [InlineData("发改办财金规〔2019〕第860号")]
    [InlineData("发改办财金规「2019」860号")]
    [InlineData("发改办财金规(2019J 860号")] // OCR read the closing bracket as J
    [InlineData("发改办财金规〔2019 J860号")]
    [InlineData("发改办财金规【2019]j 860号")] // one bracket read as two marks
    [InlineData("发改办财金规[2019l860号")]
    [InlineData("发改办财金规〔2O19〕860号")] // O for 0, l for 1 in the year
    [InlineData("发改办财金规〔20l9〕860号")]
    public void Every_bracket_and_digit_form_gives_the_canonical_number(string raw)
    {
        Assert.True(DocumentNumberParser.TryParseLine(raw, out var n));
        Assert.Equal("发改办财金规〔2019〕860号", n!.Text);
        Assert.Equal(("发改办财金规", 2019, 860), (n.AgencyCode, n.Year, n.Serial));
        Assert.Equal(raw.Trim(), n.Raw);
    }

    [Theory]
    [InlineData("按照《关于X的通知》（国发〔2018〕41号）要求")] // a citation in running text
    [InlineData("国发〔2018〕41号文件精神要认真贯彻")]
    [InlineData("2021年8月10日")]
    [InlineData("宿区政办发〔1800〕24号")] // no such year
    [InlineData("截至2023年第3季度末")]
    [InlineData("2023年第12号台风")]
    public void A_line_with_more_than_a_number_is_not_the_notices_own(string line) =>
        Assert.False(DocumentNumberParser.TryParseLine(line, out _));

    [Theory]
    [InlineData("某某省市场监督管理局公告2023年第12号", "某某省市场监督管理局公告2023年第12号", "某某省市场监督管理局公告")]
    [InlineData("2023年 第 12 号", "2023年第12号", "")]
    public void Numbers_counted_within_a_year_keep_their_form(string raw, string canonical, string agency)
    {
        Assert.True(DocumentNumberParser.TryParseLine(raw, out var n));
        Assert.Equal((canonical, agency, 2023, 12, raw), (n!.Text, n.AgencyCode, n.Year, n.Serial, n.Raw));
    }

    [Fact]
    public void Signer_note_beside_the_number_is_allowed()
    {
        Assert.True(DocumentNumberParser.TryParseLine("国办发〔2018〕22号    签发人：张三", out var n));
        Assert.Equal("国办发〔2018〕22号", n!.Text);
    }

    [Fact]
    public void Citations_do_not_swallow_the_words_before_them()
    {
        var found = DocumentNumberParser.FindCitations("按照国发〔2018〕41号要求，落实（国办发〔2019〕35号）和、苏政办发[2020]42号").Select(c => c.Number.Text);
        Assert.Equal(new[] { "国办发〔2019〕35号", "苏政办发〔2020〕42号" }, found);
    }
}
