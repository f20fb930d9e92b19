using PolicyParse.Model;

namespace PolicyParse.Tests.Parsing.Attachments;

/// <summary>附件说明 in its printed forms, attachment headings over titles set on several lines, and the attached documents as parts of the section tree.</summary>
public class AttachmentTests
{
    private static PolicyDocument Parse(string text) => new PolicyParser().ParseText(text, "t.txt");

    private const string Notice = "市政府关于同意设立某某园区的批复\n某政函〔2020〕8号\n市发展改革委：\n一、同意设立某某园区。\n二、园区范围见附件。\n";

    [Fact]
    public void A_description_numbered_from_its_first_item_without_a_colon()
    {
        var d = Parse(Notice + "附件1.某某园区四至范围坐标\n2.某某园区规划用地清单\n某某市人民政府\n2020年5月6日");
        Assert.Equal(new[] { (1, "某某园区四至范围坐标"), (2, "某某园区规划用地清单") }, d.Attachments.Select(a => (a.Number ?? 0, a.Title)));
        Assert.Equal(2, d.Sections.Count);
    }

    [Fact]
    public void An_attached_document_is_a_part_with_its_own_numbering()
    {
        var d = Parse(Notice + "附件：某某园区管理委员会组建方案\n某某市人民政府\n2020年5月6日\n附件\n某某园区管理委员会\n组 建 方 案\n为加强园区管理，制定本方案。\n一、主要职能\n负责园区规划建设。\n二、组成人员\n主任由副市长担任。");
        Assert.Equal(new[] { "某某园区管理委员会组建方案" }, d.Attachments.Select(a => a.Title));
        var part = Assert.Single(d.Sections, s => s.Kind == SectionKind.Attachment);
        Assert.Equal(("附件", 1, "某某园区管理委员会组建方案"), (part.Marker, part.Number, part.Heading));
        Assert.Equal(new[] { "一、主要职能", "二、组成人员" }, part.Children.Select(c => c.Marker + c.Heading));
        Assert.Equal(new[] { "一、", "二、" }, d.Sections.Where(s => s.Kind == SectionKind.Heading).Select(s => s.Marker));
    }

    [Fact]
    public void A_heading_title_that_ends_in_a_function_word_goes_on_and_a_note_in_brackets_belongs_to_it()
    {
        var d = Parse(Notice + "某某市人民政府\n2020年5月6日\n附件二\n某某园区与周边镇村的\n交界点坐标\n坐标编号\n附件3：\n全市督查发现的典型经验做法\n（共30项）\n1.某县推进一窗办理。");
        Assert.Equal(new[] { (2, "某某园区与周边镇村的交界点坐标"), (3, "全市督查发现的典型经验做法（共30项）") },
            d.Attachments.Select(a => (a.Number ?? 0, a.Title)));
    }

    [Fact]
    public void A_heading_read_off_fewer_lines_than_the_description_is_the_described_attachment()
    {
        var d = Parse(Notice + "附件：全市督查发现的典型经验做法（共30项）\n某某市人民政府\n2020年5月6日\n附件\n全市督查发现的典型经验做法\n1.某县推进一窗办理。");
        Assert.Equal(new[] { "全市督查发现的典型经验做法（共30项）" }, d.Attachments.Select(a => a.Title));
    }

    [Fact]
    public void A_wrapper_carrying_two_documents_numbered_afresh_keeps_them_apart()
    {
        var d = Parse("某某市人民政府办公室关于印发某某市安全生产工作方案和某某市消防工作方案的通知\n各区人民政府：\n现将两个方案印发给你们，请认真贯彻执行。\n某某市人民政府办公室\n2021年3月2日\n"
                      + "某某市安全生产工作方案\n一、工作目标\n减少事故。\n二、工作措施\n落实责任。\n某某市消防工作方案\n一、总体要求\n预防为主。\n二、重点任务\n排查隐患。");
        Assert.Equal(new[] { "一、工作目标", "二、工作措施" }, d.Sections.Where(s => s.Kind == SectionKind.Heading).Select(s => s.Marker + s.Heading));
        var part = Assert.Single(d.Sections, s => s.Kind == SectionKind.Attachment);
        Assert.Equal(("某某市消防工作方案", 2, ""), (part.Heading, part.Number, part.Marker));
        Assert.Equal(new[] { "一、总体要求", "二、重点任务" }, part.Children.Select(c => c.Marker + c.Heading));
        Assert.DoesNotContain(d.Warnings, w => w.Contains("breaks the numbering"));
    }

    [Fact]
    public void An_attachment_this_copy_leaves_out_keeps_its_title_without_the_note()
    {
        var d = Parse(Notice + "附件：某某园区印章式样（略）\n某某市人民政府\n2020年5月6日");
        Assert.Equal(new[] { "某某园区印章式样" }, d.Attachments.Select(a => a.Title));
    }
}
