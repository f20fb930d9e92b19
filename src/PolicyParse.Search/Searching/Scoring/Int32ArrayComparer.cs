using System;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Int32Value = J2N.Numerics.Int32;

namespace PolicyParse.Search.Searching.Scoring;

/// <summary>
/// Compares hits by one whole number per document that a segment provides as a plain array (sign dates,
/// citation counts): an array read per hit, not Lucene's doc-values readers.
/// </summary>
internal sealed class Int32ArrayComparer : FieldComparer<Int32Value>
{
    private readonly Func<AtomicReader, int[]> _valuesOf;
    private readonly int[] _slots;
    private int[] _values = Array.Empty<int>();
    private int _bottom, _top;

    /// <param name="valuesOf">A segment's values, by document.</param>
    /// <param name="hits">The queue's size.</param>
    public Int32ArrayComparer(Func<AtomicReader, int[]> valuesOf, int hits) => (_valuesOf, _slots) = (valuesOf, new int[hits]);

    public override int Compare(int slot1, int slot2) => _slots[slot1].CompareTo(_slots[slot2]);

    public override void SetBottom(int slot) => _bottom = _slots[slot];

    public override void SetTopValue(Int32Value value) => _top = value.ToInt32();

    public override int CompareBottom(int doc) => _bottom.CompareTo(_values[doc]);

    public override int CompareTop(int doc) => _top.CompareTo(_values[doc]);

    public override void Copy(int slot, int doc) => _slots[slot] = _values[doc];

    public override FieldComparer SetNextReader(AtomicReaderContext context)
    {
        _values = _valuesOf(context.AtomicReader);
        return this;
    }

    public override Int32Value this[int slot] => Int32Value.GetInstance(_slots[slot]);
}
