using System.IO;
using System.Text;
using PolicyParse.Layout;
using PolicyParse.Reading.Text;

namespace PolicyParse.Tests.Reading; // not .Text: that would hide OpenXml's Text type from the DOCX tests

public class ReadingTests
{
    private static readonly PolicyParser Parser = new();
    private static readonly string Seed = File.ReadAllText(Corpus.PathOf("000-sucheng-2021-zhengwu-gongkai.txt"));

    static ReadingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TheoryData<string> Encodings() => new("gb18030", "gbk", "gb2312", "utf-16LE", "utf-16BE", "utf-8-bom", "utf-8");

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Every_encoding_gives_the_same_document(string encoding)
    {
        byte[] bytes = encoding switch
        {
            "utf-8-bom" => Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Seed)).ToArray(),
            "utf-16LE" => Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Seed)).ToArray(),
            "utf-16BE" => Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(Seed)).ToArray(),
            _ => Encoding.GetEncoding(encoding).GetBytes(Seed),
        };
        var expected = Parser.ParseText(Seed, "x.txt") with { Source = new() };
        var actual = Parser.Parse(bytes, "x.txt");
        Assert.Equal(Json.PolicyJson.Serialize(expected), Json.PolicyJson.Serialize(actual with { Source = new() }));
    }

    [Fact]
    public void Gbk_is_detected_from_the_bytes()
    {
        var (text, name) = TextDecoder.Decode(Encoding.GetEncoding("gbk").GetBytes("宿区政办发〔2021〕24号"), "x.txt");
        Assert.Equal(("宿区政办发〔2021〕24号", "GB18030"), (text, name));
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\n")]
    [InlineData("\r")]
    public void Line_endings(string eol)
    {
        var blocks = PlainTextReader.ReadBlocks(string.Join(eol, "甲", "", "乙", "丙"));
        Assert.Equal(new[] { "甲", "乙", "丙" }, blocks.Cast<ParagraphBlock>().Select(p => p.Text));
        Assert.Equal(new int?[] { 1, 3, 4 }, blocks.Select(b => b.Provenance.Line));
        Assert.Equal(new[] { 0, 1, 2 }, blocks.Select(b => b.Provenance.Block));
    }

    [Fact]
    public void Tab_separated_lines_become_one_table_across_blank_lines()
    {
        var layout = Parser.ReadLayout(File.ReadAllBytes(Corpus.PathOf("002-linshu-2021-zhengwu-gongkai.txt")), "002.txt");
        var table = Assert.Single(layout.Blocks.OfType<TableBlock>());
        Assert.Equal(new[] { "工作任务", "", "工作要求", "责任单位" }, table.Rows[0].Cells.Select(c => c.Text));
        Assert.Equal(40, table.Rows.Count); // header + 39 task rows
        Assert.IsType<ParagraphBlock>(layout.Blocks[table.Provenance.Block + 1]); // 抄送 follows the table
    }

    [Theory]
    [InlineData(new byte[0], "empty")]
    [InlineData(new byte[] { 0x20, 0x0D, 0x0A, 0x09, 0xE3, 0x80, 0x80 }, "whitespace")]
    [InlineData(new byte[] { 0x00, 0x01, 0x02, 0x00, 0x00, 0x7F, 0x00, 0x00 }, "binary")]
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0 }, "OLE")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37 }, "PDF")]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x00, 0xD8 }, "UTF-16")]
    public void Bad_input_gets_a_clear_exception_naming_the_file(byte[] bytes, string reasonWord)
    {
        var e = Assert.Throws<PolicyParseException>(() => Parser.Parse(bytes, "bad.txt"));
        Assert.Equal("bad.txt", e.FileName);
        Assert.StartsWith("bad.txt: ", e.Message);
        Assert.Contains(reasonWord, e.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_truncated_compound_file_is_refused_before_any_converter_sees_it()
    {
        var e = Assert.Throws<PolicyParseException>(() => Parser.Parse(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }, "old.doc"));
        Assert.Contains("OLE compound file (a .doc or .wps) but holds only 8 bytes; it is truncated", e.Reason);
    }

    [Fact]
    public void Undecodable_bytes_are_refused_not_turned_into_mojibake()
    {
        // 0xFF is a byte that neither UTF-8 nor GB18030 uses.
        var e = Assert.Throws<PolicyParseException>(() => Parser.Parse(new byte[] { 0xE5, 0xAE, 0xBF, 0xFF, 0x41 }, "odd.txt"));
        Assert.Contains("GB18030", e.Reason);
    }

    [Fact]
    public void Oversized_input_is_refused()
    {
        var small = new PolicyParser(new PolicyParserOptions { MaxInputBytes = 16 });
        var e = Assert.Throws<PolicyParseException>(() => small.Parse(new MemoryStream(Encoding.UTF8.GetBytes(Seed)), "big.txt"));
        Assert.Contains("limit", e.Reason);
    }

    [Fact]
    public void Missing_file_is_a_parse_exception()
    {
        var e = Assert.Throws<PolicyParseException>(() => Parser.ParseFile(Path.Combine(Path.GetTempPath(), "no-such-notice.txt")));
        Assert.Contains("not found", e.Reason);
    }

    [Fact]
    public void Source_info_has_format_name_and_hash()
    {
        var d = Parser.ParseFile(Corpus.PathOf("000-sucheng-2021-zhengwu-gongkai.txt"));
        Assert.Equal(("000-sucheng-2021-zhengwu-gongkai.txt", "txt", (int?)null), (d.Source.FileName, d.Source.Format, d.Source.PageCount));
        Assert.Matches("^[0-9a-f]{64}$", d.Source.Sha256);
    }
}
