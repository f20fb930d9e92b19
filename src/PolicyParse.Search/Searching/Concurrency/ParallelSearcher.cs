using System;
using System.Collections.Generic;
using System.Linq;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace PolicyParse.Search.Searching.Concurrency;

/// <summary>
/// An <see cref="IndexSearcher"/> that runs one search over its segments on several threads at once,
/// with collectors of its own for each segment. Lucene.Net's executor-backed searcher does this only
/// for its top-documents methods, not for a collector such as <see cref="Facets.FacetCounter"/>. A broad
/// search is bound by reading postings and per-document arrays: on two cores it took half the time
/// of one on a 100,000-notice archive.
/// </summary>
internal sealed class ParallelSearcher : IndexSearcher
{
    private readonly SearchWorkers? _workers;
    private readonly AtomicReaderContext[] _largestFirst; // a thread free takes the next: the big ones do not come last

    /// <param name="reader">The index.</param>
    /// <param name="workers">Threads that help the caller's; null to search on the caller's thread alone.</param>
    public ParallelSearcher(IndexReader reader, SearchWorkers? workers) : base(reader)
    {
        _workers = workers;
        _largestFirst = reader.Leaves.OrderByDescending(l => l.AtomicReader.MaxDoc).ToArray();
    }

    /// <summary>
    /// Searches every segment with a collector of its own from <paramref name="newCollector"/>; the
    /// collectors come back in segment order, so merged hits keep the order one thread gives to equal
    /// scores (the lower document first).
    /// </summary>
    public IReadOnlyList<T> SearchSegments<T>(Query query, Func<T> newCollector) where T : ICollector
    {
        var weight = CreateNormalizedWeight(query);
        var collectors = IndexReader.Leaves.Select(_ => newCollector()).ToArray();
        ForEach(_largestFirst.Length, i => Search(new[] { _largestFirst[i] }, weight, collectors[_largestFirst[i].Ord]));
        return collectors;
    }

    /// <summary>
    /// Runs <paramref name="body"/> for 0 … <paramref name="count"/> − 1 on the searcher's threads, each
    /// thread taking the next number when it is free; the first exception is rethrown as it was.
    /// </summary>
    public void ForEach(int count, Action<int> body)
    {
        if (_workers is null || count <= 1)
        {
            for (int i = 0; i < count; i++)
                body(i);
            return;
        }
        _workers.Run(count, body);
    }
}
