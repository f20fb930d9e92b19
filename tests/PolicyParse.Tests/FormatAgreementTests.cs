using System.IO;
using PolicyParse.Json;
using PolicyParse.Model;
using PolicyParse.TestSupport;

namespace PolicyParse.Tests;

/// <summary>
/// The same notice in different formats gives the same document: every header field, the section tree
/// and the task list agree with the plain-text seed. Only the source, the warnings and the locations
/// (block numbers differ between formats) are left out of the comparison.
/// </summary>
public class FormatAgreementTests
{
    public static TheoryData<string, string> Pairs() => new()
    {
        { "docx/000-sucheng-2021-zhengwu-gongkai.docx", "000-sucheng-2021-zhengwu-gongkai.txt" },
        { "docx/000-sucheng-2021-autonumber.docx", "000-sucheng-2021-zhengwu-gongkai.txt" },
        { "docx/001-shinan-2021-zhengwu-gongkai-web.docx", "001-shinan-2021-zhengwu-gongkai-web.txt" },
        { "docx/002-linshu-2021-zhengwu-gongkai.docx", "002-linshu-2021-zhengwu-gongkai.txt" },
        { "docx/003-taierzhuang-2022-shishi-fangan.docx", "003-taierzhuang-2022-shishi-fangan.txt" },
        { "docx/004-suzhou-2019-zhengwu-gongkai-web.docx", "004-suzhou-2019-zhengwu-gongkai-web.txt" },
        { "pdf/000-sucheng-2021-zhengwu-gongkai.pdf", "000-sucheng-2021-zhengwu-gongkai.txt" },
        { "pdf/000-sucheng-2021-autonumber.pdf", "000-sucheng-2021-zhengwu-gongkai.txt" },
        { "pdf/001-shinan-2021-zhengwu-gongkai-web.pdf", "001-shinan-2021-zhengwu-gongkai-web.txt" },
        { "pdf/002-linshu-2021-zhengwu-gongkai.pdf", "002-linshu-2021-zhengwu-gongkai.txt" },
        { "pdf/003-taierzhuang-2022-shishi-fangan.pdf", "003-taierzhuang-2022-shishi-fangan.txt" },
        { "pdf/004-suzhou-2019-zhengwu-gongkai-web.pdf", "004-suzhou-2019-zhengwu-gongkai-web.txt" },
        { "html/000-sucheng-2021-zhengwu-gongkai.html", "000-sucheng-2021-zhengwu-gongkai.txt" },
        { "html/001-shinan-2021-zhengwu-gongkai-web.html", "001-shinan-2021-zhengwu-gongkai-web.txt" },
        { "html/002-linshu-2021-zhengwu-gongkai.html", "002-linshu-2021-zhengwu-gongkai.txt" },
        { "html/003-taierzhuang-2022-shishi-fangan.html", "003-taierzhuang-2022-shishi-fangan.txt" },
        { "html/003-taierzhuang-2022-shishi-fangan.gbk.html", "003-taierzhuang-2022-shishi-fangan.txt" },
        { "html/004-suzhou-2019-zhengwu-gongkai-web.html", "004-suzhou-2019-zhengwu-gongkai-web.txt" },
        { "md/000-sucheng-2021-zhengwu-gongkai.md", "000-sucheng-2021-zhengwu-gongkai.txt" },
        { "md/001-shinan-2021-zhengwu-gongkai-web.md", "001-shinan-2021-zhengwu-gongkai-web.txt" },
        { "md/002-linshu-2021-zhengwu-gongkai.md", "002-linshu-2021-zhengwu-gongkai.txt" },
        { "md/003-taierzhuang-2022-shishi-fangan.md", "003-taierzhuang-2022-shishi-fangan.txt" },
        { "md/004-suzhou-2019-zhengwu-gongkai-web.md", "004-suzhou-2019-zhengwu-gongkai-web.txt" },
        { "md/000-sucheng-2021-mineru.md", "000-sucheng-2021-zhengwu-gongkai.txt" },
        { "md/002-linshu-2021-docling.md", "002-linshu-2021-zhengwu-gongkai.txt" },
    };

    /// <summary>
    /// GovDoc-CN's cleaned text puts a line break after some sentences that run on in the typeset PDF
    /// ("…决策部署。各地区…"), so for this pair paragraph breaks inside a section's text are not compared.
    /// </summary>
    [Fact]
    public void GovDoc_pdf_and_its_cleaned_text_agree_but_for_paragraph_breaks()
    {
        var parser = new PolicyParser();
        var fromPdf = Comparable(Unwrapped(parser.ParseFile(Corpus.PathOf("pdf/govdoc-cn-397.pdf"))));
        var fromText = Comparable(Unwrapped(parser.ParseFile(Corpus.PathOf("govdoc-cn-397.txt"))));
        Assert.Equal(fromText, fromPdf);
    }

    private static PolicyDocument Unwrapped(PolicyDocument d)
    {
        SectionNode Unwrap(SectionNode n) => n with { Text = n.Text.Replace("\n", ""), Children = n.Children.Select(Unwrap).ToArray() };
        return d with { Preamble = d.Preamble?.Replace("\n", ""), Sections = d.Sections.Select(Unwrap).ToArray() };
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Same_notice_same_document(string file, string textSeed)
    {
        var parser = new PolicyParser();
        var fromFile = Comparable(parser.ParseFile(Corpus.PathOf(file)));
        var fromText = Comparable(parser.ParseFile(Corpus.PathOf(textSeed)));
        Assert.Equal(fromText, fromFile);
    }

    public static TheoryData<string> TextSeeds() => new()
    {
        "000-sucheng-2021-zhengwu-gongkai.txt",
        "001-shinan-2021-zhengwu-gongkai-web.txt",
        "002-linshu-2021-zhengwu-gongkai.txt",
        "003-taierzhuang-2022-shishi-fangan.txt",
        "004-suzhou-2019-zhengwu-gongkai-web.txt",
    };

    /// <summary>
    /// Each seed typeset as an OFD by the tests' writer (GB/T 9704 page, DeltaX runs, ruled task tables
    /// over page breaks, a page number under each page) and read back through glyph placement.
    /// </summary>
    [Theory]
    [MemberData(nameof(TextSeeds))]
    public void An_ofd_twin_of_a_seed_gives_the_same_document(string seed)
    {
        var parser = new PolicyParser();
        var text = File.ReadAllBytes(Corpus.PathOf(seed));
        var fromOfd = parser.Parse(OfdTestWriter.Write(parser.ReadLayout(text, seed)), Path.ChangeExtension(seed, ".ofd"));
        Assert.Equal(("ofd", true), (fromOfd.Source.Format, fromOfd.Source.PageCount > 1));
        Assert.Equal(Comparable(parser.Parse(text, seed)), Comparable(fromOfd));
    }

    internal static string Comparable(PolicyDocument d) => PolicyJson.Serialize(d with
    {
        Source = new SourceInfo("", "", null, ""),
        Warnings = Array.Empty<string>(),
        Sections = d.Sections.Select(WithoutLocation).ToArray(),
        Tasks = d.Tasks.Select(t => t with { Location = new SourceLocation(null, 0) }).ToArray(),
    });

    private static SectionNode WithoutLocation(SectionNode n) =>
        n with { Location = new SourceLocation(null, 0), Children = n.Children.Select(WithoutLocation).ToArray() };
}
