using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace PolicyParse.Search.Searching;

/// <summary>
/// A segment's facet ordinals, all fields of a document side by side: the document's run of _entries
/// holds, for each of its values, the value's slot in one count array for all fields (the field's
/// offset plus the value's ordinal), so collecting a hit is one increment per value. Notices and
/// tasks are laid out apart, each in document order and found by the document's rank among its kind
/// (counted from the task bits, which fit in cache): a notice search then reads one run of memory.
/// Looked up by document number, a notice's place sat between its tasks', a cache miss per hit — on a
/// 100,000-notice index most of a broad notice search.
/// </summary>
internal sealed class SegmentFacets
{
    private readonly long[] _taskWords;
    private readonly int[] _tasksBeforeWord; // tasks in the words before each word of _taskWords
    private readonly int[] _noticeStarts; // by rank among notices: first entry; one more at the end
    private readonly int[] _taskStarts; // by rank among tasks
    private readonly int[] _entries; // the notices' entries, then the tasks'
    private readonly int[] _offsets; // field → first slot; the last entry is the number of slots
    // Values by slot, looked up once each: a lookup reads the doc values' terms dictionary.
    private readonly string?[] _labels;

    public SegmentFacets(AtomicReader reader, string[] fields, FixedBitSet tasks)
    {
        int maxDoc = reader.MaxDoc;
        _taskWords = tasks.GetBits();
        _tasksBeforeWord = new int[_taskWords.Length + 1];
        for (int w = 0; w < _taskWords.Length; w++)
            _tasksBeforeWord[w + 1] = _tasksBeforeWord[w] + PopCount(_taskWords[w]);
        var values = fields.Select(reader.GetSortedSetDocValues).ToArray();
        _offsets = new int[fields.Length + 1];
        for (int field = 0; field < fields.Length; field++)
            _offsets[field + 1] = checked(_offsets[field] + (values[field] is { } v ? (int)v.ValueCount : 0));
        _labels = new string?[Slots];
        int taskCount = tasks.Cardinality;
        _noticeStarts = new int[maxDoc - taskCount + 1];
        _taskStarts = new int[taskCount + 1];
        var entries = new List<int>(maxDoc * 3);
        foreach (var (ofTasks, starts) in new[] { (false, _noticeStarts), (true, _taskStarts) })
        {
            int rank = 0;
            for (int doc = 0; doc < maxDoc; doc++)
            {
                if (tasks.Get(doc) != ofTasks) continue;
                starts[rank++] = entries.Count;
                for (int field = 0; field < values.Length; field++)
                {
                    if (values[field] is not { } docValues) continue;
                    docValues.SetDocument(doc);
                    long ord;
                    while ((ord = docValues.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
                        entries.Add(_offsets[field] + (int)ord);
                }
            }
            starts[rank] = entries.Count;
        }
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
        int word = doc >> 6;
        int tasksBefore = _tasksBeforeWord[word] + PopCount(_taskWords[word] & ((1L << (doc & 63)) - 1));
        bool isTask = (_taskWords[word] & (1L << (doc & 63))) != 0;
        var starts = isTask ? _taskStarts : _noticeStarts;
        int rank = isTask ? tasksBefore : doc - tasksBefore;
        for (int i = starts[rank], end = starts[rank + 1]; i < end; i++)
            counts[_entries[i]]++;
    }

    private static int PopCount(long word) =>
#if NET6_0_OR_GREATER
        System.Numerics.BitOperations.PopCount((ulong)word);
#else
        PortablePopCount((ulong)word);

    private static int PortablePopCount(ulong v)
    {
        v -= (v >> 1) & 0x5555555555555555UL;
        v = (v & 0x3333333333333333UL) + ((v >> 2) & 0x3333333333333333UL);
        v = (v + (v >> 4)) & 0x0F0F0F0F0F0F0F0FUL;
        return (int)((v * 0x0101010101010101UL) >> 56);
    }
#endif

    /// <summary>The value in <paramref name="slot"/> of field <paramref name="field"/>; <paramref name="values"/> gives the segment's doc values of that field, asked for only on a first lookup.</summary>
    public string Label(int field, int slot, Func<SortedSetDocValues> values)
    {
        if (_labels[slot] is { } known) return known;
        var scratch = new BytesRef();
        values().LookupOrd(slot - _offsets[field], scratch);
        return _labels[slot] = scratch.Utf8ToString();
    }
}
