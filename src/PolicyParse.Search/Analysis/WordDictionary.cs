using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
#if NET
using System.Runtime.Intrinsics.X86;
#endif

namespace PolicyParse.Search.Analysis;

/// <summary>
/// A word list as a double-array trie: the child of state s on character c is t = Base[s] + Code[c], and it
/// exists when Check[t] == s. Characters are numbered by how much the words use them (weighted by their
/// frequencies), so a state's common children lie a few positions from its base. Following a text one
/// character further reads the 16-byte state it leads to — its check, its children's base, the log
/// probability of its prefix as a word, bits of its children — and a walk ends, at every position of a
/// text, on a character the current state's bits already rule out in most cases. Immutable after
/// construction, shared across threads.
/// </summary>
internal sealed class WordDictionary
{
    private const int Root = 0;
    private const int Free = -1; // the check of a position no state holds

    /// <summary>
    /// A state: its children's base, its parent (the check), its prefix's log probability as a word (NaN:
    /// no word), and a bit for each child's code modulo 32. A walk ends on a character no child has, at
    /// every position of a text; the bits answer most of those from the state already read, without
    /// touching the position the character would lead to.
    /// </summary>
    private struct State
    {
        public int Base;
        public int Check;
        public float LogProbability;
        public uint Children;
    }

    private readonly State[] _states;
    // By character: its number (1 = most used), 0 for a character no word has.
    private readonly ushort[] _code = new ushort[char.MaxValue + 1];

    /// <param name="words">Words, in any order; a word listed twice keeps its highest frequency.</param>
    /// <param name="frequencies">Their frequencies, index for index.</param>
    /// <param name="logTotal">ln of the frequency total the probabilities are relative to (the main dictionary's, for a user dictionary).</param>
    public WordDictionary(List<string> words, List<double> frequencies, double logTotal)
        : this(words.ConvertAll(w => w.AsMemory()), frequencies, logTotal)
    {
    }

    /// <param name="words">Words as slices of a larger text (the dictionary file read whole), in any order; fastest in ordinal order.</param>
    /// <param name="frequencies">Their frequencies, index for index.</param>
    /// <param name="logTotal">ln of the frequency total the probabilities are relative to.</param>
    public WordDictionary(List<ReadOnlyMemory<char>> words, List<double> frequencies, double logTotal)
    {
        var (sorted, sortedFrequencies) = SortedDistinct(words, frequencies);
        NumberCharacters(sorted, sortedFrequencies);
        _states = Builder.Build(_code, sorted, sortedFrequencies, logTotal);
    }

    /// <summary>The words with a frequency above 0 in ordinal order, each once with its highest frequency.</summary>
    private static (List<ReadOnlyMemory<char>> Words, List<double> Frequencies) SortedDistinct(List<ReadOnlyMemory<char>> words, List<double> frequencies)
    {
        // The bundled list comes sorted with the lexicon's few words after it: the sorted run is kept, the
        // rest sorted alone and merged in (sorting all 350,000 words took a third of a second).
        var order = new List<int>(words.Count);
        int sortedRun = -1; // where the first word out of order was added, or -1
        for (int i = 0; i < words.Count; i++)
        {
            if (words[i].Length == 0 || words[i].Length > ChineseTokenizer.MaxRun || frequencies[i] <= 0)
                continue; // a word longer than the longest run the tokenizer segments is never matched
            if (sortedRun < 0 && order.Count > 0 && Compare(words, order[^1], i) > 0)
                sortedRun = order.Count;
            order.Add(i);
        }
        if (sortedRun >= 0)
        {
            var rest = order.GetRange(sortedRun, order.Count - sortedRun);
            rest.Sort((a, b) => Compare(words, a, b));
            var merged = new List<int>(order.Count);
            int x = 0, y = 0;
            while (x < sortedRun || y < rest.Count)
                merged.Add(y == rest.Count || (x < sortedRun && Compare(words, order[x], rest[y]) <= 0) ? order[x++] : rest[y++]);
            order = merged;
        }
        var sorted = new List<ReadOnlyMemory<char>>(order.Count);
        var sortedFrequencies = new List<double>(order.Count);
        foreach (int i in order)
        {
            if (sorted.Count > 0 && sorted[^1].Span.SequenceEqual(words[i].Span))
            {
                sortedFrequencies[^1] = Math.Max(sortedFrequencies[^1], frequencies[i]);
                continue;
            }
            sorted.Add(words[i]);
            sortedFrequencies.Add(frequencies[i]);
        }
        return (sorted, sortedFrequencies);
    }

    /// <summary>Ordinal order of two words, then their order in the list.</summary>
    private static int Compare(List<ReadOnlyMemory<char>> words, int a, int b) =>
        words[a].Span.SequenceCompareTo(words[b].Span) is var byText && byText != 0 ? byText : a.CompareTo(b);

