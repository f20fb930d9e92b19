using PolicyParse.Layout;
using PolicyParse.Model;

namespace PolicyParse.Tests.Parsing.Header;

public class HeaderTests
{
    private static PolicyDocument Parse(string text) => new PolicyParser().ParseText(text, "t.txt");

    [Theory]
    [InlineData("关于印发《2022年工作要点实施方案》的通知", "2022年工作要点实施方案", "通知")]
    [InlineData("市政府办公室关于印发苏州市2019年政务公开工作要点的通知", "苏州市2019年政务公开工作要点", "通知")]
    [InlineData("关于转发省财政厅关于加强预算管理的意见的通知", "省财政厅关于加强预算管理的意见", "通知")]
    [InlineData("关于加强个人所得税纳税信用建设的通知", null, "通知")]
    [InlineData("关于全面推进政务公开工作的意见", null, "意见")]
    [InlineData("国务院关于同意设立某某新区的批复", null, "批复")]
    [InlineData("关于征求某某规划意见的通知（征求意见稿）", null, "通知")]
    public void Wrapper_titles_and_doc_types(string title, string? inner, string docType)
    {
        var d = Parse(title + "\n各单位：\n正文。");
        Assert.Equal((title, inner, docType), (d.Title, d.InnerTitle, d.DocType));
    }

    [Fact]
    public void Title_is_rejoined_over_lines_and_the_number_may_come_first()
    {
        var d = Parse("宿区政办发〔2021〕24号\n区 政 府 办 公 室\n关于印发宿城区2021年政务公开\n工作要点的通    知\n各镇人民政府、街道办事处，区各相关部门：\n现将要点印发给你们。");
        Assert.Equal("关于印发宿城区2021年政务公开工作要点的通知", d.Title);
        Assert.Equal("宿区政办发〔2021〕24号", d.DocNumber!.Text);
        Assert.Equal(new[] { "各镇人民政府", "街道办事处", "区各相关部门" }, d.Addressees);
    }

    [Fact]
    public void Cited_numbers_in_the_body_are_never_the_notices_own()
    {
        var d = Parse("关于做好某项工作的通知\n各单位：\n按照《国务院关于某事的通知》（国发〔2018〕41号）要求，现通知如下。\n国办发〔2019〕35号");
        Assert.Null(d.DocNumber);
        Assert.Contains(d.References, r => r.DocNumber == "国发〔2018〕41号" && r.Title == "国务院关于某事的通知");
    }

    [Fact]
    public void Joint_signature_on_one_line_and_header_banner()
    {
        var d = Parse("发展改革委办公厅\u3000\u3000税务总局办公厅文件\n发改办财金规〔2019〕860 号\n关于加强个人所得税纳税信用建设的通知\n各省税务局：\n一、总体要求\n正文。\n国家发展改革委办公厅        税务总局办公厅\n二〇一九年八月二十日\n（此件主动公开）");
        Assert.Equal(new[] { "国家发展改革委办公厅", "税务总局办公厅" }, d.Issuers);
        Assert.Equal(new DateTime(2019, 8, 20), d.SignDate);
        Assert.Equal("此件主动公开", d.PublishAttribute);
        Assert.Equal("发改办财金规〔2019〕860 号", d.DocNumber!.Raw);
    }

    [Theory]
    [InlineData("市人民政府关于在全市范围内全面推行\n工程建设项目审批制度改革的意见", "市人民政府关于在全市范围内全面推行工程建设项目审批制度改革的意见")]
    [InlineData("省政府关于同意举办第三届全省运动会\n组委会组建方案的批复", "省政府关于同意举办第三届全省运动会组委会组建方案的批复")]
    [InlineData("县政府办公室转发县财政局\n关于规范专项资金管理意见的通知", "县政府办公室转发县财政局关于规范专项资金管理意见的通知")]
    [InlineData("县人民政府办公室\n关于做好防汛工作的紧急通知", "县人民政府办公室关于做好防汛工作的紧急通知")]
    public void A_title_broken_after_a_word_that_ends_like_an_organ_is_kept_whole(string lines, string title)
    {
        var d = Parse(lines + "\n某政发〔2020〕3号\n各单位：\n正文。");
        Assert.Equal(title, d.Title);
        Assert.Equal("某政发〔2020〕3号", d.DocNumber!.Text);
    }

    [Fact]
    public void A_letter_spaced_organ_line_over_a_title_is_a_banner()
    {
        var d = Parse("县 人 民 政 府 办 公 室\n关于做好防汛工作的通知\n各单位：\n正文。");
        Assert.Equal("关于做好防汛工作的通知", d.Title);
        Assert.Equal(new[] { "县人民政府办公室" }, d.Issuers);
    }

