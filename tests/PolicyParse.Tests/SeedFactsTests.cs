using PolicyParse.Model;

namespace PolicyParse.Tests;

/// <summary>The facts the corpus README and the issue state for each seed notice, asserted independently of the goldens.</summary>
public class SeedFactsTests
{
    private static PolicyDocument Parse(string name) => new PolicyParser().ParseFile(Corpus.PathOf(name));

    private static int Count(IEnumerable<SectionNode> nodes, int level) =>
        nodes.Sum(n => (n.Kind == SectionKind.Heading && n.Level == level ? 1 : 0) + Count(n.Children, level));

    [Fact]
    public void Seed000_wrapper_notice()
    {
        var d = Parse("000-sucheng-2021-zhengwu-gongkai.txt");
        Assert.Equal("宿区政办发〔2021〕24号", d.DocNumber!.Text);
        Assert.Equal(new[] { "宿城区人民政府办公室" }, d.Issuers);
        Assert.Equal("关于印发宿城区2021年政务公开工作要点的通知", d.Title);
        Assert.Equal("宿城区2021年政务公开工作要点", d.InnerTitle);
        Assert.Equal("通知", d.DocType);
        Assert.Equal(new DateTime(2021, 8, 10), d.SignDate);
        Assert.Equal("此件公开发布", d.PublishAttribute);
        Assert.Equal(new[] { "各镇人民政府", "街道办事处", "各园区管委会", "区各相关部门" }, d.Addressees);
        Assert.Equal(4, Count(d.Sections, 1));
        Assert.Equal(15, Count(d.Sections, 2));
        Assert.Equal("加强基层办事服务公开", d.Sections[0].Children[0].Heading);
        Assert.StartsWith("按照《省政府办公厅", d.Sections[0].Children[0].Text);
        Assert.Equal(("宿城区人民政府办公室", new DateTime(2021, 8, 10)), (d.PrintedBy, d.PrintDate));
        Assert.Contains(d.References, r => r.DocNumber == "苏政办发〔2020〕42号");
        Assert.Empty(d.Warnings);
    }

    [Fact]
    public void Seed001_web_copy_without_notice_frame()
    {
        var d = Parse("001-shinan-2021-zhengwu-gongkai-web.txt");
        Assert.Null(d.DocNumber);
        Assert.Null(d.SignDate); // the page's 来源/时间 line is not the signing date
        Assert.Equal("2021年市南区政务公开工作要点", d.Title);
        Assert.Equal(5, Count(d.Sections, 1));
        Assert.Equal(13, Count(d.Sections, 2));
        Assert.Equal(new[] { new Attachment(null, "2021年市南区政务公开重点任务分解落实表") }, d.Attachments);
        Assert.Equal(("青岛市市南区人民政府办公室", new DateTime(2021, 7, 9)), (d.PrintedBy, d.PrintDate));
        Assert.DoesNotContain(AllText(d), t => t.Contains("来源") || t.Contains("此页无正文"));
        Assert.Contains(d.Warnings, w => w.Contains("印发机关"));
    }

    [Fact]
    public void Seed002_cc_over_two_lines_and_rejoined_paragraphs()
    {
        var d = Parse("002-linshu-2021-zhengwu-gongkai.txt");
        Assert.Equal("沭政办字〔2021〕24号", d.DocNumber!.Text);
        Assert.Equal(new[] { "临沭县人民政府办公室" }, d.Issuers);
        Assert.Equal("临沭县人民政府办公室关于印发2021年临沭县政务公开工作要点的通知", d.Title);
        Assert.Equal(new DateTime(2021, 5, 28), d.SignDate);
        Assert.Equal(new[] { "县委各部门", "县人大常委会办公室", "县政协办公室", "县法院", "县检察院", "县人武部" }, d.Cc);
        Assert.Equal(5, Count(d.Sections, 1));
        Assert.Equal(17, Count(d.Sections, 2));
        Assert.Contains("镇街政府行政机关机构职能目录", d.Sections[1].Children[1].Text);
        Assert.Contains("成效的重要内容。", d.Sections[2].Children[0].Text);
    }

    [Fact]
    public void Seed003_continuous_level2_numbering_with_mixed_brackets()
    {
        var d = Parse("003-taierzhuang-2022-shishi-fangan.txt");
        Assert.Equal("台政办发〔2022〕4号", d.DocNumber!.Text);
        Assert.Equal(new DateTime(2022, 6, 18), d.SignDate);
        Assert.Equal("2022年台儿庄区政务公开工作要点实施方案", d.InnerTitle);
        Assert.Equal(4, Count(d.Sections, 1));
        var level2 = d.Sections.SelectMany(s => s.Children).ToList();
        Assert.Equal(Enumerable.Range(1, 16), level2.Select(n => n.Number));
        Assert.Equal("（三）", level2[2].Marker); // written "(三) " in the source
        Assert.All(level2, n => Assert.NotEmpty(n.Children)); // every （X） holds numbered items
        Assert.Equal(Enumerable.Range(1, 4), level2[0].Children.Select(n => n.Number));
        Assert.Empty(d.Warnings);
    }

    [Fact]
    public void Seed004_web_copy_with_breadcrumb()
    {
        var d = Parse("004-suzhou-2019-zhengwu-gongkai-web.txt");
        Assert.Equal("苏府办〔2019〕118号", d.DocNumber!.Text);
        Assert.Equal(new[] { "苏州市人民政府办公室" }, d.Issuers);
        Assert.Equal("市政府办公室关于印发苏州市2019年政务公开工作要点的通知", d.Title);
        Assert.Equal(new DateTime(2019, 6, 28), d.SignDate);
        Assert.Equal(5, Count(d.Sections, 1));
        Assert.Equal(18, Count(d.Sections, 2));
        Assert.DoesNotContain(AllText(d), t => t.Contains("当前位置") || t.Contains("扫一扫") || t.Contains(".pdf"));
    }

    [Fact]
    public void GovDoc397_joint_notice()
    {
        var d = Parse("govdoc-cn-397.txt");
        Assert.Equal(new[] { "国家发展改革委办公厅", "税务总局办公厅" }, d.Issuers);
        Assert.Equal("发改办财金规", d.DocNumber!.AgencyCode);
        Assert.Equal("关于加强个人所得税纳税信用建设的通知", d.Title);
        Assert.Equal(new DateTime(2019, 8, 20), d.SignDate);
        Assert.Equal(5, Count(d.Sections, 1));
        Assert.Equal(9, Count(d.Sections, 2));
        Assert.Contains(d.References, r => r.DocNumber == "国发〔2018〕41号" && r.Title == "国务院关于印发个人所得税专项附加扣除暂行办法的通知");
    }

    private static IEnumerable<string> AllText(PolicyDocument d)
    {
        IEnumerable<string> Walk(IEnumerable<SectionNode> nodes) => nodes.SelectMany(n => new[] { n.Text, n.Heading ?? "" }.Concat(Walk(n.Children)));
        return Walk(d.Sections).Append(d.Preamble ?? "").Append(d.Title ?? "");
    }
}
