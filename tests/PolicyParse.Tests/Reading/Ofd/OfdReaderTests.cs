using System.IO;
using System.IO.Compression;
using System.Text;
using PolicyParse.Json;
using PolicyParse.Layout;
using PolicyParse.Model;
using PolicyParse.Reading.Ofd;
using PolicyParse.TestSupport;

namespace PolicyParse.Tests.Reading.Ofd;

/// <summary>
/// OFD (GB/T 33190): the real notice of corpus/ofd, the other producers' files of Fixtures/ofd (from ofdrw's tests),
/// tables written by <see cref="OfdTestWriter"/>, and damaged or hostile packages (the seeds' OFD twins are in FormatAgreementTests).
/// </summary>
public class OfdReaderTests
{
    private static readonly PolicyParser Parser = new();

    private static string FixturePath(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "ofd", name);

    /// <summary>A sample from Fixtures/ofd (ofdrw's test files; its README says what each is).</summary>
    private static PolicyDocument Sample(string name) => Parser.ParseFile(FixturePath(name));

    [Fact]
    public void The_real_notice_gives_its_header_facts()
    {
        var d = Parser.ParseFile(Tests.Corpus.PathOf("ofd/n.ofd"));
        Assert.Equal("ofd", d.Source.Format);
        Assert.Equal(2, d.Source.PageCount);
        Assert.Equal("路卫发〔2011〕76号", d.DocNumber?.Text);
        Assert.Equal("关于同意张阿三同志辞职的批复", d.Title);
        Assert.Equal("批复", d.DocType);
        Assert.Equal(new[] { "区中医院" }, d.Addressees);
        Assert.Equal(new DateTime(2011, 3, 10), d.SignDate);
        Assert.Single(d.Issuers);
        Assert.EndsWith("路桥区卫生局办公室", d.Issuers[0]); // the sample's producer prefixed its test mark to the organ's name
        Assert.Contains(d.References, r => r.DocNumber == "路中医发〔2011〕10号");
        Assert.Contains("the OFD carries 1 electronic signature (seal); not read as text", d.Warnings);
        Assert.DoesNotContain("— 1 —", d.Preamble); // the page number is furniture
    }