    /// <summary>Numbers the characters by their use in the words, each use weighted by the word's frequency: the most used is 1.</summary>
    private void NumberCharacters(List<ReadOnlyMemory<char>> words, List<double> frequencies)
    {
        var weight = new double[char.MaxValue + 1];
        for (int i = 0; i < words.Count; i++)
            foreach (char c in words[i].Span)
                weight[c] += frequencies[i];
        var used = new List<char>();
        for (int c = 0; c <= char.MaxValue; c++)
            if (weight[c] > 0)
                used.Add((char)c);
        used.Sort((a, b) => weight[b].CompareTo(weight[a]) is var byWeight && byWeight != 0 ? byWeight : a.CompareTo(b));
        for (int i = 0; i < used.Count; i++)
            _code[used[i]] = (ushort)(i + 1);
    }

    /// <summary>
    /// Lays the states of sorted words out in the double array. Its free positions are kept as a doubly
    /// linked list in order (a next of the array's length ends it), so that the search for a base visits
    /// free positions only; all of it is garbage once the states are built.
    /// </summary>
    private sealed class Builder
    {
        private readonly ushort[] _code;
        private State[] _states;
        private int[] _nextFree;
        private int[] _previousFree;
        private int _firstFree;
        private int _lastFree;
        // Where searches for several children start (see FreeBase).
        private int _manyFrom;
        // The last position a child of any placed base can have.
        private int _used;

        /// <summary>
        /// The states of <paramref name="words"/> (in ordinal order, each once) with characters numbered by
        /// <paramref name="code"/>, each word's log probability ln <paramref name="frequencies"/>[i] − <paramref name="logTotal"/>.
        /// </summary>
        public static State[] Build(ushort[] code, List<ReadOnlyMemory<char>> words, List<double> frequencies, double logTotal)
        {
            int characters = 0;
            foreach (var word in words)
                characters += word.Length;
            var builder = new Builder(code, Math.Max(1024, characters + char.MaxValue + 2));
            if (words.Count > 0)
                builder.PlaceAll(words, frequencies, logTotal);
            return builder.Trimmed();
        }

        private Builder(ushort[] code, int length)
        {
            _code = code;
            _states = new State[length];
            MarkFree(0);
            _nextFree = new int[length];
            _previousFree = new int[length];
            LinkFree(0, -1);
            Take(Root, Root); // no child lands on it (every code is at least 1)
        }

        /// <summary>The states up to the last position a child can have: none lies beyond the last base + the largest code.</summary>
        private State[] Trimmed()
        {
            Array.Resize(ref _states, Math.Min(_states.Length, _used + 1));
            return _states;
        }

        /// <summary>
        /// Places every state: the root's words are all of words (sorted); each state's children, one for
        /// each character that follows its prefix, go at the lowest base where they all fit, depth first.
        /// </summary>
        private void PlaceAll(List<ReadOnlyMemory<char>> words, List<double> frequencies, double logTotal)
        {
            // (state, its words words[begin..end), which share their first depth characters)
            var pending = new Stack<(int State, int Begin, int End, int Depth)>();
            pending.Push((Root, 0, words.Count, 0));
            var children = new List<(int Code, int Begin, int End)>();
            while (pending.Count > 0)
            {
                var (state, begin, end, depth) = pending.Pop();
                if (words[begin].Length == depth)
                {
                    _states[state].LogProbability = (float)(Math.Log(frequencies[begin]) - logTotal); // sorted: the prefix itself comes first
                    begin++;
                }
                if (begin == end)
                    continue;
                children.Clear();
                for (int i = begin; i < end;)
                {
                    char c = words[i].Span[depth];
                    int j = i + 1;
                    while (j < end && words[j].Span[depth] == c) j++;
                    children.Add((_code[c], i, j));
                    i = j;
                }
                int stateBase = FreeBase(children);
                _states[state].Base = stateBase;
                foreach (var child in children)
                {
                    _states[state].Children |= ChildBit(child.Code);
                    Take(stateBase + child.Code, state);
                    pending.Push((stateBase + child.Code, child.Begin, child.End, depth + 1));
                }
            }
        }

        /// <summary>
        /// A base at which every child's position is free, trying free positions in order: a single child
        /// takes the first free position, which fills the holes others leave; several children start where the
        /// last hard search for several ended, since where most positions are taken a set rarely fits (the
        /// holes behind are left to single children). The array grows as needed.
        /// </summary>
        private int FreeBase(List<(int Code, int Begin, int End)> children)
        {
            int lowest = int.MaxValue;
            foreach (var child in children)
                lowest = Math.Min(lowest, child.Code);
            int start = _firstFree;
            if (children.Count > 1)
            {
                while (_manyFrom < _states.Length && _states[_manyFrom].Check != Free) _manyFrom++;
                start = Math.Max(start, _manyFrom);
            }
            int visited = 0;
            for (int position = start; ; position = _nextFree[position])
            {
                while (position + char.MaxValue + 1 >= _states.Length)
                    Grow(); // the position may have been the end of the list: it is now the first of the new part
                if (position < lowest)
                    continue;
                visited++;
                int candidate = position - lowest;
                bool fits = true;
                foreach (var child in children)
                    if (_states[candidate + child.Code].Check != Free)
                    {
                        fits = false;
                        break;
                    }
                if (!fits)
                    continue;
                if (children.Count > 1 && visited > HardSearch)
                    _manyFrom = position;
                _used = Math.Max(_used, candidate + char.MaxValue + 1);
                return candidate;
            }
        }

