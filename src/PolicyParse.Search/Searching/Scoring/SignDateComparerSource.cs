using System;
using Lucene.Net.Index;
using Lucene.Net.Search;
using PolicyParse.Search.Searching.Facets;
using Int32Value = J2N.Numerics.Int32;

namespace PolicyParse.Search.Searching.Scoring;

/// <summary>
/// Sorts hits by sign date from <see cref="SegmentArrays"/>: Lucene's own numeric sort read the doc
/// values of every hit through the packed reader, a sixth of a date-sorted search. Undated documents
/// compare as 0 (last when newest come first).
/// </summary>
internal sealed class SignDateComparerSource : FieldComparerSource
{
    public override FieldComparer NewComparer(string fieldname, int numHits, int sortPos, bool reversed) => new Comparer(numHits);

    private sealed class Comparer : FieldComparer<Int32Value>
    {
        private readonly int[] _slots;
        private int[] _dates = Array.Empty<int>();
        private int _bottom, _top;

        public Comparer(int hits) => _slots = new int[hits];

        public override int Compare(int slot1, int slot2) => _slots[slot1].CompareTo(_slots[slot2]);

        public override void SetBottom(int slot) => _bottom = _slots[slot];

        public override void SetTopValue(Int32Value value) => _top = value.ToInt32();

        public override int CompareBottom(int doc) => _bottom.CompareTo(_dates[doc]);

        public override int CompareTop(int doc) => _top.CompareTo(_dates[doc]);

        public override void Copy(int slot, int doc) => _slots[slot] = _dates[doc];

        public override FieldComparer SetNextReader(AtomicReaderContext context)
        {
            _dates = SegmentArrays.For(context.AtomicReader).SignDates(context.AtomicReader);
            return this;
        }

        public override Int32Value this[int slot] => Int32Value.GetInstance(_slots[slot]);
    }
}