    [Theory]
    [InlineData("999.ofd")] // an invoice drawn on templates
    [InlineData("keyword.ofd")] // a property certificate
    [InlineData("signout.ofd")] // a document-processing slip
    [InlineData("zsbk.ofd")]
    [InlineData("no_page_container.ofd")]
    [InlineData("testImageNotFound.ofd")]
    public void Forms_and_invoices_are_not_taken_for_notices(string name)
    {
        var d = Sample(name);
        Assert.Null(d.Title);
        Assert.Null(d.DocNumber);
        Assert.Contains(d.Warnings, w => w.StartsWith("this does not read as a 公文", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_other_producer_s_file_reads_or_is_refused_with_a_reason()
    {
        foreach (var path in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", "ofd"), "*.ofd"))
        {
            try
            {
                var d = Parser.ParseFile(path);
                Assert.Equal("ofd", d.Source.Format);
            }
            catch (PolicyParseException e)
            {
                Assert.Equal(Path.GetFileName(path), e.FileName);
                Assert.Equal("containsJPEG.ofd", e.FileName); // pages of images only
                Assert.Contains("the OFD has no text: its pages hold", e.Reason);
            }
        }
    }

    [Fact]
    public void Text_runs_are_placed_by_their_deltas_and_the_package_s_odd_paths_resolve()
    {
        Assert.Contains("你好呀，OFD Reader&Writer！", Sample("helloworld.ofd").Preamble);
        Assert.Equal(2, Sample("path_unstd.ofd").Source.PageCount); // an absolute and a relative page location
        Assert.Equal("ofd", Sample("chineseDir.ofd").Source.Format); // a GBK-named folder
        var zsbk = PolicyJson.Serialize(Sample("zsbk.ofd"));
        Assert.DoesNotContain("本本附附件件", zsbk); // text overprinted to look bold is read once
    }

    [Fact]
    public void A_ruled_task_table_over_several_pages_gives_the_tasks_of_the_table()
    {
        var rows = new List<TableRow> { new(new[] { new TableCell("序号"), new TableCell("工作任务"), new TableCell("责任单位"), new TableCell("完成时限") }, IsHeader: true) };
        for (int i = 1; i <= 12; i++)
            rows.Add(new TableRow(new[] { new TableCell(i.ToString()), new TableCell($"推进第{i}项重点工作，按季度报送进展情况，确保年底前全面完成"), new TableCell("县发展改革局、县财政局"), new TableCell($"2022年{i}月底前") }));
        var blocks = new List<LayoutBlock>
        {
            new ParagraphBlock("关于印发2022年重点工作任务分工的通知", StyleHints.None, new BlockProvenance(0)),
            new ParagraphBlock("各部门：", StyleHints.None, new BlockProvenance(1)),
            new ParagraphBlock("现将重点工作任务分工印发给你们，请认真抓好落实。", StyleHints.None, new BlockProvenance(2)),
            new TableBlock(rows, new BlockProvenance(3)),
        };
        var layout = new DocumentLayout("tasks.txt", SourceFormat.Text, null, "", blocks);
        var expected = Parser.Parse(layout);
        var fromOfd = Parser.Parse(OfdTestWriter.Write(layout), "tasks.ofd");
        Assert.Equal(12, expected.Tasks.Count);
        Assert.True(fromOfd.Source.PageCount >= 2); // the table goes on over the pages
        Assert.Equal(expected.Tasks.Select(t => (t.Content, string.Join("、", t.ResponsibleUnits), t.Deadline?.Text)),
            fromOfd.Tasks.Select(t => (t.Content, string.Join("、", t.ResponsibleUnits), t.Deadline?.Text)));
    }

    private static byte[] Zip(params (string Name, string Text)[] parts)
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, text) in parts)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Optimal).Open(), new UTF8Encoding(false));
                writer.Write(text);
            }
        return stream.ToArray();
    }

    private const string Ns = "xmlns:ofd=\"http://www.ofdspec.org/2016\"";

    private static string OfdXml(string docRoot) =>
        $"<ofd:OFD {Ns}><ofd:DocBody><ofd:DocInfo/><ofd:DocRoot>{docRoot}</ofd:DocRoot></ofd:DocBody></ofd:OFD>";

    private static string Refusal(byte[] package, PolicyParserOptions? options = null) =>
        Assert.Throws<PolicyParseException>(() => new PolicyParser(options).Parse(package, "bad.ofd")).Reason;

    [Fact]
    public void Damaged_and_hostile_packages_are_refused_with_the_reason()
    {
        Assert.Contains("no OFD.xml at its root", Refusal(Zip(("Doc_0/Document.xml", "<x/>"))));
        Assert.Contains("no DocBody", Refusal(Zip(("OFD.xml", $"<ofd:OFD {Ns}/>"))));
        Assert.Contains("the DocRoot Doc_9/Document.xml is not in the package", Refusal(Zip(("OFD.xml", OfdXml("Doc_9/Document.xml")))));
        Assert.Contains("encrypted", Refusal(Zip(("OFD.xml", OfdXml("Doc_0/Document.xml")), ("Encryptions.xml", "<Encryptions/>"))));
        Assert.Contains("has no pages", Refusal(Zip(("OFD.xml", OfdXml("Doc_0/Document.xml")), ("Doc_0/Document.xml", $"<ofd:Document {Ns}><ofd:Pages/></ofd:Document>"))));
        Assert.Contains("not well-formed XML", Refusal(Zip(("OFD.xml", "<ofd:OFD"))));
        Assert.Contains("truncated or corrupt", Refusal(Zip(("OFD.xml", OfdXml("x")))[..40]));
        Assert.Contains("DTD", Refusal(Zip(("OFD.xml", "<!DOCTYPE x [<!ENTITY a \"aaaa\">]><x>&a;</x>"))));
    }

    [Fact]
    public void A_part_that_inflates_past_the_limit_is_refused_unread()
    {
        var bomb = Zip(("OFD.xml", OfdXml("Doc_0/Document.xml")), ("Doc_0/Document.xml", "<d>" + new string(' ', 5_000_000) + "</d>"));
        Assert.True(bomb.Length < 100_000);
        var reason = Refusal(bomb, new PolicyParserOptions { MaxXmlPartCharacters = 1_000_000 });
        Assert.Contains("Doc_0/Document.xml inflates to 5,000,007 bytes", reason);
        Assert.Contains("zip bomb", reason);
    }

    [Fact]
    public void A_missing_page_or_template_is_a_warning_and_the_rest_is_read()
    {
        var page = $"<ofd:Page {Ns}><ofd:Template TemplateID=\"7\"/><ofd:Content><ofd:Layer><ofd:TextObject Boundary=\"20 30 100 8\" Size=\"5\"><ofd:TextCode X=\"0\" Y=\"5\" DeltaX=\"g 9 5\">关于开展安全生产检查的通知</ofd:TextCode></ofd:TextObject></ofd:Layer></ofd:Content></ofd:Page>";
        var document = $"<ofd:Document {Ns}><ofd:CommonData><ofd:TemplatePage ID=\"7\" BaseLoc=\"Tpls/Tpl_0/Content.xml\"/></ofd:CommonData><ofd:Pages>"
                       + "<ofd:Page ID=\"1\" BaseLoc=\"Pages/Page_0/Content.xml\"/><ofd:Page ID=\"2\" BaseLoc=\"Pages/Page_1/Content.xml\"/></ofd:Pages></ofd:Document>";
        var d = Parser.Parse(Zip(("OFD.xml", OfdXml("/Doc_0/Document.xml")), ("Doc_0/Document.xml", document), ("Doc_0/Pages/Page_0/Content.xml", page)), "partial.ofd");
        Assert.Equal("关于开展安全生产检查的通知", d.Title);
        Assert.Contains("page 1 of the OFD uses template 7, which is not in the package", d.Warnings);
        Assert.Contains("page 2 of the OFD (Pages/Page_1/Content.xml) is not in the package; skipped", d.Warnings);
    }

    [Fact]
    public void An_ofd_is_told_by_its_root_ofd_xml_not_by_the_name_appearing_in_a_part()
    {
        var ofd = Zip(("Doc_0/Document.xml", "<x/>"), ("OFD.xml", OfdXml("Doc_0/Document.xml")));
        Assert.Equal(SourceFormat.Ofd, PolicyParse.Reading.FormatSniffer.Detect(ofd, "download"));
        var mentions = new MemoryStream();
        using (var zip = new ZipArchive(mentions, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var writer = new StreamWriter(zip.CreateEntry("[Content_Types].xml", CompressionLevel.NoCompression).Open()))
                writer.Write("<Types/>");
            using (var writer = new StreamWriter(zip.CreateEntry("word/document.xml", CompressionLevel.NoCompression).Open()))
                writer.Write("<w:document>see OFD.xml in the package</w:document>");
            zip.CreateEntry("Doc_0/OFD.xml"); // not at the root
        }
        Assert.Equal(SourceFormat.Docx, PolicyParse.Reading.FormatSniffer.Detect(mentions.ToArray(), "download"));
    }

    [Theory]
    [InlineData("g 3 5.57 2.77", new[] { 5.57, 5.57, 5.57, 2.77 })]
    [InlineData("1 2  3", new[] { 1.0, 2, 3 })]
    [InlineData("", new double[0])]
    public void Glyph_advances_expand_their_g_runs(string deltas, double[] expected)
    {
        Assert.Equal(expected, OfdNumbers.Deltas(deltas, 100)!);
    }

    [Theory]
    [InlineData("g x 5")]
    [InlineData("g 3")]
    [InlineData("1 two 3")]
    public void Malformed_advances_are_null(string deltas) => Assert.Null(OfdNumbers.Deltas(deltas, 100));

    [Fact]
    public void Part_names_resolve_absolute_relative_and_with_backslashes()
    {
        Assert.Equal("Doc_0/Pages/Page_0/Content.xml", OfdPackage.Resolve("Doc_0", "Pages/Page_0/Content.xml"));
        Assert.Equal("Doc_0/Pages/Page_0/Content.xml", OfdPackage.Resolve("Doc_0", "/Doc_0/Pages/Page_0/Content.xml"));
        Assert.Equal("Doc_0/Res/a.xml", OfdPackage.Resolve("Doc_0/Pages", "..\\Res\\a.xml"));
    }

    [Theory]
    [InlineData("255 0 0", true)]
    [InlineData("230 0 18", true)]
    [InlineData("#E6 #00 #12", true)]
    [InlineData("0 255 255 0", true)] // CMYK: magenta and yellow
    [InlineData("0 0 0", false)]
    [InlineData("128 128 128", false)]
    [InlineData("255 102 0", false)] // orange
    [InlineData("200", false)] // grey
    [InlineData("255 zero 0", false)]
    public void A_fill_colour_is_red_in_rgb_hexadecimal_or_cmyk(string value, bool red) => Assert.Equal(red, OfdNumbers.IsRedColour(value));

    [Fact]
    public void A_red_organ_line_over_the_title_is_the_banner()
    {
        string TextObject(int y, string text, string? fill) =>
            $"<ofd:TextObject Boundary=\"20 {y} 170 10\" Size=\"5.6\">{(fill is null ? "" : $"<ofd:FillColor Value=\"{fill}\"/>")}"
            + $"<ofd:TextCode X=\"0\" Y=\"6\" DeltaX=\"g {text.Length - 1} 5.6\">{text}</ofd:TextCode></ofd:TextObject>";
        byte[] Notice(string? bannerFill)
        {
            var page = $"<ofd:Page {Ns}><ofd:Content><ofd:Layer>{TextObject(40, "某某县人民政府办公室", bannerFill)}{TextObject(60, "关于做好防汛工作的通知", null)}"
                       + $"{TextObject(80, "各乡镇人民政府：", null)}{TextObject(90, "现就做好今年防汛工作通知如下。", null)}</ofd:Layer></ofd:Content></ofd:Page>";
            var document = $"<ofd:Document {Ns}><ofd:Pages><ofd:Page ID=\"1\" BaseLoc=\"Pages/Page_0/Content.xml\"/></ofd:Pages></ofd:Document>";
            return Zip(("OFD.xml", OfdXml("Doc_0/Document.xml")), ("Doc_0/Document.xml", document), ("Doc_0/Pages/Page_0/Content.xml", page));
        }
        var red = Parser.Parse(Notice("255 0 0"), "red.ofd");
        Assert.Equal("关于做好防汛工作的通知", red.Title);
        Assert.Equal(new[] { "某某县人民政府办公室" }, red.Issuers);
        var black = Parser.Parse(Notice(null), "black.ofd"); // an organ standing alone over 关于 begins the title
        Assert.Equal("某某县人民政府办公室关于做好防汛工作的通知", black.Title);
    }
}
