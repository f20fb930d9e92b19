using System.IO;
using System.Security.Cryptography;
using PolicyParse.Layout;

namespace PolicyParse.Tests;

/// <summary>The entry points a caller has beside parsing a file: its own layout, and a hash computed once.</summary>
public class PublicApiTests
{
    [Fact]
    public void A_layout_built_by_the_caller_from_another_format_parses_like_the_same_text()
    {
        var lines = new[] { "某某市人民政府办公室关于做好测试工作的通知", "各区人民政府：", "一、总体要求", "做好测试。", "二、保障措施", "加强领导。", "某某市人民政府办公室", "2023年3月1日" };
        var blocks = lines.Select((text, i) => (LayoutBlock)new ParagraphBlock(text, StyleHints.None, new BlockProvenance(i))).ToList();
        var parser = new PolicyParser();

        var fromLayout = parser.Parse(new DocumentLayout("notice.rtf", SourceFormat.Text, null, "", blocks));
        var fromText = parser.ParseText(string.Join("\n", lines), "notice.txt");

        Assert.Equal(fromText.Title, fromLayout.Title);
        Assert.Equal(fromText.SignDate, fromLayout.SignDate);
        Assert.Equal(fromText.Sections.Select(s => s.Heading), fromLayout.Sections.Select(s => s.Heading));
        Assert.Equal(["某某市人民政府办公室"], fromLayout.Issuers);
    }

    [Fact]
    public void A_source_files_hash_is_the_one_the_parse_records()
    {
        var bytes = File.ReadAllBytes(Corpus.PathOf("md/000-sucheng-2021-zhengwu-gongkai.md"));
        var source = new SourceFile(bytes, "000.md");
        var expected = Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant();
        Assert.Equal(expected, source.Sha256);
        Assert.Equal(expected, new PolicyParser().Parse(source).Source.Sha256);
    }
}