    [Theory]
    [InlineData("省人民政府\u3000省军区", new[] { "省人民政府", "省军区" })]
    [InlineData("国务院办公厅中央军委办公厅", new[] { "国务院办公厅", "中央军委办公厅" })]
    [InlineData("财政部税务总局", new[] { "财政部", "税务总局" })]
    [InlineData("某某县人民政府办公室某某县教育局", new[] { "某某县人民政府办公室", "某某县教育局" })]
    [InlineData("公安部交通管理局", new[] { "公安部交通管理局" })]
    [InlineData("中共某某市委某某市人民政府防汛抗旱指挥部办公室", new[] { "中共某某市委某某市人民政府防汛抗旱指挥部办公室" })]
    [InlineData("中共某某县委办公室某某县人民政府办公室", new[] { "中共某某县委办公室", "某某县人民政府办公室" })]
    [InlineData("某某市人民政府办公室", new[] { "某某市人民政府办公室" })]
    [InlineData("区 政 府 办 公 室", new[] { "区政府办公室" })]
    public void Joint_signatures_split_into_their_organs(string signature, string[] issuers)
    {
        var d = Parse("关于做好某项工作的通知\n各单位：\n正文。\n" + signature + "\n2020年3月1日");
        Assert.Equal(issuers, d.Issuers);
    }

    [Fact]
    public void A_regulations_history_lines_are_promulgation_not_title()
    {
        var d = Parse("某某省河道采砂管理条例\n2015年3月27日某某省第十二届人民代表大会常务委员会第十六次会议通过\n（根据2021年9月29日某某省第十三届人民代表大会常务委员会第三十次会议《关于修改部分地方性法规的决定》修正）\n第一章 总则\n第一条 为了加强河道采砂管理，制定本条例。");
        Assert.Equal("某某省河道采砂管理条例", d.Title);
        Assert.Equal(2, d.Promulgation.Count);
        Assert.StartsWith("2015年3月27日", d.Promulgation[0]);
        Assert.Equal(new[] { SectionKind.Chapter }, d.Sections.Select(s => s.Kind));
    }

    [Theory]
    [InlineData("2019年4月20日某某部令第13号公布 自2019年9月1日起施行", true)]
    [InlineData("（二〇一一年五月九日某某市人民政府令第5号发布）", true)]
    [InlineData("根据2020年11月29日《某某省人民政府关于废止和修改部分省政府规章的决定》修订", true)]
    [InlineData("1994年10月27日 印发，根据", true)]
    [InlineData("2021年8月10日前完成清理工作", false)]
    [InlineData("2020年5月6日，市政府召开常务会议，审议通过了实施方案。", false)]
    public void Promulgation_lines_open_with_a_date_and_record_an_act(string line, bool expected) =>
        Assert.Equal(expected, PolicyParse.Parsing.Header.PromulgationLine.Is(line));

    [Fact]
    public void An_order_is_titled_by_the_document_it_promulgates()
    {
        var d = Parse("某某省人民政府令\n第12号\n《某某省政府信息公开规定》已经2020年1月6日省人民政府第30次常务会议通过，现予公布，自2020年3月1日起施行。\n省长　某某某\n2020年1月16日\n某某省政府信息公开规定\n第一条 为了保障公民依法获取政府信息，制定本规定。");
        Assert.Equal("某某省政府信息公开规定", d.Title);
        Assert.Equal("某某省人民政府令第12号", d.Promulgation[0]);
    }

    [Theory]
    [InlineData("某某市人民政府办公室\n某某市财政局\n文件")]
    [InlineData("某某市人民政府办公室\n某某市财政局文件")]
    [InlineData("某 某 市 人 民 政 府 办 公 室\n某 某 市 财 政 局 文 件")]
    [InlineData("某某市人民政府办公室　　某某市财政局　　文件")]
    public void A_banner_of_stacked_or_letter_spaced_organs_is_never_the_title(string banner)
    {
        var d = Parse(banner + "\n某政办发〔2021〕7号\n关于做好财政资金直达工作的通知\n各区人民政府：\n正文。");
        Assert.Equal("关于做好财政资金直达工作的通知", d.Title);
        Assert.Equal(new[] { "某某市人民政府办公室", "某某市财政局" }, d.Issuers);
    }

    [Theory]
    [InlineData("附件1")]
    [InlineData("附件：")]
    [InlineData("附件二")]
    public void An_attachment_only_document_is_titled_by_the_attached_document(string label)
    {
        var d = Parse(label + "\n某某市政务公开工作要点\n一、总体要求\n做好工作。");
        Assert.Equal("某某市政务公开工作要点", d.Title);
    }

    [Fact]
    public void An_addressee_line_is_never_the_title_of_a_copy_without_one()
    {
        var d = Parse("某政办发〔2021〕7号\n各区人民政府，市各委办局：\n现就做好防汛工作通知如下。\n某某市人民政府办公室\n2021年7月9日");
        Assert.Null(d.Title);
        Assert.Equal(new[] { "各区人民政府", "市各委办局" }, d.Addressees);
        Assert.Contains(d.Warnings, w => w.Contains("no title"));
    }

    [Fact]
    public void A_trial_regulation_keeps_its_title_with_the_status_note()
    {
        var d = Parse("某某市公共数据管理办法（试行）\n第一条 为了规范公共数据管理，制定本办法。\n第二条 本办法自发布之日起施行。");
        Assert.Equal("某某市公共数据管理办法（试行）", d.Title);
        Assert.Contains("title", d.NoticeEvidence);
    }

