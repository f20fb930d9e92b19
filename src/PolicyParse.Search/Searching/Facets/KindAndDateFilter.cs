using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace PolicyParse.Search.Searching.Facets;

/// <summary>
/// The kind (notices or tasks) and a range of sign dates (yyyyMMdd, inclusive), checked against
/// <see cref="SegmentArrays"/> for just the documents the query matches (the query runs with this as
/// its accepted documents). As query clauses they cost far more: kind:task is nearly every document,
/// and leap-frogging a word's postings against it, or building a bit set of a year's documents on
/// every search, took most of a filtered search's time.
/// </summary>
internal sealed class KindAndDateFilter : Filter
{
    private readonly SearchKind _kind;
    private readonly int _from, _to;

    public KindAndDateFilter(SearchKind kind, int from, int to) => (_kind, _from, _to) = (kind, from, to);

    public override DocIdSet GetDocIdSet(AtomicReaderContext context, IBits acceptDocs)
    {
        var arrays = SegmentArrays.For(context.AtomicReader);
        bool anyDate = _from == int.MinValue && _to == int.MaxValue;
        return new Matching(this, arrays.Tasks(context.AtomicReader), anyDate ? null : arrays.SignDates(context.AtomicReader), acceptDocs);
    }

    private sealed class Matching : FieldCacheDocIdSet
    {
        private readonly KindAndDateFilter _filter;
        private readonly FixedBitSet _tasks;
        private readonly int[]? _dates; // null when no date is asked: reading a notice's date is a cache miss

        public Matching(KindAndDateFilter filter, FixedBitSet tasks, int[]? dates, IBits acceptDocs) : base(tasks.Length, acceptDocs) =>
            (_filter, _tasks, _dates) = (filter, tasks, dates);

        protected override bool MatchDoc(int doc) =>
            _filter._kind switch
            {
                SearchKind.Tasks => _tasks.Get(doc),
                SearchKind.Notices => !_tasks.Get(doc),
                _ => true,
            }
            && (_dates is null || (_dates[doc] >= _filter._from && _dates[doc] <= _filter._to));
    }
}
