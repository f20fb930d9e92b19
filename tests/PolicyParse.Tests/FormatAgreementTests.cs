using PolicyParse.Json;
using PolicyParse.Model;

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
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Same_notice_same_document(string file, string textSeed)
    {
        var parser = new PolicyParser();
        var fromFile = Comparable(parser.ParseFile(Corpus.PathOf(file)));
        var fromText = Comparable(parser.ParseFile(Corpus.PathOf(textSeed)));
        Assert.Equal(fromText, fromFile);
    }

    private static string Comparable(PolicyDocument d) => PolicyJson.Serialize(d with
    {
        Source = new SourceInfo("", "", null, ""),
        Warnings = Array.Empty<string>(),
        Sections = d.Sections.Select(WithoutLocation).ToArray(),
        Tasks = d.Tasks.Select(t => t with { Location = new SourceLocation(null, 0) }).ToArray(),
    });

    private static SectionNode WithoutLocation(SectionNode n) =>
        n with { Location = new SourceLocation(null, 0), Children = n.Children.Select(WithoutLocation).ToArray() };
}
