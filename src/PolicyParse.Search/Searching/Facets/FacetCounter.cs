using System.Collections.Generic;
using System.Linq;
using Lucene.Net.Index;
using Lucene.Net.Search;
using PolicyParse.Search.Indexing;

namespace PolicyParse.Search.Searching.Facets;

/// <summary>
/// Counts the values of the facet fields (issuer, year, docType, unit) over every matching document,
/// from SortedSet doc values (Lucene.Net's Facet package is not obtainable here): by pattern of values
/// while the query runs, by value once a segment is done (see <see cref="SegmentFacets"/>), and by name
/// once per segment.
/// </summary>
internal sealed class FacetCounter : ICollector
{
    public static readonly string[] Names = { "issuer", "year", "docType", "unit" };

    /// <summary>The doc-values fields behind <see cref="Names"/>, in the same order.</summary>
    public static readonly string[] Fields = Names.Select(n => IndexFields.FacetPrefix + n).ToArray();

    private readonly Dictionary<string, int>[] _counts = Names.Select(_ => new Dictionary<string, int>()).ToArray();
    private SegmentFacets? _facets;
    private SegmentFacets.Tally? _tally;
    private AtomicReader? _reader;

    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Counts
    {
        get
        {
            FlushSegment();
            var result = new Dictionary<string, IReadOnlyDictionary<string, int>>();
            for (int i = 0; i < Names.Length; i++)
                result[Names[i]] = _counts[i];
            return result;
        }
    }

    /// <summary>The counts of several counters (one per segment of the index) added up.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Sum(IEnumerable<FacetCounter> counters)
    {
        var sum = new FacetCounter();
        foreach (var counter in counters)
        {
            counter.FlushSegment();
            for (int i = 0; i < Names.Length; i++)
                foreach (var value in counter._counts[i])
                    sum.Add(i, value.Key, value.Value);
        }
        return sum.Counts;
    }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) { }

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        _reader = context.AtomicReader;
        _facets = SegmentArrays.For(_reader).Facets(_reader);
        _tally = _facets.NewTally();
    }

    public void Collect(int doc) => _tally!.Count(doc);

    /// <summary>Adds the current segment's counts to the totals by name: one ordinal lookup per value present, not per document.</summary>
    private void FlushSegment()
    {
        if (_reader is null || _facets is null || _tally is null) return;
        var (reader, counts) = (_reader, _tally.Finish());
        for (int i = 0; i < Names.Length; i++)
        {
            var (first, end) = _facets.SlotsOf(i);
            var field = Fields[i];
            SortedSetDocValues? values = null;
            for (int slot = first; slot < end; slot++)
            {
                if (counts[slot] == 0) continue;
                var key = _facets.Label(i, slot, () => values ??= reader.GetSortedSetDocValues(field));
                Add(i, key, counts[slot]);
            }
        }
        _reader = null;
    }

    private void Add(int field, string value, int count) =>
        _counts[field][value] = _counts[field].TryGetValue(value, out int n) ? n + count : count;
}
