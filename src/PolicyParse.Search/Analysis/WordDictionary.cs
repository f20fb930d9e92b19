using System;
using System.Collections.Generic;

namespace PolicyParse.Search.Analysis;

/// <summary>
/// A word list as a trie whose nodes live in a flat hash table keyed by (parent, next character): a node is
/// the slot its key landed in, so following a text one character further is one probe that compares the
/// whole key in place, and the walk stops at the first prefix no word has. The first character indexes an
/// array directly, and a filter of a few bits per edge answers most look-ups of an edge that does not
/// exist without touching the table: every walk ends on one (half of them at the second character), and
/// the filter stays in cache far more of the time than the table. Immutable after construction, shared
/// across threads.
/// </summary>
internal sealed class WordDictionary
{
    private const int None = -1;

    // Open addressing, at most half full: a node's key is its parent's slot + 1 (0 for a first character)
    // and its last character, with the top bit set so that no key is 0 (an empty slot). Eight keys share a
    // cache line, so a probe run rarely leaves the first line it touches (8 MB for the bundled words).
    private readonly ulong[] _keys;
    private readonly int _mask;
    // By slot: the log probability of the node's prefix as a word, NaN when it is no word.
    private readonly float[] _logProbability;
    private readonly int[] _firstNode = new int[char.MaxValue + 1]; // slot + 1 by first character; 0: none
    // Blocked Bloom filter over the edges: two bits of one 64-bit word per (parent, character), about 16
    // bits per edge (1 MB for the bundled words), so that one or two absent edges in a hundred get past it.
    private readonly ulong[] _edgeFilter;
    private readonly int _filterMask;

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
        int nodes = NodeBound(words);
        _keys = new ulong[PowerOfTwoAtLeast(2 * nodes)];
        _mask = _keys.Length - 1;
        _logProbability = new float[_keys.Length];
        _edgeFilter = new ulong[PowerOfTwoAtLeast(nodes / 4)]; // 64 bits per word: 16 filter bits per node
        _filterMask = _edgeFilter.Length - 1;

