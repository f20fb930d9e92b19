using System.IO;
using System.Runtime.CompilerServices;

namespace PolicyParse.Tests;

/// <summary>Locates the repository's corpus/ folder from the test source.</summary>
internal static class Corpus
{
    public static string Directory { get; } = Locate();

    public static string PathOf(string fileName) => Path.Combine(Directory, fileName);

    /// <summary>The notices with goldens: every corpus file except goldens, licences and notes.</summary>
    public static IEnumerable<string> NoticeFiles() =>
        System.IO.Directory.EnumerateFiles(Directory)
            .Where(f => !f.EndsWith(".expected.json") && !Path.GetFileName(f).StartsWith("LICENSE") && !f.EndsWith(".md"))
            .OrderBy(f => f, StringComparer.Ordinal);

    private static string Locate([CallerFilePath] string source = "")
    {
        var dir = Path.GetDirectoryName(source);
        while (dir is not null && !System.IO.Directory.Exists(Path.Combine(dir, "corpus")))
            dir = Path.GetDirectoryName(dir);
        return dir is null ? throw new DirectoryNotFoundException("corpus/ not found above " + source) : Path.Combine(dir, "corpus");
    }
}
