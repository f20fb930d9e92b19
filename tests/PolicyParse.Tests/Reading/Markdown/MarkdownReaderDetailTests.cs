using System.Text;
using PolicyParse.Layout;
using PolicyParse.Reading;

namespace PolicyParse.Tests.Reading.Markdown;

/// <summary>Details of the Markdown reader: source lines of every paragraph, joins around emphasis, lines in pipe cells, converter tables under the sniffer.</summary>
public class MarkdownReaderDetailTests
{
    private static readonly PolicyParser Parser = new();

    private static IReadOnlyList<LayoutBlock> Blocks(string markdown, string name = "t.md") =>
        Parser.ReadLayout(Encoding.UTF8.GetBytes(markdown), name).Blocks;

    private static List<(string Text, int Line)> Paragraphs(string markdown) =>
        Blocks(markdown).OfType<ParagraphBlock>().Select(p => (p.Text, p.Provenance.Line ?? 0)).ToList();

    [Fact]
    public void Every_line_of_a_code_block_keeps_its_own_source_line()
    {
        var lines = Paragraphs("正文\n\n```\n行一\n行二\n```\n\n    缩进一\n    缩进二\n");
        Assert.Equal(new[] { ("正文", 1), ("行一", 4), ("行二", 5), ("缩进一", 8), ("缩进二", 9) }, lines);
    }

    [Fact]
    public void A_line_after_a_hard_break_keeps_its_source_line_when_soft_breaks_came_before()
    {
        var lines = Paragraphs("甲一\n甲二  \n乙\n丙\\\n丁\n");
        Assert.Equal(new[] { ("甲一甲二", 1), ("乙丙", 3), ("丁", 5) }, lines);
    }

    [Theory]
    [InlineData("open\n**data**", "open data")]
    [InlineData("see\n[the rules](http://example.org)", "see the rules")]
    [InlineData("加强\n**领导**", "加强领导")]
    public void A_soft_break_before_emphasis_or_a_link_joins_like_one_before_text(string markdown, string expected) =>
        Assert.Equal(expected, Assert.Single(Paragraphs(markdown)).Text);

    [Fact]
    public void A_br_in_a_pipe_cell_keeps_the_two_lines_apart_as_the_html_reader_does()
    {
        var table = Assert.Single(Blocks("| 序号 | 牵头单位 |\n|---|---|\n| 1 | 市发展改革委<br>市财政局 |\n").OfType<TableBlock>());
        Assert.Equal("市发展改革委\n市财政局", table.Rows[1].Cells[1].Text);
    }

    private const string MinerU = "# 关于印发某某方案的通知\n\n## 一、总体要求\n\n<html><body><table><tr><td>序号</td><td>任务</td></tr><tr><td>1</td><td>排查隐患</td></tr></table></body></html>\n\n正文。\n";

    [Theory]
    [InlineData("mineru.md")]
    [InlineData("mineru.txt")]
    [InlineData(null)]
    public void A_converters_html_table_near_the_top_does_not_make_the_file_a_web_page(string? name)
    {
        Assert.Equal(SourceFormat.Markdown, FormatSniffer.Detect(Encoding.UTF8.GetBytes(MinerU), name));
        var blocks = Blocks(MinerU, name ?? "");
        Assert.Equal(("关于印发某某方案的通知", 1), blocks.OfType<ParagraphBlock>().Select(p => (p.Text, p.Style.OutlineLevel ?? 0)).First());
        Assert.Single(blocks.OfType<TableBlock>());
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html><body><p>正文</p></body></html>", "page.md")]
    [InlineData("<html><head><title>通知</title></head><body><p>正文</p></body></html>", "page.md")]
    [InlineData("<html><body><p>正文</p></body></html>", "page")]
    [InlineData("<html><body><!-- 正文 --><table><tr><td>a</td><td>b</td></tr></table></body></html>", "page.txt")]
    public void A_whole_web_page_stays_html_whatever_its_name(string content, string name) =>
        Assert.Equal(SourceFormat.Html, FormatSniffer.Detect(Encoding.UTF8.GetBytes(content), name));

    [Fact]
    public void Front_matter_of_unknown_keys_alone_is_named_as_such()
    {
        var e = Assert.Throws<PolicyParseException>(() => Parser.Parse(Encoding.UTF8.GetBytes("---\nlayout: post\ntags: [a, b]\n---\n\n<!-- end -->\n"), "fm.md"));
        Assert.Equal("fm.md", e.FileName);
        Assert.Contains("only front matter", e.Reason);
    }

    [Fact]
    public void Two_heading_levels_are_enough_to_tell_markdown_in_a_txt()
    {
        Assert.Equal(SourceFormat.Markdown, FormatSniffer.Detect(Encoding.UTF8.GetBytes("# 某某通知\n\n## 一、总体要求\n\n正文。\n"), "a.txt"));
        Assert.Equal(SourceFormat.Text, FormatSniffer.Detect(Encoding.UTF8.GetBytes("# 某某通知\n\n正文。\n"), "a.txt"));
    }
}
