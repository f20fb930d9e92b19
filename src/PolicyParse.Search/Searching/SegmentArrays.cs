using System;
using System.Collections.Generic;
using System.Linq;
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

    private SegmentFacets? _facets;
    private int[]? _signDates;
    private FixedBitSet? _tasks;

    /// <summary>The arrays of <paramref name="reader"/>'s segment.</summary>
    public static SegmentArrays For(AtomicReader reader) => Cache.GetValue(reader.CoreCacheKey, _ => new SegmentArrays());

    /// <summary>The ordinals of <see cref="FacetCounter.Fields"/>.</summary>
    public SegmentFacets Facets(AtomicReader reader) =>
        _facets ??= new SegmentFacets(reader, FacetCounter.Fields); // a race builds twice and keeps either, both equal

    /// <summary>Which documents are tasks (the rest are notices).</summary>
    public FixedBitSet Tasks(AtomicReader reader)
    {
        if (_tasks is { } built) return built;
        // Deleted documents too (no live-docs filter): the copy serves every reader of the segment, whatever its deletions.
        var tasks = new FixedBitSet(reader.MaxDoc);
        var kinds = reader.GetTerms(IndexFields.Kind)?.GetEnumerator();
        if (kinds is not null && kinds.SeekExact(new BytesRef("task")))
        {
            var postings = kinds.Docs(null, null, DocsFlags.NONE);
            for (int doc = postings.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.NextDoc())
                tasks.Set(doc);
        }
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

/// <summary>
/// A segment's facet ordinals, all fields of a document side by side: _entries[_starts[doc] ..
/// _starts[doc + 1]) holds, for each of its values, the value's slot in one count array for all
/// fields (the field's offset plus the value's ordinal). Collecting a hit is then one increment per
/// value with no per-field lookups — a notice carries every unit of its tasks, tens of values, so a
/// broad notice search makes millions of them.
/// </summary>
internal sealed class SegmentFacets
{
    private readonly int[] _starts;
    private readonly int[] _entries;
    private readonly int[] _offsets; // field → first slot; the last entry is the number of slots
    // Values by slot, looked up once each: a lookup reads the doc values' terms dictionary.
    private readonly string?[] _labels;

    public SegmentFacets(AtomicReader reader, string[] fields)
    {
        int maxDoc = reader.MaxDoc;
        var values = fields.Select(reader.GetSortedSetDocValues).ToArray();
        _offsets = new int[fields.Length + 1];
        for (int field = 0; field < fields.Length; field++)
            _offsets[field + 1] = checked(_offsets[field] + (values[field] is { } v ? (int)v.ValueCount : 0));
        _labels = new string?[Slots];
        _starts = new int[maxDoc + 1];
        var entries = new List<int>(maxDoc * 3);
        for (int doc = 0; doc < maxDoc; doc++)
        {
            _starts[doc] = entries.Count;
            for (int field = 0; field < values.Length; field++)
            {
                if (values[field] is not { } docValues) continue;
                docValues.SetDocument(doc);
                long ord;
                while ((ord = docValues.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
                    entries.Add(_offsets[field] + (int)ord);
            }
        }
        _starts[maxDoc] = entries.Count;
        _entries = entries.ToArray();
    }

    /// <summary>Size of the count array <see cref="Count"/> fills: all values of all fields.</summary>
    public int Slots => _offsets[_offsets.Length - 1];

    /// <summary>The slots of field <paramref name="field"/>'s values: [first, end).</summary>
    public (int First, int End) SlotsOf(int field) => (_offsets[field], _offsets[field + 1]);

    /// <summary>Adds one to <paramref name="counts"/> at the slot of each of the document's values.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Count(int doc, int[] counts)
    {
        for (int i = _starts[doc], end = _starts[doc + 1]; i < end; i++)
            counts[_entries[i]]++;
    }

    /// <summary>The value in <paramref name="slot"/> of field <paramref name="field"/>; <paramref name="values"/> gives the segment's doc values of that field, asked for only on a first lookup.</summary>
    public string Label(int field, int slot, Func<SortedSetDocValues> values)
    {
        if (_labels[slot] is { } known) return known;
        var scratch = new BytesRef();
        values().LookupOrd(slot - _offsets[field], scratch);
        return _labels[slot] = scratch.Utf8ToString();
    }
}
