using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using PolicyParse.Search.Indexing;

namespace PolicyParse.Search.Searching.Facets;

/// <summary>
/// Per-document values a search reads for every hit — facet ordinals, dates, kind, duplicates — copied out of a
/// segment's doc values into plain arrays the first time a search needs them, and kept while the
/// segment lives. Lucene.Net reads doc values through packed readers over the file at tens of
/// nanoseconds a value, most of a broad search's time; an array read costs a nanosecond. Segments
/// never change, so the copy is never stale; it goes with the segment (weak table keyed by its core).
/// </summary>
internal sealed class SegmentArrays
{
    private static readonly ConditionalWeakTable<object, SegmentArrays> Cache = new();

    private SegmentFacets? _facets;
    private int[]? _signDates, _effective, _expires;
    private FixedBitSet? _tasks;
    private FixedBitSet? _duplicates;

    /// <summary>The arrays of <paramref name="reader"/>'s segment.</summary>
    public static SegmentArrays For(AtomicReader reader) => Cache.GetValue(reader.CoreCacheKey, _ => new SegmentArrays());

    /// <summary>The values of <see cref="FacetCounter.Fields"/>, by pattern (see <see cref="SegmentFacets"/>).</summary>
    public SegmentFacets Facets(AtomicReader reader) =>
        _facets ??= new SegmentFacets(reader, FacetCounter.Fields); // a race builds twice and keeps either, both equal

    /// <summary>Which documents are tasks (the rest are notices).</summary>
    public FixedBitSet Tasks(AtomicReader reader) => _tasks ??= WithTerm(reader, IndexFields.Kind, "task");

    /// <summary>Which documents belong to a file that another file of the same notice stands for (<see cref="IndexFields.Duplicate"/>).</summary>
    public FixedBitSet Duplicates(AtomicReader reader) => _duplicates ??= WithTerm(reader, IndexFields.Duplicate, "true");

    private static FixedBitSet WithTerm(AtomicReader reader, string field, string value)
    {
        // Deleted documents too (no live-docs filter): the copy serves every reader of the segment, whatever its deletions.
        var set = new FixedBitSet(reader.MaxDoc);
        var terms = reader.GetTerms(field)?.GetEnumerator();
        if (terms is not null && terms.SeekExact(new BytesRef(value)))
        {
            var postings = terms.Docs(null, null, DocsFlags.NONE);
            for (int doc = postings.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.NextDoc())
                set.Set(doc);
        }
        return set;
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

    /// <summary>Each document's 施行 date (<see cref="IndexFields.Effective"/>) as yyyyMMdd, 0 where it states none.</summary>
    public int[] Effective(AtomicReader reader) => _effective ??= Numbers(reader, IndexFields.Effective);

    /// <summary>Each document's last day in force (<see cref="IndexFields.Expires"/>) as yyyyMMdd, 0 where it states none.</summary>
    public int[] Expires(AtomicReader reader) => _expires ??= Numbers(reader, IndexFields.Expires);

    /// <summary>A numeric field's values, read from its full-precision terms (the field has no doc values): 0 where a document has none.</summary>
    private static int[] Numbers(AtomicReader reader, string field)
    {
        var values = new int[reader.MaxDoc];
        var terms = reader.GetTerms(field)?.GetEnumerator();
        if (terms is null)
            return values;
        DocsEnum? postings = null;
        while (terms.MoveNext() && NumericUtils.GetPrefixCodedInt32Shift(terms.Term) == 0) // full precision sorts first
        {
            int value = NumericUtils.PrefixCodedToInt32(terms.Term);
            postings = terms.Docs(null, postings, DocsFlags.NONE);
            for (int doc = postings.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.NextDoc())
                values[doc] = value;
        }
        return values;
    }
}
