using System.IO;
using PolicyParse.Search.Indexing;

namespace PolicyParse.Search.Tests;

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
    public static List<string> Texts() => TestCorpus.Texts();

    public PolicyIndex Index { get; }

    public BulkIndexReport Report { get; }

    public void Dispose()
    {
        Index.Dispose();
        _folder.Dispose();
    }
}
