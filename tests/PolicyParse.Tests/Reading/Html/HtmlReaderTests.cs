using System.IO;
using System.Text;
using PolicyParse.Json;
using PolicyParse.Layout;

namespace PolicyParse.Tests.Reading.Html;

public class HtmlReaderTests
{
    private static readonly PolicyParser Parser = new();

    private static byte[] Utf8(string html) => Encoding.UTF8.GetBytes(html);

    private static string Page(string body, string head = "<meta charset=\"utf-8\">") =>
        $"<!DOCTYPE html><html><head>{head}<title>t</title></head><body>{body}</body></html>";

    private const string Notice =
        "<p class=\"title\">某某市人民政府办公室关于做好测试工作的通知</p><p>各区人民政府，市各委办局：</p>"
        + "<p>一、总体要求</p><p>（一）工作目标。到年底完成。</p><p>二、保障措施</p><p>加强领导。</p>"
        + "<p>某某市人民政府办公室</p><p>2021年7月9日</p>";

    [Fact]
    public void Gbk_page_without_a_declaration_reads_like_its_utf8_copy()
    {
        var utf8 = File.ReadAllBytes(Corpus.PathOf("html/002-linshu-2021-zhengwu-gongkai.html"));
        var text = Encoding.UTF8.GetString(utf8).Replace("<meta charset=\"utf-8\">", "").Replace("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">", "");
        Assert.DoesNotContain("charset", text);
        var gbk = CodePagesEncodingProvider.Instance.GetEncoding(54936)!.GetBytes(text);
        var fromGbk = PolicyJson.Serialize(Parser.Parse(gbk, "002.html") with { Source = new() });
        var fromUtf8 = PolicyJson.Serialize(Parser.Parse(utf8, "002.html") with { Source = new() });
        Assert.Equal(fromUtf8, fromGbk);
    }

    [Theory]
    [InlineData("某某市人民政府办公室关于做好防汛工作的通知_某某市人民政府", "某某市人民政府办公室关于做好防汛工作的通知")]
    [InlineData("某某市人民政府办公室关于做好防汛工作的通知 - 政策文件 | 某某网", "某某市人民政府办公室关于做好防汛工作的通知")]
    [InlineData("某某市人民政府门户网站", null)]
    public void A_page_whose_text_has_no_title_is_titled_by_its_title_element(string pageTitle, string? expected)
    {
        var d = Parser.Parse(Utf8(Page("<div class=\"content\"><p>各区人民政府：</p><p>现就做好今年防汛工作通知如下。</p><p>一、压实责任</p><p>落实到人。</p><p>某某市人民政府办公室</p><p>2021年7月9日</p></div>", $"<meta charset=\"utf-8\"><title>{pageTitle}</title>").Replace("<title>t</title>", "")), "page.html");
        Assert.Equal(expected, d.Title);
    }

    [Theory]
    [InlineData("utf-7")]
    [InlineData("x-no-such-charset")]
    public void A_page_declaring_a_charset_dotnet_does_not_decode_is_read_by_detection(string charset)
    {
        var d = Parser.Parse(Utf8(Page(Notice, $"<meta charset=\"{charset}\">")), "charset.html");
        Assert.Equal("某某市人民政府办公室关于做好测试工作的通知", d.Title);
    }

    [Fact]
    public void A_print_header_hidden_on_screen_gives_number_and_title_the_visible_text_lacks()
    {
        var body = "<div class=\"content\">"
                   + "<p style=\"display:none; text-align:right\">某某办字［2023］7号</p>"
                   + "<h1 style=\"display: none\">某某市某某局办公室关于开展测试检查的通知 某某办字［2023］7号</h1>"
                   + "<p>各县（区）某某局：</p><p>现就开展测试检查通知如下。</p><p>一、检查范围</p><p>全市。</p>"
                   + "<p style=\"display:none\">分享到微信</p>"
                   + "<p>某某市某某局办公室</p><p>2023年3月1日</p></div>";
        var d = Parser.Parse(Utf8(Page(body)), "hidden.html");
        Assert.Equal("某某办字〔2023〕7号", d.DocNumber?.Text);
        Assert.Equal("某某市某某局办公室关于开展测试检查的通知", d.Title);
        Assert.DoesNotContain(d.Sections, s => s.Text.Contains("分享到"));
    }

    [Fact]
    public void A_hidden_copy_of_a_title_the_page_shows_is_not_read_twice()
    {
        var body = "<div class=\"content\"><h1 style=\"display:none\">某某市某某局关于开展测试检查的通知</h1>"
                   + "<p style=\"text-align:center\">某某市某某局关于开展测试检查的通知</p><p>各县（区）某某局：</p>"
                   + "<p>一、检查范围</p><p>全市。</p><p>某某市某某局</p><p>2023年3月1日</p></div>";
        var layout = Parser.ReadLayout(Utf8(Page(body)), "copy.html");
        Assert.Single(layout.Blocks.OfType<ParagraphBlock>(), b => b.Text.Contains("关于开展测试检查的通知"));
        Assert.Equal("某某市某某局关于开展测试检查的通知", Parser.Parse(Utf8(Page(body)), "copy.html").Title);
    }

    [Theory]
    [InlineData("<span>", "</span>", 50_000)]
    [InlineData("<ul><li>", "</li></ul>", 20_000)]
    [InlineData("<b>", "</b>", 20_000)]
    [InlineData("<table><tr><td>", "</td></tr></table>", 1_000)]
    public void A_page_nested_thousands_deep_is_refused_not_a_stack_overflow(string open, string close, int depth)
    {
        var page = "<html><body><div class=\"content\">" + string.Concat(Enumerable.Repeat(open, depth)) + "各区人民政府：" + string.Concat(Enumerable.Repeat(close, depth)) + "</div></body></html>";
        var (exit, reason) = PolicyParse.Tests.Hostile.ChildProcessParse.Run(Utf8(page), "deep.html");
        Assert.Equal(1, exit);
        Assert.Contains("more than 500 deep", reason);
    }

    [Fact]
    public void A_table_whose_spans_claim_a_hundred_million_cells_is_refused_not_expanded()
    {
        var cells = string.Concat(Enumerable.Repeat("<td rowspan=\"1000\" colspan=\"1000\">甲</td>", 10));
        var rows = string.Concat(Enumerable.Repeat($"<tr>{cells}</tr>", 10));
        var page = Page("<p>关于测试的通知</p><p>各单位：</p><table><tr><th>序号</th><th>工作任务</th><th>责任单位</th></tr>" + rows + "</table>");
        var e = Assert.Throws<PolicyParseException>(() => Parser.Parse(Utf8(page), "spans.html"));
        Assert.Equal("spans.html", e.FileName);
        Assert.Contains("over the limit of 2,000,000", e.Reason);
    }

    [Fact]
    public void Html_nested_thousands_deep_inside_markdown_is_refused_with_the_file_named()
    {
        var markdown = "# 标题\n\n<div>" + string.Concat(Enumerable.Repeat("<span>", 30_000)) + "文字" + string.Concat(Enumerable.Repeat("</span>", 30_000)) + "</div>\n";
        var e = Assert.Throws<PolicyParseException>(() => Parser.Parse(Utf8(markdown), "deep.md"));
        Assert.Equal("deep.md", e.FileName);
    }

    [Fact]
    public void A_page_that_keeps_one_paragraph_a_source_line_is_read_line_by_line()
    {
        var page = Page("<div class=\"box\">\n各区人民政府：\n现就做好防汛工作通知如下。\n<b>一、压实责任</b>\n各区要落实责任制，加强值守。\n<b>二、加强巡查</b>\n重点部位每日巡查。\n</div>");
        var d = Parser.Parse(Utf8(page), "lines.html");
        Assert.Equal(new[] { ("一、", "压实责任", "各区要落实责任制，加强值守。"), ("二、", "加强巡查", "重点部位每日巡查。") },
            d.Sections.Select(s => (s.Marker, s.Heading!, s.Text)));
        Assert.Equal(new[] { "各区人民政府" }, d.Addressees);
    }

    [Fact]
    public void Source_line_breaks_inside_running_text_stay_spaces()
    {
        var layout = Parser.ReadLayout(Utf8(Page("<p>加强领导，\n落实责任，\n确保实效。</p>")), "wrapped.html");
        Assert.Equal("加强领导， 落实责任， 确保实效。", Assert.Single(layout.Blocks.OfType<PolicyParse.Layout.ParagraphBlock>()).Text);
    }

    [Fact]
    public void A_title_in_a_summary_box_before_the_article_wins_over_a_section_label()
    {
        var page = Page("<h3 class=\"title_font\">信息详情</h3><div class=\"summary\">关于做好防汛工作的通知<p>发布人：张三 时间：7月8号</p></div>"
                        + "<div class=\"article_box\"><p>各区人民政府：</p><p>现就做好防汛工作通知如下。</p><p>一、压实责任</p><p>落实到人。</p></div>");
        Assert.Equal("关于做好防汛工作的通知", Parser.Parse(Utf8(page), "box.html").Title);
    }

    [Fact]
    public void Server_template_code_left_in_a_saved_page_is_not_text()
    {
        var page = "<%@ page contentType=\"text/html;charset=UTF-8\" language=\"java\" %>\n<%@ taglib prefix=\"c\" uri=\"http://java.sun.com/jsp/jstl/core\" %>\n"
                   + "<?php echo $header; ?><style>p { margin: 0 }</style></head><body><p>某政办函[2013]89号</p>" + Notice + "<% if (x) { %><p>（此件公开发布）</p><% } %></body></html>";
        var d = Parser.Parse(Utf8(page), "notice.jsp.html");
        Assert.Equal("某某市人民政府办公室关于做好测试工作的通知", d.Title);
        Assert.Equal("某政办函〔2013〕89号", d.DocNumber!.Text);
        Assert.Equal("此件公开发布", d.PublishAttribute);
        Assert.DoesNotContain(d.Warnings, w => w.Contains("title"));
    }

    [Theory]
    [InlineData("<p>a</p><% unclosed", "<p>a</p><% unclosed")]
    [InlineData("x<%-- comment --%>y<?PHP z ?>w", "xyw")]
    public void Server_directives_are_cut_in_one_scan(string html, string expected) =>
        Assert.Equal(expected, PolicyParse.Reading.Html.ServerDirectives.Strip(html));

    [Fact]
    public void A_page_that_declares_gb2312_but_is_utf8_is_still_read()
    {
        var d = Parser.Parse(Utf8(Page(Notice, "<meta charset=\"gb2312\">")), "lying.html");
        Assert.Equal("某某市人民政府办公室关于做好测试工作的通知", d.Title);
    }

    [Fact]
    public void Metadata_table_is_authoritative_kept_out_of_the_body_and_disagreement_warns()
    {
        var html = Page(
            "<div class=\"nav\"><a href=\"/\">首页</a> &gt; <a>政府信息公开</a></div>"
            + "<table class=\"meta\"><tr><td>索引号：</td><td>000014349/2021-00012</td><td>主题分类：</td><td>综合政务</td></tr>"
            + "<tr><td>发文机关：</td><td>某某市人民政府办公室</td><td>成文日期：</td><td>2021年07月09日</td></tr>"
            + "<tr><td>标题：</td><td colspan=\"3\">某某市人民政府办公室关于做好测试工作的通知</td></tr>"
            + "<tr><td>发文字号：</td><td>某政办发〔2021〕5号</td><td>发布日期：</td><td>2021-07-12</td></tr></table>"
            + "<div class=\"TRS_Editor\"><p>某政办发〔2021〕6号</p>" + Notice + "</div>"
            + "<div class=\"share\">分享到：微信 微博</div><script>var x = '一、不是正文';</script><div class=\"footer\">版权所有 某某市人民政府</div>");
        var d = Parser.Parse(Utf8(html), "meta.html");
        Assert.Equal("某政办发〔2021〕5号", d.DocNumber!.Text);
        Assert.Contains(d.Warnings, w => w.Contains("发文字号") && w.Contains("某政办发〔2021〕6号"));
        Assert.Equal(new[] { "某某市人民政府办公室" }, d.Issuers);
        Assert.Equal(new DateTime(2021, 7, 9), d.SignDate);
        Assert.Equal("通知", d.DocType);
        var everything = PolicyJson.Serialize(d with { Warnings = Array.Empty<string>() });
        Assert.DoesNotContain("索引号", everything);
        Assert.DoesNotContain("综合政务", everything);
        Assert.DoesNotContain("分享到", everything);
        Assert.DoesNotContain("版权所有", everything);
        Assert.DoesNotContain("不是正文", everything);
        Assert.Equal(new[] { "一、", "二、" }, d.Sections.Select(s => s.Marker));
    }

    [Fact]
    public void Article_container_is_found_and_the_title_above_it_kept()
    {
        var html = Page("<div id=\"top\"><ul><li>首页</li><li>政务公开</li><li>一、导航不是正文</li></ul></div>"
            + "<h1>某某市人民政府办公室关于做好测试工作的通知</h1>"
            + "<div class=\"pages_content\">" + Notice.Replace("<p class=\"title\">某某市人民政府办公室关于做好测试工作的通知</p>", "") + "</div>"
            + "<div class=\"related\"><p>相关文件：关于印发某某办法的通知</p></div>");
        var d = Parser.Parse(Utf8(html), "container.html");
        Assert.Equal("某某市人民政府办公室关于做好测试工作的通知", d.Title);
        Assert.Equal(new[] { "一、", "二、" }, d.Sections.Select(s => s.Marker));
        Assert.DoesNotContain("导航不是正文", PolicyJson.Serialize(d));
    }

    [Fact]
    public void Spans_entities_and_full_width_spaces_leave_no_stray_spaces()
    {
        var html = Page("<p>关于做好测试工作的通知</p><p>各单位：</p>"
            + "<p><span>一</span><span>、</span><span style=\"font-family:黑体\">总体</span>&nbsp;<span>要求</span></p>"
            + "<p>&#12288;&#12288;<font>（一）</font><b>工作&ensp;目标</b>。到<span>2021</span> 年底完成。</p>");
        var d = Parser.Parse(Utf8(html), "spans.html");
        Assert.Equal("总体要求", d.Sections[0].Heading);
        Assert.Equal(("工作目标", "到2021年底完成。"), (d.Sections[0].Children[0].Heading, d.Sections[0].Children[0].Text));
    }

    [Fact]
    public void Data_tables_keep_spans_and_br_ends_a_line()
    {
        var html = Page("<p>关于做好测试工作的通知<br>（征求意见稿）</p><table><thead><tr><th>序号</th><th>任务内容</th><th>责任单位</th><th>完成时限</th></tr></thead>"
            + "<tbody><tr><td>1</td><td>建立台账</td><td rowspan=\"2\">区财政局</td><td>6月底前</td></tr>"
            + "<tr><td>2</td><td>定期通报</td><td>年底前</td></tr></tbody></table>");
        var layout = Parser.ReadLayout(Utf8(html), "table.html");
        var paragraphs = layout.Blocks.OfType<ParagraphBlock>().Select(p => p.Text).ToList();
        Assert.Equal(new[] { "关于做好测试工作的通知", "（征求意见稿）" }, paragraphs);
        var table = Assert.Single(layout.Blocks.OfType<TableBlock>());
        Assert.True(table.Rows[0].IsHeader);
        Assert.Equal(2, table.Rows[1].Cells[2].RowSpan);
        Assert.Equal(3, table.Rows[2].Cells.Count); // the merged cell is absent from the row below, as in HTML
        var d = Parser.Parse(Utf8(html), "table.html");
        Assert.Equal(new[] { "区财政局" }, d.Tasks[1].ResponsibleUnits);
    }

    [Fact]
    public void Centered_and_bold_hints_come_from_style_center_align_and_strong()
    {
        var html = Page("<p style=\"text-align: center\">甲</p><center><p>乙</p></center><div align=\"center\">丙</div>"
            + "<p><strong>丁</strong></p><p style=\"font-weight:bold\">戊</p><p align=\"right\">己</p><p>庚</p>");
        var hints = Parser.ReadLayout(Utf8(html), "hints.html").Blocks.OfType<ParagraphBlock>().ToDictionary(p => p.Text, p => p.Style);
        Assert.All(new[] { "甲", "乙", "丙" }, t => Assert.Equal(TextAlignment.Center, hints[t].Alignment));
        Assert.True(hints["丁"].Bold);
        Assert.True(hints["戊"].Bold);
        Assert.Equal(TextAlignment.Right, hints["己"].Alignment);
        Assert.Equal((TextAlignment.Unknown, false), (hints["庚"].Alignment, hints["庚"].Bold));
    }

    [Fact]
    public void Malformed_html_with_unclosed_tags_still_reads()
    {
        var html = "<html><body><div><p>关于做好测试工作的通知<p>各单位：<p>一、总体要求<p>（一）工作目标。到年底完成。<div><p>二、保障措施<p>加强领导。";
        var d = Parser.Parse(Utf8(html), "broken.html");
        Assert.Equal(new[] { "一、", "二、" }, d.Sections.Select(s => s.Marker));
        Assert.Equal("关于做好测试工作的通知", d.Title);
    }

    [Fact]
    public void A_five_megabyte_page_reads()
    {
        var body = new StringBuilder("<p>关于做好测试工作的通知</p><p>各单位：</p><p>一、总体要求</p>");
        while (body.Length < 3_200_000)
            body.Append("<p><span>各地区、各部门要按照统一部署，</span><span>认真抓好落实，确保各项任务按时完成。</span></p>\n");
        var bytes = Utf8(Page(body.ToString()));
        Assert.True(bytes.Length > 5 * 1024 * 1024);
        var d = Parser.Parse(bytes, "big.html");
        Assert.Single(d.Sections);
        Assert.True(d.Sections[0].Text.Length > 1_000_000);
    }

    [Fact]
    public void A_page_without_a_body_or_text_gets_a_clear_exception()
    {
        var e = Assert.Throws<PolicyParseException>(() => Parser.Parse(Utf8("<html><head><title>空页面</title><script>var a=1;</script></head></html>"), "empty.html"));
        Assert.Equal("empty.html", e.FileName);
        Assert.Contains("no text", e.Reason);
    }

    [Theory]
    [InlineData("notice.shtml")]
    [InlineData("notice.xhtml")]
    [InlineData("notice.txt")]
    public void Html_is_sniffed_by_content_and_by_extension(string name)
    {
        var layout = Parser.ReadLayout(Utf8(Page(Notice)), name);
        Assert.Equal(PolicyParse.Layout.SourceFormat.Html, layout.Format);
    }
}
