using System.IO;

namespace PolicyParse.Tests;

/// <summary>Locates the repository's corpus/ folder.</summary>
internal static class Corpus
{
    public static string Directory { get; } = Locate();

    public static string PathOf(string fileName) => Path.Combine(Directory, fileName);

    /// <summary>
    /// The notices with goldens, as paths relative to corpus/ ("docx/000-….docx"): every corpus file,
    /// in every format folder, except goldens, licences and notes, and except the labeled development
    /// corpus (dev/), which the accuracy report scores instead.
    /// </summary>
    public static IEnumerable<string> NoticeFiles() =>
        System.IO.Directory.EnumerateFiles(Directory, "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".expected.json") && !Path.GetFileName(f).StartsWith("LICENSE"))
            .Select(f => f.Substring(Directory.Length + 1).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(f => !f.StartsWith("dev/", StringComparison.Ordinal))
            .OrderBy(f => f, StringComparer.Ordinal);

    /// <summary>Walks up from the test binaries (source paths are mapped away in CI builds).</summary>
    private static string Locate()
    {
        var dir = AppContext.BaseDirectory;
        while (dir is not null && !System.IO.Directory.Exists(Path.Combine(dir, "corpus")))
            dir = Path.GetDirectoryName(dir.TrimEnd(Path.DirectorySeparatorChar));
        return dir is null ? throw new DirectoryNotFoundException("corpus/ not found above " + AppContext.BaseDirectory) : Path.Combine(dir, "corpus");
    }
}
