using PolicyParse.Reading.Pdf;

namespace PolicyParse.Tests.Reading.Pdf;

public class PdfTableBuilderTests
{
    /// <summary>A one-page part of a three-column table: one row per string array, cells in order.</summary>
    private static RuledTable Part(params string[][] rows)
    {
        var cells = new List<RuledCell>();
        for (int r = 0; r < rows.Length; r++)
            for (int c = 0; c < rows[r].Length; c++)
                cells.Add(new RuledCell(r, c, 1, 1) { Text = rows[r][c] });
        return new RuledTable(new[] { 0.0, 100, 300, 400 }, Enumerable.Range(0, rows.Length + 1).Select(i => 700.0 - 20 * i).ToArray(), cells);
    }

    private static List<string[]> Rows(PdfTableBuilder table) =>
        table.Build(0).Rows.Select(r => r.Cells.Select(c => c.Text).ToArray()).ToList();

    [Theory]
    [InlineData("按季度报送进展情况。", true)]
    [InlineData("及时发布“品质鲁药”信息。”", true)]
    [InlineData("做好督查和审计结果的公开。</p>", true)]
    [InlineData("确保年底前全面完成；  ", true)]
    [InlineData("按照统一格式、法定时限和要求，", false)]
    [InlineData("县直各部门单位，各镇街、经济开发区", false)]
    [InlineData("做好中心工作和重点领域信息公开</p>", false)]
    [InlineData("", false)]
    public void A_cell_ends_a_sentence_past_closing_quotes_and_a_closing_tag(string text, bool ends) =>
        Assert.Equal(ends, PdfTableBuilder.EndsSentence(text));

    [Fact]
    public void A_row_whose_cells_continue_unfinished_text_above_joins_it_and_a_row_after_finished_text_does_not()
    {
        var cut = new PdfTableBuilder(Part(new[] { "1", "按照统一格式、法定时限和要求，", "县财政局" }), page: 1);
        Assert.True(cut.TryContinue(Part(new[] { "", "高质量做好年度报告的编制工作。", "" })));
        Assert.Equal(new[] { "1", "按照统一格式、法定时限和要求，高质量做好年度报告的编制工作。", "县财政局" }, Assert.Single(Rows(cut)));

        var whole = new PdfTableBuilder(Part(new[] { "做好重点领域信息公开", "做好督查和审计结果的公开。</p>", "县直各部门单位，各镇街" }), page: 1);
        Assert.True(whole.TryContinue(Part(new[] { "做好重点领域信息公开", "推进企业职工养老保险信息公开。", "人社局，各镇街" })));
        Assert.Equal(2, Rows(whole).Count);
    }
}