    [Theory]
    [InlineData("某某市人民政府门户网站")]
    [InlineData("政策文件")]
    [InlineData("当前栏目：规范性文件")]
    public void A_site_name_or_section_label_above_a_whole_title_is_not_title(string above)
    {
        var d = Parse(above + "\n某某市人民政府办公室关于做好防汛工作的通知\n各区人民政府：\n正文。");
        Assert.Equal("某某市人民政府办公室关于做好防汛工作的通知", d.Title);
    }

    [Theory]
    [InlineData("某某市人民政府关于加强安全生产工作的通知（某政发〔2021〕3号）")]
    [InlineData("某某市人民政府关于加强安全生产工作的通知\n（某政发〔2021〕3号）")]
    [InlineData("某某市人民政府关于加强安全生产工作的通知\n(某政发[2021]3号)")]
    public void A_web_copys_number_in_brackets_after_or_under_the_title_is_the_number(string header)
    {
        var d = Parse(header + "\n各县区人民政府：\n正文。");
        Assert.Equal("某某市人民政府关于加强安全生产工作的通知", d.Title);
        Assert.Equal("某政发〔2021〕3号", d.DocNumber!.Text);
    }

    [Theory]
    [InlineData("000012\n机密★1年\n特急")]
    [InlineData("加急")]
    [InlineData("签发人：张三")]
    public void Copy_number_secrecy_urgency_and_signer_lines_are_neither_banner_nor_title(string marks)
    {
        var d = Parse(marks + "\n某某县人民政府文件\n某政发〔2021〕3号\n某某县人民政府关于做好\n秋冬季防火工作的通知\n各乡镇人民政府：\n正文。");
        Assert.Equal("某某县人民政府关于做好秋冬季防火工作的通知", d.Title);
        Assert.Equal(new[] { "某某县人民政府" }, d.Issuers);
        Assert.Equal("某政发〔2021〕3号", d.DocNumber!.Text);
    }

    [Fact]
    public void After_the_number_a_joint_issuer_line_over_a_关于_line_begins_the_title()
    {
        var d = Parse("中共某某省委办公厅\n某某省人民政府办公厅\n文件\n某办发〔2022〕12号\n中共某某省委办公厅　某某省人民政府办公厅\n关于进一步加强基层应急管理能力建设的意见\n各市（州）党委和人民政府：\n正文。");
        Assert.Equal("中共某某省委办公厅某某省人民政府办公厅关于进一步加强基层应急管理能力建设的意见", d.Title);
        Assert.Equal(new[] { "中共某某省委办公厅", "某某省人民政府办公厅" }, d.Issuers);
    }

    [Fact]
    public void Header_mark_gives_issuers_when_there_is_no_signature()
    {
        var d = Parse("发展改革委办公厅  文件\n税务总局办公厅\n关于某事的通知\n各单位：\n正文。");
        Assert.Equal(new[] { "发展改革委办公厅", "税务总局办公厅" }, d.Issuers);
        Assert.Contains(d.Warnings, w => w.Contains("成文日期"));
    }

    [Fact]
    public void Attachment_description_with_several_items_and_tail()
    {
        var d = Parse("关于某事的通知\n各单位：\n一、要求\n正文。\n附件：1. 任务分解表\n2. 联系人名单\n某某市人民政府办公室\n2021年3月1日\n抄送：市委办公室，市人大常委会办公室。\n某某市人民政府办公室 2021年3月2日印发");
        Assert.Equal(new[] { new Attachment(1, "任务分解表"), new Attachment(2, "联系人名单") }, d.Attachments);
        Assert.Equal("正文。", d.Sections[0].Text);
        Assert.Equal(new[] { "某某市人民政府办公室" }, d.Issuers);
        Assert.Equal(new[] { "市委办公室", "市人大常委会办公室" }, d.Cc);
        Assert.Equal(("某某市人民政府办公室", new DateTime(2021, 3, 2)), (d.PrintedBy, d.PrintDate));
    }

    [Theory]
    [InlineData(true, "关于做好防汛工作的通知", "某某县人民政府办公室")]
    [InlineData(false, "某某县人民政府办公室关于做好防汛工作的通知", null)]
    public void An_organ_line_printed_red_over_the_title_is_the_banner(bool red, string title, string? issuer)
    {
        LayoutBlock Paragraph(string text, int i, StyleHints? style = null) => new ParagraphBlock(text, style ?? StyleHints.None, new BlockProvenance(i));
        var layout = new DocumentLayout("t.docx", SourceFormat.Docx, null, "", new[]
        {
            Paragraph("某某县人民政府办公室", 0, new StyleHints(TextAlignment.Center, Red: red)),
            Paragraph("关于做好防汛工作的通知", 1),
            Paragraph("各乡镇人民政府：", 2),
            Paragraph("现就做好今年防汛工作通知如下。", 3),
        });
        var d = new PolicyParser().Parse(layout);
        Assert.Equal(title, d.Title);
        Assert.Equal(issuer is null ? Array.Empty<string>() : new[] { issuer }, d.Issuers);
    }
}
