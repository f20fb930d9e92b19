using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.ExceptionServices;
using System.Threading.Tasks;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace PolicyParse.Search.Searching;

/// <summary>
/// An <see cref="IndexSearcher"/> that runs one search over its segments in slices on several threads
/// at once, each slice with collectors of its own. Lucene.Net's executor-backed searcher does this only
/// for its top-documents methods, not for a collector such as <see cref="FacetCounter"/>. A broad
/// search is bound by reading postings and per-document arrays; two slices on two cores took 0.55 of
/// the time of one on a 100,000-notice archive.
/// </summary>
internal sealed class SlicedSearcher : IndexSearcher
{
    // Contiguous runs of segments in index order, of about equal documents each: merged hits then
    // keep the order of equal scores a one-thread search gives (lower document first).
    private readonly IList<AtomicReaderContext>[] _slices;

    public SlicedSearcher(IndexReader reader, int threads) : base(reader) => _slices = Slice(reader.Leaves, Math.Max(1, threads));

    /// <summary>Searches every slice with a collector of its own from <paramref name="newCollector"/>, in slice order.</summary>
    public IReadOnlyList<T> SearchSlices<T>(Query query, Func<T> newCollector) where T : ICollector
    {
        var weight = CreateNormalizedWeight(query);
        var collectors = _slices.Select(_ => newCollector()).ToArray();
        if (_slices.Length == 1)
        {
            Search(_slices[0], weight, collectors[0]);
            return collectors;
        }
        try
        {
            Parallel.For(0, _slices.Length, new ParallelOptions { MaxDegreeOfParallelism = _slices.Length },
                i => Search(_slices[i], weight, collectors[i]));
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
        }
        return collectors;
    }

    private static IList<AtomicReaderContext>[] Slice(IList<AtomicReaderContext> leaves, int threads)
    {
        long total = leaves.Sum(l => (long)l.AtomicReader.MaxDoc);
        var slices = new List<IList<AtomicReaderContext>>();
        var current = new List<AtomicReaderContext>();
        long done = 0;
        foreach (var leaf in leaves)
        {
            current.Add(leaf);
            done += leaf.AtomicReader.MaxDoc;
            if (done * threads >= total * (slices.Count + 1) && slices.Count < threads - 1)
            {
                slices.Add(current);
                current = new List<AtomicReaderContext>();
            }
        }
        if (current.Count > 0 || slices.Count == 0)
            slices.Add(current);
        return slices.ToArray();
    }

    /// <summary>Makes the searchers of a <see cref="SearcherManager"/>.</summary>
    internal sealed class Factory : SearcherFactory
    {
        private readonly int _threads;

        public Factory(int threads) => _threads = threads;

        public override IndexSearcher NewSearcher(IndexReader reader) => new SlicedSearcher(reader, _threads);
    }
}
