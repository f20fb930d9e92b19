using System.IO;
using System.Text.RegularExpressions;

namespace PolicyParse.Tests.Architecture;

/// <summary>
/// The dependency arrows of docs/architecture.md, checked in the sources: every namespace a file uses
/// (by a using directive or a qualified name) must be one its own namespace may point to. A file that
/// imports against an arrow fails this test with its path and the import.
/// </summary>
public class DependencyTests
{
    /// <summary>Namespace (prefix) → namespaces (prefixes) its files must not use.</summary>
    private static readonly (string From, string[] Never)[] Rules =
    {
        ("PolicyParse.Layout", ["PolicyParse.Reading", "PolicyParse.Parsing", "PolicyParse.Model", "PolicyParse.Json", "PolicyParse.Markdown", "PolicyParse.Evaluation"]),
        ("PolicyParse.Model", ["PolicyParse.Reading", "PolicyParse.Parsing", "PolicyParse.Layout", "PolicyParse.Json", "PolicyParse.Markdown", "PolicyParse.Evaluation"]),
        ("PolicyParse.Normalizing", ["PolicyParse.Reading", "PolicyParse.Parsing", "PolicyParse.Model"]),
        ("PolicyParse.Reading", ["PolicyParse.Parsing", "PolicyParse.Model", "PolicyParse.Json", "PolicyParse.Markdown", "PolicyParse.Evaluation"]),
        ("PolicyParse.Parsing", ["PolicyParse.Reading", "PolicyParse.Json", "PolicyParse.Markdown", "PolicyParse.Evaluation"]),
        ("PolicyParse.Json", ["PolicyParse.Reading", "PolicyParse.Parsing"]),
        ("PolicyParse.Markdown", ["PolicyParse.Reading", "PolicyParse.Parsing"]),
        ("PolicyParse.Search.Analysis", ["PolicyParse.Search.Indexing", "PolicyParse.Search.Searching", "PolicyParse.Search.Export"]),
        ("PolicyParse.Search.Indexing", ["PolicyParse.Search.Searching", "PolicyParse.Search.Export"]),
        ("PolicyParse.Search.Searching.Scoring", ["PolicyParse.Search.Searching.Concurrency"]),
        ("PolicyParse.Search.Searching.Facets", ["PolicyParse.Search.Searching.Scoring", "PolicyParse.Search.Searching.Concurrency"]),
        ("PolicyParse.Search.Searching", ["PolicyParse.Search.Export"]),
        ("PolicyParse.Search.Export", ["PolicyParse.Search.Searching"]),
        ("PolicyParse.Search", ["PolicyParse.Cli"]),
    };

    /// <summary>The library is one project on its own: nothing of the search library or the tool.</summary>
    private static readonly string[] LibraryNever = ["PolicyParse.Search", "PolicyParse.Cli"];

    private static readonly Regex Namespace = new(@"^namespace\s+([\w.]+)\s*;", RegexOptions.Multiline);
    private static readonly Regex Using = new(@"^using\s+(?:static\s+)?(?:\w+\s*=\s*)?(PolicyParse(?:\.\w+)*)", RegexOptions.Multiline);
    private static readonly Regex Qualified = new(@"(?<![\w.])(PolicyParse(?:\.\w+)+)");
    private static readonly Regex Comment = new(@"//.*$", RegexOptions.Multiline);

    public static IEnumerable<object[]> SourceFiles() =>
        Directory.EnumerateFiles(Path.Combine(Path.GetDirectoryName(Corpus.Directory)!, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .Select(f => new object[] { Path.GetRelativePath(Path.GetDirectoryName(Corpus.Directory)!, f) });

    [Theory]
    [MemberData(nameof(SourceFiles))]
    public void Imports_follow_the_arrows(string file)
    {
        var text = File.ReadAllText(Path.Combine(Path.GetDirectoryName(Corpus.Directory)!, file));
        var own = Namespace.Match(text) is { Success: true } m ? m.Groups[1].Value : "";
        var code = Comment.Replace(text, "");
        var used = Using.Matches(code).Select(u => u.Groups[1].Value)
            .Concat(Qualified.Matches(code).Select(q => q.Groups[1].Value))
            .Distinct();
        var never = Rules.Where(r => IsIn(own, r.From)).SelectMany(r => r.Never)
            .Concat(file.Replace('\\', '/').StartsWith("src/PolicyParse/", StringComparison.Ordinal) ? LibraryNever : []).ToList();
        var against = used.Where(u => never.Any(n => IsIn(u, n))).ToList();
        Assert.True(against.Count == 0, $"{file} ({own}) uses {string.Join(", ", against)} against the arrows of docs/architecture.md");
    }

    [Fact]
    public void Every_rule_names_a_namespace_that_exists()
    {
        var namespaces = SourceFiles().Select(f => File.ReadAllText(Path.Combine(Path.GetDirectoryName(Corpus.Directory)!, (string)f[0])))
            .Select(t => Namespace.Match(t).Groups[1].Value).ToHashSet();
        foreach (var (from, never) in Rules)
            foreach (var name in never.Append(from))
                Assert.Contains(namespaces, n => IsIn(n, name));
    }

    private static bool IsIn(string name, string prefix) => name == prefix || name.StartsWith(prefix + ".", StringComparison.Ordinal);
}
