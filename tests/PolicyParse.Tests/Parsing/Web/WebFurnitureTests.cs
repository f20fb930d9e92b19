using PolicyParse.Parsing.Web;

namespace PolicyParse.Tests.Parsing.Web;

public class WebFurnitureTests
{
    [Theory]
    [InlineData("浏览次数：1234次", true)]
    [InlineData("访问量: 56", true)]
    [InlineData("点击率 12", true)]
    [InlineData("阅读次数：", true)]
    [InlineData("要进一步提高政府网站访问量。", false)]
    [InlineData("做好2021年政务公开工作", false)]
    [InlineData("1234", false)]
    public void A_line_ending_in_a_page_counter_is_site_furniture(string line, bool furniture) =>
        Assert.Equal(furniture, WebFurniture.IsFurniture(line));
}
