using System.IO;
using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyParse.Reading.Docx;
using static PolicyParse.Tests.Reading.Docx.DocxFixture;
using LayoutTable = PolicyParse.Layout.TableBlock;
using ParagraphBlock = PolicyParse.Layout.ParagraphBlock;
using TextAlignment = PolicyParse.Layout.TextAlignment;

namespace PolicyParse.Tests.Reading.Docx;

public class DocxReaderTests
{
    private static readonly PolicyParser Parser = new();

    private static List<string> Paragraphs(byte[] docx) =>
        Parser.ReadLayout(docx, "t.docx").Blocks.OfType<ParagraphBlock>().Select(p => p.Text).ToList();

    private static Numbering TwoLevelChineseList(params LevelOverride[] overrides) => new(
        new AbstractNum(
            Level(0, NumberFormatValues.ChineseCountingThousand, "%1、"),
            Level(1, NumberFormatValues.ChineseCounting, "（%2）"),
            Level(2, NumberFormatValues.Decimal, "%3."),
            Level(3, NumberFormatValues.DecimalEnclosedCircle, "%4"))
        { AbstractNumberId = 1 },
        new AbstractNum(Level(0, NumberFormatValues.IdeographTraditional, "%1、")) { AbstractNumberId = 2 },
        new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 1 },
        new NumberingInstance(new AbstractNumId { Val = 2 }) { NumberID = 2 },
        new NumberingInstance(new OpenXmlElement[] { new AbstractNumId { Val = 1 } }.Concat(overrides)) { NumberID = 3 });

    [Fact]
    public void Auto_numbering_is_rendered_as_a_reader_sees_it()
    {
        var docx = Build(new OpenXmlElement[]
        {
            Numbered("总体要求", 1, 0), Numbered("工作目标", 1, 1), Numbered("基本原则", 1, 1), Numbered("具体做法", 1, 2),
            Numbered("专人负责", 1, 3), Numbered("重点任务", 1, 0), Numbered("加强公开", 1, 1), Numbered("甲项", 2, 0), Numbered("乙项", 2, 0),
        }, TwoLevelChineseList());
        Assert.Equal(new[] { "一、总体要求", "（一）工作目标", "（二）基本原则", "1.具体做法", "①专人负责", "二、重点任务", "（一）加强公开", "甲、甲项", "乙、乙项" },
            Paragraphs(docx));
    }

    [Fact]
    public void Start_override_sets_where_a_list_instance_begins()
    {
        var docx = Build(new OpenXmlElement[] { Numbered("第三项", 3, 0), Numbered("第四项", 3, 0) },
            TwoLevelChineseList(new LevelOverride(new StartOverrideNumberingValue { Val = 3 }) { LevelIndex = 0 }));
        Assert.Equal(new[] { "三、第三项", "四、第四项" }, Paragraphs(docx));
    }

    [Theory]
    [InlineData(11, "十一")]
    [InlineData(20, "二十")]
    [InlineData(101, "一百零一")]
    [InlineData(110, "一百一十")]
    [InlineData(1020, "一千零二十")]
    public void Chinese_counting_numerals(int value, string expected) =>
        Assert.Equal(expected, NumberFormatter.ChineseCounting(value));

    [Fact]
    public void Grid_span_and_vertical_merge_become_column_and_row_spans()
    {
        var docx = Build(new OpenXmlElement[]
        {
            Table(
                Row(Cell("工作任务", gridSpan: 2), Cell("责任单位")),
                Row(Cell("政务公开", vMerge: MergedCellValues.Restart), Cell("公开目录"), Cell("区办")),
                Row(Cell("", continueMerge: true), Cell("公开年报"), Cell("区局"))),
        });
        var table = Assert.Single(Parser.ReadLayout(docx, "t.docx").Blocks.OfType<LayoutTable>());
        Assert.Equal(2, table.Rows[0].Cells[0].ColSpan);
        Assert.Equal(("政务公开", 2), (table.Rows[1].Cells[0].Text, table.Rows[1].Cells[0].RowSpan));
        Assert.Equal(new[] { "公开年报", "区局" }, table.Rows[2].Cells.Select(c => c.Text)); // the merged cell is absent, as in HTML
    }

    [Fact]
    public void Tracked_changes_read_as_accepted()
    {
        var docx = Build(new OpenXmlElement[]
        {
            new Paragraph(new Run(new Text("保留")), new InsertedRun(new Run(new Text("插入"))) { Author = "a", Id = "1" },
                new DeletedRun(new Run(new DeletedText("删除"))) { Author = "a", Id = "2" }),
        });
        Assert.Equal(new[] { "保留插入" }, Paragraphs(docx));
    }

    [Fact]
    public void Fields_show_their_result_not_their_instruction()
    {
        var docx = Build(new OpenXmlElement[]
        {
            new Paragraph(new Run(new Text("见第")),
                new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }), new Run(new FieldCode(" PAGE ")),
                new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }), new Run(new Text("3")),
                new Run(new FieldChar { FieldCharType = FieldCharValues.End }), new Run(new Text("页"))),
            new Paragraph(new SimpleField(new Run(new Text("2021年7月9日"))) { Instruction = " DATE " }),
        });
        Assert.Equal(new[] { "见第3页", "2021年7月9日" }, Paragraphs(docx));
    }

    [Fact]
    public void Soft_breaks_end_lines_and_headers_and_footers_are_not_body()
    {
        var docx = Build(new OpenXmlElement[] { new Paragraph(new Run(new Text("关于做好"), new Break(), new Text("测试工作的通知"))) },
            headerText: "某某市人民政府文件", footerText: "— 1 —");
        Assert.Equal(new[] { "关于做好", "测试工作的通知" }, Paragraphs(docx));
    }

    [Fact]
    public void Text_boxes_content_controls_and_nested_tables_are_read()
    {
        var textBox = new Paragraph(new Run(new Picture(new DocumentFormat.OpenXml.Vml.Shape(
            new DocumentFormat.OpenXml.Vml.TextBox(new TextBoxContent(P("框内文字")))))));
        var control = new SdtBlock(new SdtContentBlock(P("控件内文字")));
        var nested = Table(Row(new DocumentFormat.OpenXml.Wordprocessing.TableCell(P("外层"), Table(Row(Cell("内层一"), Cell("内层二"))))));
        var layout = Parser.ReadLayout(Build(new OpenXmlElement[] { textBox, control, nested }), "t.docx");
        var texts = layout.Blocks.OfType<ParagraphBlock>().Select(p => p.Text).ToList();
        Assert.Contains("框内文字", texts);
        Assert.Contains("控件内文字", texts);
        var cell = layout.Blocks.OfType<LayoutTable>().Single().Rows[0].Cells[0].Text;
        Assert.Contains("外层", cell);
        Assert.Contains("内层一", cell);
    }

    [Fact]
    public void Style_hints_come_from_the_paragraph()
    {
        var centered = new Paragraph(new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
            new Run(new RunProperties(new Bold(), new FontSize { Val = "44" }), new Text("关于做好测试工作的通知")));
        var block = Parser.ReadLayout(Build(new OpenXmlElement[] { centered }), "t.docx").Blocks.OfType<ParagraphBlock>().Single();
        Assert.Equal((TextAlignment.Center, true, 22.0), (block.Style.Alignment, block.Style.Bold, block.Style.FontSize));
    }

    [Theory]
    [InlineData("", "word/document.xml", "word/document.xml")]
    [InlineData("", "/word/document2.xml", "word/document2.xml")]
    [InlineData("word/", "styles.xml", "word/styles.xml")]
    [InlineData("word/", "../customXml/item1.xml", "customXml/item1.xml")]
    [InlineData("word/", "/word/numbering.xml", "word/numbering.xml")]
    public void Relationship_targets_resolve_against_their_source(string folder, string target, string expected) =>
        Assert.Equal(expected, DocxPackage.Resolve(folder, target));

    [Fact]
    public void Not_a_zip_named_docx()
    {
        var e = Assert.Throws<PolicyParseException>(() => Parser.Parse(System.Text.Encoding.UTF8.GetBytes("这不是Word文档"), "fake.docx"));
        Assert.Equal("fake.docx", e.FileName);
        Assert.Contains("not a ZIP archive", e.Reason);
    }

    [Fact]
    public void Zip_that_is_not_a_word_document()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        using (var writer = new StreamWriter(zip.CreateEntry("readme.txt").Open()))
            writer.Write("hello");
        var e = Assert.Throws<PolicyParseException>(() => Parser.Parse(stream.ToArray(), "archive.zip"));
        Assert.Contains("not a Word document", e.Reason);
    }

    [Fact]
    public void Truncated_docx()
    {
        var whole = File.ReadAllBytes(Corpus.PathOf("docx/003-taierzhuang-2022-shishi-fangan.docx"));
        var e = Assert.Throws<PolicyParseException>(() => Parser.Parse(whole.Take(whole.Length / 2).ToArray(), "cut.docx"));
        Assert.Equal("cut.docx", e.FileName);
        Assert.Contains("truncated", e.Reason);
    }

    [Fact]
    public void Encrypted_and_other_binary_documents_say_what_they_are()
    {
        byte[] Ole(string stream) => new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }
            .Concat(new byte[2048]).Concat(System.Text.Encoding.Unicode.GetBytes(stream)).ToArray();
        Assert.Contains("password", Assert.Throws<PolicyParseException>(() => Parser.Parse(Ole("EncryptedPackage"), "secret.docx")).Reason);
        Assert.Contains("legacy binary format other than Word's", Assert.Throws<PolicyParseException>(() => Parser.Parse(Ole("Workbook"), "old.xls")).Reason);
    }

    [Fact]
    public void An_oversized_part_is_refused_not_loaded()
    {
        var docx = Build(Enumerable.Range(0, 200).Select(i => (OpenXmlElement)P("很长的段落文字" + i)));
        var parser = new PolicyParser(new PolicyParserOptions { MaxXmlPartCharacters = 2000 });
        var e = Assert.Throws<PolicyParseException>(() => parser.Parse(docx, "bomb.docx"));
        Assert.Equal("bomb.docx", e.FileName);
        Assert.Contains("more than 2,000 characters", e.Reason);
        Assert.Contains("(PolicyParserOptions.MaxXmlPartCharacters)", e.Reason);
    }

    [Theory]
    [InlineData("FF0000", true)]
    [InlineData("C00000", true)]
    [InlineData("auto", false)]
    [InlineData("000000", false)]
    [InlineData("FF6600", false)] // orange
    public void A_red_run_makes_a_red_paragraph(string colour, bool red)
    {
        var banner = new Paragraph(new Run(new RunProperties(new Color { Val = colour }), new Text("某某县人民政府办公室")));
        var block = Parser.ReadLayout(Build(new OpenXmlElement[] { banner }), "t.docx").Blocks.OfType<ParagraphBlock>().Single();
        Assert.Equal(red, block.Style.Red);
    }
}
