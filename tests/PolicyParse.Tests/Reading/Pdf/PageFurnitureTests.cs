using System.Collections.Generic;
using System.Linq;
using PolicyParse.Reading.Pdf;
using Xunit;

namespace PolicyParse.Tests.Reading.Pdf;

public class PageFurnitureTests
{
    private static PdfPageContent Page(int number, params string[] lines) =>
        new(number, 595, lines.Select((text, i) => new PdfTextLine(text, 80, 80 + 16 * text.Length, 760 - 28 * i, 16, false)).ToList(), new List<RuledTable>());

    private static List<string> Remaining(params PdfPageContent[] pages)
    {
        var list = pages.ToList();
        PageFurniture.Remove(list);
        return list.SelectMany(p => p.Lines).Select(l => l.Text).ToList();
    }

    [Fact]
    public void A_bare_number_heading_a_page_with_a_numbered_foot_is_body()
    {
        var lines = Remaining(
            Page(1, "关于做好2021年政务公开重点工作的通知", "12", "区财政局", "— 1 —"),
            Page(2, "13", "加大惠民政策和资金发放信息公开力度。", "区财政局、各街道办事处", "— 2 —"));
        Assert.Equal(new[] { "关于做好2021年政务公开重点工作的通知", "12", "区财政局", "13", "加大惠民政策和资金发放信息公开力度。", "区财政局、各街道办事处" }, lines);
    }

    [Fact]
    public void A_bare_number_at_the_head_of_a_page_without_one_at_its_foot_is_the_page_number()
    {
        var lines = Remaining(
            Page(1, "1", "关于做好2021年政务公开重点工作的通知", "各街道办事处："),
            Page(2, "2", "加大惠民政策和资金发放信息公开力度。", "区财政局"));
        Assert.Equal(new[] { "关于做好2021年政务公开重点工作的通知", "各街道办事处：", "加大惠民政策和资金发放信息公开力度。", "区财政局" }, lines);
    }
}
