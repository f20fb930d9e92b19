using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace PolicyParse.Search.Searching;

/// <summary>
/// One segment's facet ordinals copied out of its SortedSet doc values into plain arrays, once per
/// segment and kept while the segment lives. Reading the doc values for every hit went through
/// Lucene.Net's packed readers over the memory-mapped file at tens of nanoseconds a value — most of a
/// broad search's time; an array read costs a nanosecond. Segments never change, so the copy is
/// never stale; it is dropped with the segment (weak table keyed by the segment's core).
/// </summary>
internal sealed class SegmentFacetOrdinals
{
    private static readonly ConditionalWeakTable<object, SegmentFacetOrdinals?[]> Cache = new();

    // A document's ordinals are _ords[_starts[doc] .. _starts[doc + 1]); single-valued fields (every
    // document with at most one value) skip _starts and keep one ordinal per document, -1 for none.
    private readonly int[]? _starts;
    private readonly int[] _ords;

    private SegmentFacetOrdinals(SortedSetDocValues values, int maxDoc)
    {
        ValueCount = (int)values.ValueCount;
        var starts = new int[maxDoc + 1];
        var ords = new List<int>(maxDoc);
        bool single = true;
        for (int doc = 0; doc < maxDoc; doc++)
        {
            starts[doc] = ords.Count;
            values.SetDocument(doc);
            long ord;
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
                ords.Add((int)ord);
            if (ords.Count - starts[doc] > 1) single = false;
        }
        starts[maxDoc] = ords.Count;
        if (single)
        {
            _ords = new int[maxDoc];
            for (int doc = 0; doc < maxDoc; doc++)
                _ords[doc] = starts[doc + 1] > starts[doc] ? ords[starts[doc]] : -1;
        }
        else
        {
            _starts = starts;
            _ords = ords.ToArray();
        }
    }

    /// <summary>Number of distinct values in the segment (the size a count array needs).</summary>
    public int ValueCount { get; }

    /// <summary>Adds one to <paramref name="counts"/> for each of the document's values.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Count(int doc, int[] counts)
    {
        if (_starts is null)
        {
            int ord = _ords[doc];
            if (ord >= 0) counts[ord]++;
            return;
        }
        for (int i = _starts[doc], end = _starts[doc + 1]; i < end; i++)
            counts[_ords[i]]++;
    }

    /// <summary>The ordinals of each of <see cref="FacetCounter.Fields"/> in this segment, in that order (null where the segment lacks the field).</summary>
    public static SegmentFacetOrdinals?[] For(AtomicReader reader) =>
        Cache.GetValue(reader.CoreCacheKey, _ =>
        {
            var all = new SegmentFacetOrdinals?[FacetCounter.Fields.Length];
            for (int i = 0; i < all.Length; i++)
                if (reader.GetSortedSetDocValues(FacetCounter.Fields[i]) is { } values)
                    all[i] = new SegmentFacetOrdinals(values, reader.MaxDoc);
            return all;
        });
}
