using System.IO;
using System.IO.Compression;
using System.Text;

namespace PolicyParse.Tests.Reading.Docx;

/// <summary>Word files built to exhaust the stack or memory are refused with a reason, or read within bounds.</summary>
public class HostileDocxTests
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>A corpus DOCX with its document.xml (and numbering.xml, when given) replaced.</summary>
    private static byte[] WithParts(string documentBody, string? numbering = null)
    {
        var source = File.ReadAllBytes(Corpus.PathOf("docx/000-sucheng-2021-autonumber.docx"));
        using var output = new MemoryStream();
        using (var input = new ZipArchive(new MemoryStream(source), ZipArchiveMode.Read))
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                string? replaced = entry.FullName switch
                {
                    "word/document.xml" => $"<w:document xmlns:w=\"{W}\"><w:body>{documentBody}</w:body></w:document>",
                    "word/numbering.xml" when numbering is not null => $"<w:numbering xmlns:w=\"{W}\">{numbering}</w:numbering>",
                    _ => null,
                };
                using var target = zip.CreateEntry(entry.FullName).Open();
                if (replaced is null)
                    entry.Open().CopyTo(target);
                else
                    target.Write(Encoding.UTF8.GetBytes(replaced));
            }
        }
        return output.ToArray();
    }

    private static string Repeat(string s, int n) => new StringBuilder(s.Length * n).Insert(0, s, n).ToString();

    private static string P(string text) => $"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>";

    [Theory]
    [InlineData("<w:p>", "</w:p>")]
    [InlineData("<w:tbl><w:tr><w:tc>", "</w:tc></w:tr></w:tbl>")]
    public void Nesting_a_hundred_thousand_deep_is_refused_with_the_limit(string open, string close)
    {
        var bytes = WithParts(Repeat(open, 100_000) + P("正文") + Repeat(close, 100_000));
        var (exit, reason) = PolicyParse.Tests.Hostile.ChildProcessParse.Run(bytes, "deep.docx");
        Assert.Equal(1, exit);
        Assert.Contains("over the limit of 500 (PolicyParserOptions.MaxNestingDepth)", reason);
    }

    [Fact]
    public void A_cell_spanning_more_columns_than_word_allows_is_refused()
    {
        var bytes = WithParts(P("关于测试的通知") + "<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"2147483647\"/></w:tcPr>" + P("格") + "</w:tc></w:tr></w:tbl>");
        var e = Assert.Throws<PolicyParseException>(() => new PolicyParser().Parse(bytes, "span.docx"));
        Assert.Contains("2147483647", e.Reason);
    }

    [Fact]
    public void List_levels_and_starts_out_of_range_are_read_within_bounds()
    {
        var label = Repeat("%1", 2_000);
        var numbering = "<w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"2147483647\"/><w:numFmt w:val=\"lowerLetter\"/>"
                        + $"<w:lvlText w:val=\"{label}\"/></w:lvl></w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"1\"/></w:num>";
        string Numbered(int level) => $"<w:p><w:pPr><w:numPr><w:ilvl w:val=\"{level}\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>条目</w:t></w:r></w:p>";
        var bytes = WithParts(P("关于测试的通知") + Numbered(0) + Numbered(9) + Numbered(-1), numbering);
        var layout = new PolicyParser().ReadLayout(bytes, "list.docx");
        var texts = layout.Blocks.OfType<PolicyParse.Layout.ParagraphBlock>().Select(b => b.Text).ToList();
        Assert.True(texts[1].Length <= 64 + 1 + "条目".Length, $"label of {texts[1].Length} characters");
        Assert.Equal(new[] { "条目", "条目" }, texts.Skip(2));
    }

    [Fact]
    public void A_damaged_relationship_part_is_named_as_such()
    {
        var source = File.ReadAllBytes(Corpus.PathOf("docx/000-sucheng-2021-zhengwu-gongkai.docx"));
        using var output = new MemoryStream();
        using (var input = new ZipArchive(new MemoryStream(source), ZipArchiveMode.Read))
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var entry in input.Entries)
            {
                using var target = zip.CreateEntry(entry.FullName).Open();
                if (entry.FullName == "_rels/.rels")
                    target.Write(Encoding.UTF8.GetBytes("<Relationships><Relationship Type="));
                else
                    entry.Open().CopyTo(target);
            }
        var e = Assert.Throws<PolicyParseException>(() => new PolicyParser().Parse(output.ToArray(), "rels.docx"));
        Assert.Contains("relationship part is damaged", e.Reason);
    }

    [Fact]
    public void A_part_stored_with_an_unknown_compression_method_is_named_as_such()
    {
        var bytes = File.ReadAllBytes(Corpus.PathOf("docx/000-sucheng-2021-zhengwu-gongkai.docx"));
        var name = Encoding.ASCII.GetBytes("word/document.xml");
        for (int i = 0; i + 46 < bytes.Length; i++)
        {
            bool local = bytes[i] == 0x50 && bytes[i + 1] == 0x4B && bytes[i + 2] == 3 && bytes[i + 3] == 4;
            bool central = bytes[i] == 0x50 && bytes[i + 1] == 0x4B && bytes[i + 2] == 1 && bytes[i + 3] == 2;
            int nameAt = local ? i + 30 : i + 46;
            if ((local || central) && bytes.AsSpan(nameAt).StartsWith(name))
                bytes[local ? i + 8 : i + 10] = 99; // compression method 99: not one ZIP readers know
        }
        var e = Assert.Throws<PolicyParseException>(() => new PolicyParser().Parse(bytes, "method.docx"));
        Assert.DoesNotContain("internal parser error", e.Reason);
        Assert.Equal("method.docx", e.FileName);
    }
}
