using PolicyParse.Parsing.Tasks;

namespace PolicyParse.Tests.Parsing.Tasks;

public class UnitAndDeadlineTests
{
    [Theory]
    [InlineData("各镇〈街〉；区发展改革局、区财政局等部门单位", new[] { "各镇〈街〉", "区发展改革局", "区财政局等部门单位" })]
    [InlineData("区地方金融监管局〈区金融服务中心〉、区大数据中心", new[] { "区地方金融监管局〈区金融服务中心〉", "区大数据中心" })]
    [InlineData("区文化和旅游局、区教育和体育局", new[] { "区文化和旅游局", "区教育和体育局" })]
    [InlineData("区财政局和区税务局", new[] { "区财政局", "区税务局" })]
    [InlineData("县直各部门单位，各镇街、经济开发区", new[] { "县直各部门单位", "各镇街", "经济开发区" })]
    [InlineData("区发展改革局、区财政局，等有关单位", new[] { "区发展改革局", "区财政局等有关单位" })]
    [InlineData("市政府办公厅（市政务服务办）、市财政局", new[] { "市政府办公厅（市政务服务办）", "市财政局" })]
    public void Units_split_between_names_only(string text, string[] expected) =>
        Assert.Equal(expected, UnitSplitter.Split(text));

    [Theory]
    [InlineData("区司法局牵头，各相关单位配合", new[] { "区司法局" }, new[] { "各相关单位" })]
    [InlineData("区大数据局牵头、各相关单位配合", new[] { "区大数据局" }, new[] { "各相关单位" })]
    [InlineData("区财政局牵头", new[] { "区财政局" }, new string[0])]
    [InlineData("由区民政局负责", new string[0], new[] { "区民政局" })]
    [InlineData("各相关单位、区委编办", new string[0], new[] { "各相关单位", "区委编办" })]
    public void Roles_in_one_cell(string text, string[] lead, string[] responsible)
    {
        var (l, r) = UnitAssignment.Parse(text);
        Assert.Equal(lead, l);
        Assert.Equal(responsible, r);
    }

    [Theory]
    [InlineData("12月底前", "2021-12-31")]
    [InlineData("8月底前", "2021-08-31")]
    [InlineData("2月底前", "2021-02-28")]
    [InlineData("年底前", "2021-12-31")]
    [InlineData("6月30日前", "2021-06-30")]
    [InlineData("2022年6月底前", "2022-06-30")]
    [InlineData("上半年", "2021-06-30")]
    [InlineData("第三季度", "2021-09-30")]
    [InlineData("三季度", "2021-09-30")]
    [InlineData("6月底前启动，11月底前完成", "2021-11-30")]
    public void Deadlines_resolve_with_the_document_year(string text, string expected)
    {
        var deadline = DeadlineResolver.Resolve(text, 2021, out bool understood);
        Assert.True(understood);
        Assert.Equal(DateTime.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), deadline.Date);
        Assert.False(deadline.Ongoing);
        Assert.Equal(text, deadline.Text);
    }

    [Theory]
    [InlineData("实时公开")]
    [InlineData("长期坚持")]
    [InlineData("持续推进")]
    [InlineData("常态化")]
    [InlineData("每季度")]
    [InlineData("每月")]
    public void Recurring_and_standing_obligations_are_ongoing(string text)
    {
        var deadline = DeadlineResolver.Resolve(text, 2021, out bool understood);
        Assert.True(understood);
        Assert.True(deadline.Ongoing);
        Assert.Null(deadline.Date);
    }

    [Fact]
    public void Without_a_year_a_month_stays_unresolved()
    {
        var deadline = DeadlineResolver.Resolve("12月底前", null, out bool understood);
        Assert.Null(deadline.Date);
        Assert.False(understood);
    }
}
