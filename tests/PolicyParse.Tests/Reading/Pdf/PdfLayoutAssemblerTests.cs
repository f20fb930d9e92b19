using System.Collections.Generic;
using System.Linq;
using PolicyParse.Layout;
using PolicyParse.Reading.Pdf;
using Xunit;

namespace PolicyParse.Tests.Reading.Pdf;

public class PdfLayoutAssemblerTests
{
    // A GB/T 9704 page in points: 16-point text from x = 80, full lines ending near 518, first lines indented two characters.
    private const double Size = 16, Margin = 80, Indent = Margin + 2 * Size, FullRight = 518;

    private static PdfTextLine Line(string text, double left, double right, ref double baseline)
    {
        var line = new PdfTextLine(text, left, right, baseline, Size, Bold: false);
        baseline -= 28;
        return line;
    }

    [Fact]
    public void A_notice_of_short_paragraphs_breaks_at_every_indent_although_indented_lines_outnumber_the_margin()
    {
        double y = 760;
        var lines = new List<PdfTextLine>
        {
            // A paragraph whose last line ends close to the margin, then a one-line heading: the indent is the only sign of the break.
            Line("推进依申请公开标准化规范化建设，进一步健全完善登记、审核、", Indent, FullRight, ref y),
            Line("办理、答复、归档等工作制度，积极推动向主动公开转化。", Margin, FullRight - 10, ref y),
            Line("三、提高惠企惠民公开服务能力", Indent, Indent + 14 * Size, ref y),
            Line("（一）强化政策咨询服务能力", Indent, Indent + 13 * Size, ref y),
            Line("（二）优化政务服务事项办事指南", Indent, Indent + 15 * Size, ref y),
            Line("（三）做好政策解读工作", Indent, Indent + 11 * Size, ref y),
            Line("四、加强组织保障", Indent, Indent + 8 * Size, ref y),
            Line("各单位要明确专人负责，加强督促检查，确保各项任务落到实处，", Indent, FullRight, ref y),
            Line("按时报送工作进展情况。", Margin, Margin + 11 * Size, ref y),
        };
        var page = new PdfPageContent(1, 595, lines, new List<RuledTable>());

        Assert.Equal(Margin, PdfLayoutAssembler.BodyMargins(new List<PdfPageContent> { page }).Left);
        var paragraphs = PdfLayoutAssembler.Assemble(new List<PdfPageContent> { page }).OfType<ParagraphBlock>().Select(p => p.Text).ToList();
        Assert.Equal(new[]
        {
            "推进依申请公开标准化规范化建设，进一步健全完善登记、审核、办理、答复、归档等工作制度，积极推动向主动公开转化。",
            "三、提高惠企惠民公开服务能力",
            "（一）强化政策咨询服务能力",
            "（二）优化政务服务事项办事指南",
            "（三）做好政策解读工作",
            "四、加强组织保障",
            "各单位要明确专人负责，加强督促检查，确保各项任务落到实处，按时报送工作进展情况。",
        }, paragraphs);
    }

    [Fact]
    public void A_stray_line_left_of_the_body_does_not_move_the_margin()
    {
        double y = 760;
        var lines = Enumerable.Range(0, 8).Select(i => Line("各单位要明确专人负责，加强督促检查，确保各项任务落到实处，", i % 2 == 0 ? Indent : Margin, FullRight, ref y)).ToList();
        lines.Add(Line("抄送：市政府办公室。", 40, 40 + 10 * Size, ref y));
        var page = new PdfPageContent(1, 595, lines, new List<RuledTable>());
        Assert.Equal(Margin, PdfLayoutAssembler.BodyMargins(new List<PdfPageContent> { page }).Left);
    }
}
