using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace PolicyParse.TestSupport;

/// <summary>A temporary folder, deleted afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => System.IO.Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "policyparse-" + Guid.NewGuid().ToString("N"));

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try { System.IO.Directory.Delete(Path, recursive: true); } catch (IOException) { }
    }
}

/// <summary>The repository's corpus/ folder, found by walking up from the test binaries.</summary>
internal static class TestCorpus
{
    public static string Directory { get; } = Locate();

    /// <summary>The corpus's text notices (not its licence file).</summary>
    public static List<string> Texts() =>
        System.IO.Directory.GetFiles(Directory, "*.txt").Where(f => !Path.GetFileName(f).StartsWith("LICENSE", StringComparison.Ordinal)).ToList();

    private static string Locate()
    {
        var dir = AppContext.BaseDirectory;
        while (dir is not null && !System.IO.Directory.Exists(Path.Combine(dir, "corpus")))
            dir = Path.GetDirectoryName(dir.TrimEnd(Path.DirectorySeparatorChar));
        return Path.Combine(dir ?? throw new DirectoryNotFoundException("corpus/"), "corpus");
    }
}
