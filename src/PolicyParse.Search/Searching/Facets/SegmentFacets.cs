using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace PolicyParse.Search.Searching.Facets;

/// <summary>
/// A segment's facet values laid out for counting hits, built once per segment (see
/// <see cref="SegmentArrays"/>). Every value of every facet field has a slot in one count array (the
/// field's offset plus the value's ordinal). Documents with the same slots — the tasks of a notice
/// mostly share their notice's issuer, year and type and one or two units — share one pattern: a hit
/// adds one to its pattern's count, and each pattern hit is spread over its slots once, after the
/// segment. Counting every value of every hit read the document's slots from a large array, a cache
/// miss a hit where hits were sparse: most of a broad task search's time.
/// </summary>
internal sealed class SegmentFacets
{
    private readonly int[] _patternOfDoc;
    private readonly int[] _patternStarts; // by pattern: first entry of _patternSlots; one more at the end
    private readonly int[] _patternSlots;
    private readonly int[] _offsets; // field → first slot; the last entry is the number of slots
    // Values by slot, looked up once each: a lookup reads the doc values' terms dictionary.
    private readonly string?[] _labels;
    // Zeroed pattern count arrays for the next searches: a large segment has hundreds of thousands of
    // patterns at worst, too many to allocate and clear for every search. A few are kept, for searches
    // running at once; more are left to the collector.
    private readonly ConcurrentBag<int[]> _clean = new();
    private const int CleanKept = 4;

    /// <param name="reader">The segment.</param>
    /// <param name="fields">The facet fields (SortedSet doc values), in slot order.</param>
    public SegmentFacets(AtomicReader reader, string[] fields)
    {
        var values = fields.Select(reader.GetSortedSetDocValues).ToArray();
        _offsets = new int[fields.Length + 1];
        for (int field = 0; field < fields.Length; field++)
            _offsets[field + 1] = checked(_offsets[field] + (values[field] is { } v ? (int)v.ValueCount : 0));
        _labels = new string?[Slots];

        _patternOfDoc = new int[reader.MaxDoc];
        var starts = new List<int> { 0 };
        var patternSlots = new List<int>();
        var byHash = new Dictionary<ulong, List<int>>(); // patterns by a hash of their slots
        var slots = new List<int>();
        for (int doc = 0; doc < reader.MaxDoc; doc++)
        {
            slots.Clear();
            for (int field = 0; field < values.Length; field++)
            {
                if (values[field] is not { } docValues) continue;
                docValues.SetDocument(doc);
                long ord;
                while ((ord = docValues.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
                    slots.Add(_offsets[field] + (int)ord);
            }
            ulong hash = Hash(slots);
            if (!byHash.TryGetValue(hash, out var candidates))
                byHash[hash] = candidates = new List<int>(1);
            int pattern = -1;
            foreach (int candidate in candidates)
            {
                if (!SameSlots(patternSlots, starts[candidate], starts[candidate + 1], slots)) continue;
                pattern = candidate;
                break;
            }
            if (pattern < 0)
            {
                pattern = starts.Count - 1;
                candidates.Add(pattern);
                patternSlots.AddRange(slots);
                starts.Add(patternSlots.Count);
            }
            _patternOfDoc[doc] = pattern;
        }
        _patternStarts = starts.ToArray();
        _patternSlots = patternSlots.ToArray();
    }

    private static ulong Hash(List<int> slots)
    {
        ulong hash = 14695981039346656037UL; // FNV-1a over the slots
        foreach (int slot in slots)
            hash = (hash ^ (uint)slot) * 1099511628211UL;
        return hash;
    }

    private static bool SameSlots(List<int> all, int start, int end, List<int> slots)
    {
        if (end - start != slots.Count) return false;
        for (int i = 0; i < slots.Count; i++)
            if (all[start + i] != slots[i]) return false;
        return true;
    }

    /// <summary>Size of the count array a <see cref="Tally"/> fills: all values of all fields.</summary>
    public int Slots => _offsets[_offsets.Length - 1];

    /// <summary>Patterns of slots in the segment, for tests and measurements.</summary>
    public int Patterns => _patternStarts.Length - 1;

    /// <summary>The slots of field <paramref name="field"/>'s values: [first, end).</summary>
    public (int First, int End) SlotsOf(int field) => (_offsets[field], _offsets[field + 1]);

    /// <summary>Counts for one search over this segment; <see cref="Tally.Finish"/> gives them back.</summary>
    public Tally NewTally() => new(this, _clean.TryTake(out var counts) ? counts : new int[Patterns]);

    /// <summary>One search's hits by pattern, spread over slots when the segment is done.</summary>
    internal sealed class Tally
    {
        private readonly SegmentFacets _facets;
        private int[]? _hitsByPattern; // zero but for the touched patterns
        private readonly List<int> _touched = new();

        public Tally(SegmentFacets facets, int[] hitsByPattern) => (_facets, _hitsByPattern) = (facets, hitsByPattern);

        /// <summary>Counts one hit.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Count(int doc)
        {
            int pattern = _facets._patternOfDoc[doc];
            if (_hitsByPattern![pattern]++ == 0)
                _touched.Add(pattern);
        }

        /// <summary>The counts by slot (see <see cref="SlotsOf"/>); the tally cannot count after this.</summary>
        public int[] Finish()
        {
            var (f, hits) = (_facets, _hitsByPattern!);
            var bySlot = new int[f.Slots];
            foreach (int pattern in _touched)
            {
                int n = hits[pattern];
                for (int i = f._patternStarts[pattern], end = f._patternStarts[pattern + 1]; i < end; i++)
                    bySlot[f._patternSlots[i]] += n;
                hits[pattern] = 0;
            }
            if (f._clean.Count < CleanKept)
                f._clean.Add(hits); // zero again
            _hitsByPattern = null;
            return bySlot;
        }
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