        // While the words come in ordinal order (the bundled dictionary does), a word shares its path with
        // the word before up to their common prefix and every node after it is new: no edge look-ups.
        var path = new List<int>();
        var previous = ReadOnlySpan<char>.Empty;
        bool sorted = true;
        for (int i = 0; i < words.Count; i++)
        {
            var word = words[i].Span;
            if (word.Length == 0 || frequencies[i] <= 0)
                continue;
            sorted = sorted && previous.SequenceCompareTo(word) <= 0;
            int node = sorted ? AppendSorted(word, previous, path) : Insert(word);
            previous = word;
            var logProbability = (float)(Math.Log(frequencies[i]) - logTotal);
            if (float.IsNaN(_logProbability[node]) || logProbability > _logProbability[node])
                _logProbability[node] = logProbability;
        }
    }

    /// <summary>
    /// How many nodes the words need at most: the characters of each word after the prefix it shares with
    /// the word before, which is exact for words in ordinal order (half the characters of the bundled
    /// dictionary) and never less than needed in any order.
    /// </summary>
    private static int NodeBound(List<ReadOnlyMemory<char>> words)
    {
        int nodes = 0;
        bool sorted = true;
        var previous = ReadOnlySpan<char>.Empty;
        foreach (var memory in words)
        {
            var word = memory.Span;
            int common = 0;
            if (sorted)
            {
                sorted = previous.SequenceCompareTo(word) <= 0;
                if (sorted)
                    common = CommonPrefix(word, previous);
            }
            nodes += word.Length - common;
            previous = word;
        }
        return nodes;
    }

    private static int CommonPrefix(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        int common = 0;
        while (common < a.Length && common < b.Length && a[common] == b[common])
            common++;
        return common;
    }

    /// <summary>The node of <paramref name="word"/>, not before <paramref name="previous"/>, whose nodes <paramref name="path"/> holds (and then holds the word's).</summary>
    private int AppendSorted(ReadOnlySpan<char> word, ReadOnlySpan<char> previous, List<int> path)
    {
        int common = CommonPrefix(word, previous);
        path.RemoveRange(common, path.Count - common);
        for (int k = common; k < word.Length; k++)
            path.Add(k == 0 ? AddFirst(word[0]) : AddChild(path[k - 1], word[k]));
        return path[word.Length - 1];
    }

    /// <summary>The node of <paramref name="word"/>, created with its prefixes where they are missing.</summary>
    private int Insert(ReadOnlySpan<char> word)
    {
        int node = _firstNode[word[0]] - 1;
        if (node == None)
            node = AddFirst(word[0]);
        for (int k = 1; k < word.Length; k++)
        {
            int child = Child(node, word[k]);
            node = child != None ? child : AddChild(node, word[k]);
        }
        return node;
    }

    private static int PowerOfTwoAtLeast(int count)
    {
        int size = 1;
        while (size < count) size <<= 1;
        return size;
    }

    /// <summary>A new node for words beginning with <paramref name="c"/>.</summary>
    private int AddFirst(char c)
    {
        int node = AddChild(None, c);
        _firstNode[c] = node + 1;
        return node;
    }

    /// <summary>A new node: the first empty slot from where the key hashes to, with no word yet.</summary>
    private int AddChild(int parent, char c)
    {
        uint hash = EdgeHash(parent, c);
        _edgeFilter[FilterWord(hash)] |= FilterBits(hash);
        int slot = Slot(hash);
        while (_keys[slot] != 0) slot = (slot + 1) & _mask;
        _keys[slot] = Key(parent, c);
        _logProbability[slot] = float.NaN;
        return slot;
    }

    private static ulong Key(int parent, char c) => 1UL << 63 | (ulong)(uint)(parent + 1) << 16 | c;

    private static uint EdgeHash(int parent, char c) => ((uint)parent * 0x9E3779B1u ^ c * 0x85EBCA6Bu) * 0x27D4EB2Fu;

    private int Slot(uint hash) => (int)(hash >> 3) & _mask;

    // The filter takes the hash's high bits for the word and its low bits for the two bits in it: apart
    // from the bits that pick the table's slot as far as they can be.
    private int FilterWord(uint hash) => (int)(hash >> 12) & _filterMask;

    private static ulong FilterBits(uint hash) => (1UL << (int)(hash & 63)) | (1UL << (int)((hash >> 6) & 63));

    /// <summary>The node of the prefix <paramref name="parent"/> followed by <paramref name="c"/>, or <see cref="None"/>.</summary>
    private int Child(int parent, char c)
    {
        uint hash = EdgeHash(parent, c);
        ulong bits = FilterBits(hash);
        if ((_edgeFilter[FilterWord(hash)] & bits) != bits)
            return None;
        ulong key = Key(parent, c);
        for (int slot = Slot(hash); ; slot = (slot + 1) & _mask)
        {
            ulong found = _keys[slot];
            if (found == key)
                return slot;
            if (found == 0)
                return None;
        }
    }

    /// <summary>Adds (end, log probability) for every word text[start..end) with end ≤ <paramref name="limit"/>, shortest first.</summary>
    public void Matches(char[] text, int start, int limit, List<(int End, float LogProbability)> found)
    {
        int node = _firstNode[text[start]] - 1;
        for (int end = start + 1; node != None; end++)
        {
            if (!float.IsNaN(_logProbability[node]))
                found.Add((end, _logProbability[node]));
            if (end >= limit)
                return;
            node = Child(node, text[end]);
        }
    }

    public bool TryGetLogProbability(string word, out float logProbability)
    {
        logProbability = 0;
        if (word.Length == 0)
            return false;
        int node = _firstNode[word[0]] - 1;
        for (int k = 1; k < word.Length && node != None; k++)
            node = Child(node, word[k]);
        if (node == None || float.IsNaN(_logProbability[node]))
            return false;
        logProbability = _logProbability[node];
        return true;
    }
}
