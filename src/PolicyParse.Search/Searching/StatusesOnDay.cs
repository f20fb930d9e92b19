using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using PolicyParse.Model;
using PolicyParse.Search.Indexing;
using PolicyParse.Search.Searching.Facets;

namespace PolicyParse.Search.Searching;

/// <summary>
/// Every notice's 时效性 on one day, as <see cref="NoticeValidity.StatusOn(int, int, int, int)"/> gives it from the notice's own
/// dates (read from <see cref="SegmentArrays"/>), and repealed when a notice in force by that day names it
/// in its repeals (by 文号 or title). Worked out per search, so it is always the index as it is: what
/// depends on the day — which repeals are in force, and so which notices they repeal — is a set of keys
/// and a bit set per segment, the rest array reads. Kept with the top-level reader for the last few days
/// asked (a reader is a fixed point in time; a commit brings a new one).
/// </summary>
internal sealed class StatusesOnDay
{
    private const int DaysKept = 4;

    private static readonly ConditionalWeakTable<IndexReader, ConcurrentDictionary<int, StatusesOnDay>> OfReader = new();

    private readonly int _day;
    private readonly Dictionary<object, FixedBitSet> _repealed = new(); // by segment core

    /// <summary>The statuses on <paramref name="day"/> of the notices in <paramref name="reader"/>.</summary>
    public static StatusesOnDay Of(IndexReader reader, DateTime day)
    {
        var days = OfReader.GetValue(reader, _ => new ConcurrentDictionary<int, StatusesOnDay>());
        if (days.Count >= DaysKept)
            days.Clear(); // a few days are asked again and again (today); others come and go
        return days.GetOrAdd(DocumentMapper.DateNumber(day), _ => new StatusesOnDay(reader, day));
    }

    private StatusesOnDay(IndexReader reader, DateTime day)
    {
        _day = DocumentMapper.DateNumber(day);
        var keys = RepealedKeys(reader);
        foreach (var leaf in reader.Leaves)
            _repealed[leaf.AtomicReader.CoreCacheKey] = Marked(leaf.AtomicReader, keys);
    }

    /// <summary>A status as the API and the facet name it: inForce, notYetInForce, expired, repealed, unknown.</summary>
    public static string Name(ValidityStatus status) => char.ToLowerInvariant(status.ToString()[0]) + status.ToString().Substring(1);

    /// <summary>The notices with <paramref name="status"/> on the day (tasks have none).</summary>
    public Filter Only(ValidityStatus status) => new StatusFilter(this, status);

    /// <summary>The statuses of one segment's documents.</summary>
    public Segment For(AtomicReader reader) => new(this, reader);

    /// <summary>One segment's documents' statuses.</summary>
    public readonly struct Segment
    {
        private readonly int _day;
        private readonly int[] _effective, _expires, _signed;
        private readonly FixedBitSet _repealed;

        public Segment(StatusesOnDay statuses, AtomicReader reader)
        {
            var arrays = SegmentArrays.For(reader);
            (_day, _effective, _expires, _signed) = (statuses._day, arrays.Effective(reader), arrays.Expires(reader), arrays.SignDates(reader));
            _repealed = statuses._repealed.TryGetValue(reader.CoreCacheKey, out var marked) ? marked : new FixedBitSet(reader.MaxDoc);
        }

        /// <summary>The status of notice <paramref name="doc"/>: repealed, or else what its own dates say (<see cref="NoticeValidity.StatusOn(int, int, int, int)"/>).</summary>
        public ValidityStatus Of(int doc) =>
            _repealed.Get(doc) ? ValidityStatus.Repealed : NoticeValidity.StatusOn(_day, _effective[doc], _expires[doc], _signed[doc]);
    }

    /// <summary>The keys that notices in force by the day repeal (a repealing notice with no date counts as in force).</summary>
    private HashSet<string> RepealedKeys(IndexReader reader)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var leaf in reader.Leaves)
        {
            var segment = leaf.AtomicReader;
            var terms = segment.GetTerms(IndexFields.Repeals)?.GetEnumerator();
            if (terms is null) continue;
            var arrays = SegmentArrays.For(segment);
            int[] effective = arrays.Effective(segment), signed = arrays.SignDates(segment);
            DocsEnum? postings = null;
            while (terms.MoveNext())
            {
                var key = terms.Term.Utf8ToString();
                if (keys.Contains(key)) continue;
                postings = terms.Docs(segment.LiveDocs, postings, DocsFlags.NONE);
                for (int doc = postings.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.NextDoc())
                {
                    int start = effective[doc] != 0 ? effective[doc] : signed[doc];
                    if (start == 0 || start <= _day)
                    {
                        keys.Add(key);
                        break;
                    }
                }
            }
        }
        return keys;
    }

    /// <summary>The documents of a segment that one of <paramref name="keys"/> names: by its 文号, or by a title key.</summary>
    private static FixedBitSet Marked(AtomicReader reader, HashSet<string> keys)
    {
        var marked = new FixedBitSet(reader.MaxDoc);
        if (keys.Count == 0)
            return marked;
        var numbers = reader.GetTerms(IndexFields.DocNumber)?.GetEnumerator();
        var titles = reader.GetTerms(IndexFields.TitleKey)?.GetEnumerator();
        DocsEnum? postings = null;
        foreach (var key in keys)
        {
            bool byNumber = key.StartsWith("number|", StringComparison.Ordinal);
            var terms = byNumber ? numbers : titles;
            if (terms is null || !terms.SeekExact(new BytesRef(byNumber ? key.Substring("number|".Length) : key)))
                continue;
            postings = terms.Docs(null, postings, DocsFlags.NONE);
            for (int doc = postings.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.NextDoc())
                marked.Set(doc);
        }
        return marked;
    }

    private sealed class StatusFilter : Filter
    {
        private readonly StatusesOnDay _statuses;
        private readonly ValidityStatus _status;

        public StatusFilter(StatusesOnDay statuses, ValidityStatus status) => (_statuses, _status) = (statuses, status);

        public override DocIdSet GetDocIdSet(AtomicReaderContext context, IBits acceptDocs) =>
            new Matching(_statuses.For(context.AtomicReader), SegmentArrays.For(context.AtomicReader).Tasks(context.AtomicReader), _status, acceptDocs);

        private sealed class Matching : FieldCacheDocIdSet
        {
            private readonly Segment _segment;
            private readonly FixedBitSet _tasks;
            private readonly ValidityStatus _status;

            public Matching(Segment segment, FixedBitSet tasks, ValidityStatus status, IBits acceptDocs) : base(tasks.Length, acceptDocs) =>
                (_segment, _tasks, _status) = (segment, tasks, status);

            protected override bool MatchDoc(int doc) => !_tasks.Get(doc) && _segment.Of(doc) == _status;
        }
    }
}
