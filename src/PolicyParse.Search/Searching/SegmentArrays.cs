using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using PolicyParse.Search.Indexing;

namespace PolicyParse.Search.Searching;

/// <summary>
/// Per-document values a search reads for every hit — facet ordinals, sign dates, kind — copied out of a
/// segment's doc values into plain arrays the first time a search needs them, and kept while the
/// segment lives. Lucene.Net reads doc values through packed readers over the file at tens of
/// nanoseconds a value, most of a broad search's time; an array read costs a nanosecond. Segments
/// never change, so the copy is never stale; it goes with the segment (weak table keyed by its core).
/// </summary>
internal sealed class SegmentArrays
{
    private static readonly ConditionalWeakTable<object, SegmentArrays> Cache = new();

    private SegmentFacetOrdinals?[]? _facets;
    private int[]? _signDates;
    private FixedBitSet? _tasks;

    /// <summary>The arrays of <paramref name="reader"/>'s segment.</summary>
    public static SegmentArrays For(AtomicReader reader) => Cache.GetValue(reader.CoreCacheKey, _ => new SegmentArrays());

    /// <summary>The ordinals of each of <see cref="FacetCounter.Fields"/>, in that order (null where the segment lacks the field).</summary>
    public SegmentFacetOrdinals?[] FacetOrdinals(AtomicReader reader)
    {
        // Built by whichever search comes first; a race builds twice and keeps either, both equal.
        if (_facets is { } built) return built;
        var all = new SegmentFacetOrdinals?[FacetCounter.Fields.Length];
        for (int i = 0; i < all.Length; i++)
            if (reader.GetSortedSetDocValues(FacetCounter.Fields[i]) is { } values)
                all[i] = new SegmentFacetOrdinals(values, reader.MaxDoc);
        return _facets = all;
    }

    /// <summary>Which documents are tasks (the rest are notices).</summary>
    public FixedBitSet Tasks(AtomicReader reader)
    {
        if (_tasks is { } built) return built;
        var tasks = new FixedBitSet(reader.MaxDoc);
        var postings = reader.GetTermDocsEnum(new Term(IndexFields.Kind, "task"));
        if (postings is not null)
            for (int doc = postings.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.NextDoc())
                tasks.Set(doc);
        return _tasks = tasks;
    }

    /// <summary>Each document's sign date as yyyyMMdd, 0 where it has none.</summary>
    public int[] SignDates(AtomicReader reader)
    {
        if (_signDates is { } built) return built;
        var dates = new int[reader.MaxDoc];
        if (reader.GetNumericDocValues(IndexFields.SignDate) is { } values)
            for (int doc = 0; doc < dates.Length; doc++)
                dates[doc] = (int)values.Get(doc);
        return _signDates = dates;
    }
}

/// <summary>One facet field's ordinals in a segment: see <see cref="SegmentArrays"/>.</summary>
internal sealed class SegmentFacetOrdinals
{
    // A document's ordinals are _ords[_starts[doc] .. _starts[doc + 1]); single-valued fields (every
    // document with at most one value) skip _starts and keep one ordinal per document, -1 for none.
    private readonly int[]? _starts;
    private readonly int[] _ords;

    public SegmentFacetOrdinals(SortedSetDocValues values, int maxDoc)
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

    // Values by ordinal, looked up once each: a lookup reads the terms dictionary of the doc values.
    private string?[]? _labels;

    /// <summary>The value of <paramref name="ord"/>; <paramref name="values"/> are the segment's doc values for this field, asked for only on the first lookup.</summary>
    public string Label(int ord, System.Func<SortedSetDocValues> values)
    {
        var labels = _labels ??= new string?[ValueCount];
        if (labels[ord] is { } known) return known;
        var scratch = new BytesRef();
        values().LookupOrd(ord, scratch);
        return labels[ord] = scratch.Utf8ToString();
    }

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
}
