using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace PolicyParse.Search.Searching;

/// <summary>
/// Documents signed within a range of dates (yyyyMMdd, inclusive),
/// checked against <see cref="SegmentArrays.SignDates"/> for just the documents the query matches.
/// A numeric range query instead built a bit set of every document of the year in every segment on
/// every search, a large part of a year-filtered search.
/// </summary>
internal sealed class SignDateFilter : Filter
{
    private readonly int _from, _to;

    public SignDateFilter(int from, int to) => (_from, _to) = (from, to);

    public override DocIdSet GetDocIdSet(AtomicReaderContext context, IBits acceptDocs) =>
        new InRange(SegmentArrays.For(context.AtomicReader).SignDates(context.AtomicReader), _from, _to, acceptDocs);

    private sealed class InRange : FieldCacheDocIdSet
    {
        private readonly int[] _dates;
        private readonly int _from, _to;

        public InRange(int[] dates, int from, int to, IBits acceptDocs) : base(dates.Length, acceptDocs) => (_dates, _from, _to) = (dates, from, to);

        protected override bool MatchDoc(int doc) => _dates[doc] >= _from && _dates[doc] <= _to;
    }
}
