using System.IO;
using PolicyParse.Model;

namespace PolicyParse.Tests.Reading.Pdf;

/// <summary>
/// The GovDoc-CN sample's human labels (one character per line, "字 B_标签|I_标签") checked against what
/// the PDF reader and the parser make of the typeset PDF.
/// </summary>
public class GovDocLabelTests
{
    private static readonly PolicyDocument Parsed = new PolicyParser().ParseFile(Corpus.PathOf("pdf/govdoc-cn-397.pdf"));

    /// <summary>Labelled spans in order: (label, text).</summary>
    private static readonly List<(string Label, string Text)> Spans = ReadSpans(System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", "govdoc-cn-397.bio.tsv"));

    private static List<(string, string)> ReadSpans(string path)
    {
        var spans = new List<(string Label, string Text)>();
        foreach (var line in File.ReadLines(path))
        {
            var parts = line.Split(' ');
            if (parts.Length != 2) continue;
            var (tag, label) = (parts[1].Substring(0, 1), parts[1].Substring(2));
            if (tag == "B" || spans.Count == 0 || spans[^1].Label != label)
                spans.Add((label, parts[0]));
            else
                spans[^1] = (label, spans[^1].Text + parts[0]);
        }
        return spans;
    }

    private static IEnumerable<string> All(string label) => Spans.Where(s => s.Label == label).Select(s => s.Text);

    [Fact]
    public void Header_fields_match_the_labels()
    {
        Assert.Equal(All("发文字号").Single(), Parsed.DocNumber!.Text);
        Assert.Equal(All("正文标题").Single(), Parsed.Title);
        Assert.Equal(All("发文机关"), Parsed.Issuers);
        Assert.Equal(new DateTime(2019, 8, 20), Parsed.SignDate);
        Assert.Equal("2019年8月20日", All("成文日期").Single());
        // Addressees: the same characters, the separators and the closing colon aside.
        static string Bare(string s) => new(s.Where(c => !"，、,：:".Contains(c)).ToArray());
        Assert.Equal(Bare(All("主送机关").Single()), Bare(string.Concat(Parsed.Addressees)));
    }

    [Fact]
    public void Banner_names_both_organs()
    {
        var banner = All("发文机关标志").Single().Replace("文件", " ").Split('曌', '錓', ' ').Where(p => p.Length > 0);
        Assert.Equal(new[] { "发展改革委办公厅", "税务总局办公厅" }, banner);
        Assert.Equal(new[] { "国家发展改革委办公厅", "税务总局办公厅" }, Parsed.Issuers);
    }

    [Fact]
    public void Headings_match_the_labels()
    {
        var level1 = All("一级标题").ToList();
        Assert.Equal(5, level1.Count);
        Assert.Equal(level1, Parsed.Sections.Select(s => s.Marker + s.Heading));
        var level2 = All("二级标题").ToList();
        var parsedLevel2 = Parsed.Sections.SelectMany(s => s.Children).ToList();
        Assert.Equal(level2.Count, parsedLevel2.Count);
        Assert.All(level2.Zip(parsedLevel2), pair => Assert.StartsWith(pair.Second.Marker + pair.Second.Heading, pair.First));
    }
}
