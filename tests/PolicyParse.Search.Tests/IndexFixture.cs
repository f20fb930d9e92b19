using System.IO;
using PolicyParse.Search.Indexing;

namespace PolicyParse.Search.Tests;

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

/// <summary>The six text notices of the corpus, indexed once for the search tests.</summary>
public sealed class CorpusIndex : IDisposable
{
    private readonly TempFolder _folder = new();

    public CorpusIndex()
    {
        Index = PolicyIndex.Open(_folder.File("index"));
        Report = new BulkIndexer(Index).Run(Texts());
    }

    /// <summary>The corpus's text notices (not its licence file).</summary>
    public static List<string> Texts() =>
        System.IO.Directory.GetFiles(ChineseAnalyzerTests.CorpusDirectory(), "*.txt").Where(f => !System.IO.Path.GetFileName(f).StartsWith("LICENSE")).ToList();

    public PolicyIndex Index { get; }

    public BulkIndexReport Report { get; }

    public void Dispose()
    {
        Index.Dispose();
        _folder.Dispose();
    }
}