        // Free positions a search for several children may try before later ones start beyond it.
        private const int HardSearch = 2048;

        /// <summary>Makes <paramref name="position"/> a child of <paramref name="parent"/>, taking it off the free list.</summary>
        private void Take(int position, int parent)
        {
            _states[position].Check = parent;
            int previous = _previousFree[position], next = _nextFree[position];
            if (previous < 0) _firstFree = next;
            else _nextFree[previous] = next;
            if (next < _nextFree.Length) _previousFree[next] = previous;
            else _lastFree = previous;
        }

        /// <summary>Doubles the array; the new positions are free, linked after the last free one.</summary>
        private void Grow()
        {
            int length = _states.Length;
            Array.Resize(ref _states, length * 2);
            MarkFree(length);
            Array.Resize(ref _nextFree, length * 2);
            Array.Resize(ref _previousFree, length * 2);
            LinkFree(length, _lastFree);
        }

        /// <summary>Links the positions from <paramref name="first"/> to the end of the array as free, after <paramref name="before"/> (−1: none).</summary>
        private void LinkFree(int first, int before)
        {
            int end = _nextFree.Length;
            for (int i = first; i < end; i++)
            {
                _nextFree[i] = i + 1; // the last one's next is the array's length: the list's end
                _previousFree[i] = i == first ? before : i - 1;
            }
            if (before < 0) _firstFree = first;
            else _nextFree[before] = first;
            _lastFree = end - 1;
        }

        /// <summary>Marks the positions from <paramref name="first"/> on as no state's.</summary>
        private void MarkFree(int first)
        {
            for (int i = first; i < _states.Length; i++)
                _states[i] = new State { Check = Free, LogProbability = float.NaN };
        }
    }

    private static uint ChildBit(int code) => 1u << (code & 31);

    private const int NoState = -1;

    /// <summary>The state <paramref name="state"/> leads to on <paramref name="c"/>, or <see cref="NoState"/>: mostly told from the state's child bits alone.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Step(int state, char c)
    {
        int next = Candidate(state, c);
        return (uint)next < (uint)_states.Length && _states[next].Check == state ? next : NoState;
    }

    /// <summary>Where the child of <paramref name="state"/> on <paramref name="c"/> would be, or <see cref="NoState"/> where the child bits rule it out.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Candidate(int state, char c)
    {
        int code = _code[c];
        ref var current = ref _states[state];
        return code == 0 || (current.Children & ChildBit(code)) == 0 ? NoState : current.Base + code;
    }

    /// <summary>
    /// Asks the processor to load, ahead of the walk from <paramref name="position"/>, the state its second
    /// character leads to. The first step stays among the root's children, which are few and used all the
    /// time; the second lands anywhere in the 20 MB of states, and a walk spends most of its time waiting
    /// for it. Prefetched a few positions ahead, that load overlaps the walks in between.
    /// </summary>
    public void Prefetch(char[] text, int position, int limit)
    {
#if NET
        if (Sse.IsSupported && position + 1 < limit && Step(Root, text[position]) is var first and not NoState
            && Candidate(first, text[position + 1]) is var second && (uint)second < (uint)_states.Length)
        {
            unsafe
            {
                Sse.Prefetch0(Unsafe.AsPointer(ref _states[second]));
            }
        }
#endif
    }

    /// <summary>Adds (end, log probability) for every word text[start..end) with end ≤ <paramref name="limit"/>, shortest first.</summary>
    public void Matches(char[] text, int start, int limit, List<(int End, float LogProbability)> found)
    {
        int state = Root;
        for (int end = start; end < limit; end++)
        {
            state = Step(state, text[end]);
            if (state == NoState)
                return;
            float logProbability = _states[state].LogProbability;
            if (!float.IsNaN(logProbability))
                found.Add((end + 1, logProbability));
        }
    }

    public bool TryGetLogProbability(string word, out float logProbability)
    {
        logProbability = 0;
        if (word.Length == 0)
            return false;
        int state = Root;
        foreach (char c in word)
            if ((state = Step(state, c)) == NoState)
                return false;
        logProbability = _states[state].LogProbability;
        return !float.IsNaN(logProbability);
    }
}
