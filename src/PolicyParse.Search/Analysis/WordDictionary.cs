using System;
using System.Collections.Generic;

namespace PolicyParse.Search.Analysis;

/// <summary>
/// A word list as a trie whose edges are found by hashing (node, next character): following a text one
/// character further is one probe of a flat table, and the walk stops at the first prefix no word has.
/// The first character indexes an array directly. Immutable after construction, shared across threads.
/// </summary>
internal sealed class WordDictionary
{
    private const int None = -1;

    // Nodes: one per distinct prefix of a word, numbered. A node's log probability is NaN when the prefix is no word.
    private float[] _logProbability;
    private int _count;
    private readonly int[] _firstNode = new int[char.MaxValue + 1]; // node + 1 by first character; 0: none

    // Open addressing over (parent, character), at most half full. An entry holds the whole edge — the
    // parent, the character, the child and whether the child is a word — so that a probe reads one
    // place in memory: segmenting probes for nearly every character, in a table of megabytes. 0: empty.
    private readonly ulong[] _edges;
    private readonly int _mask;

    private const int NodeBits = 23;
    private const ulong NodeMask = (1UL << NodeBits) - 1;
    private const int ParentShift = 16;
    private const int ChildShift = ParentShift + NodeBits;
    private const ulong WordFlag = 1UL << (ChildShift + NodeBits);
    private const ulong KeyMask = (1UL << ChildShift) - 1;

    /// <summary>The most nodes (distinct word prefixes) an edge entry can name: eight million, the bundled words need under a million.</summary>
    internal const int MaxNodes = (1 << NodeBits) - 2;

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
        if (nodes > MaxNodes)
            throw new ArgumentException($"the word list has more than {MaxNodes:N0} distinct prefixes", nameof(words));
        _logProbability = new float[nodes];
        _edges = new ulong[TableSize(nodes)];
        _mask = _edges.Length - 1;

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
        MarkWords();
        // Words share prefixes: fewer nodes than characters.
        Array.Resize(ref _logProbability, _count);
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
        {
            int node = k == 0 ? NewNode() : AddChild(path[k - 1], word[k]);
            if (k == 0)
                _firstNode[word[0]] = node + 1;
            path.Add(node);
        }
        return path[word.Length - 1];
    }

    /// <summary>The node of <paramref name="word"/>, created with its prefixes where they are missing.</summary>
    private int Insert(ReadOnlySpan<char> word)
    {
        int node = _firstNode[word[0]] - 1;
        if (node == None)
        {
            node = NewNode();
            _firstNode[word[0]] = node + 1;
        }
        for (int k = 1; k < word.Length; k++)
        {
            int child = Child(node, word[k]);
            node = child != None ? child : AddChild(node, word[k]);
        }
        return node;
    }

    private static int TableSize(int nodes)
    {
        int size = 16;
        while (size < 2 * nodes) size <<= 1;
        return size;
    }

    private int NewNode()
    {
        int node = _count;
        _count++;
        _logProbability[node] = float.NaN;
        return node;
    }

    private int AddChild(int parent, char c)
    {
        int node = NewNode();
        int slot = Slot(parent, c);
        while (_edges[slot] != 0) slot = (slot + 1) & _mask;
        _edges[slot] = Key(parent, c) | (ulong)(node + 1) << ChildShift;
        return node;
    }

    /// <summary>Sets the word flag of every edge whose child is a word: known once all words are in.</summary>
    private void MarkWords()
    {
        for (int slot = 0; slot < _edges.Length; slot++)
            if (_edges[slot] != 0 && !float.IsNaN(_logProbability[ChildOf(_edges[slot])]))
                _edges[slot] |= WordFlag;
    }

    private static ulong Key(int parent, char c) => (ulong)(parent + 1) << ParentShift | c;

    private static int ChildOf(ulong edge) => (int)(edge >> ChildShift & NodeMask) - 1;

    private int Slot(int parent, char c) => (int)(((uint)parent * 0x9E3779B1u ^ c * 0x85EBCA6Bu) * 0x27D4EB2Fu >> 3) & _mask;

    /// <summary>The edge from the prefix <paramref name="parent"/> by <paramref name="c"/>, or 0 when no word goes on so.</summary>
    private ulong Edge(int parent, char c)
    {
        ulong key = Key(parent, c);
        for (int slot = Slot(parent, c); ; slot = (slot + 1) & _mask)
        {
            ulong edge = _edges[slot];
            if (edge == 0 || (edge & KeyMask) == key)
                return edge;
        }
    }

    /// <summary>The node of the prefix <paramref name="parent"/> followed by <paramref name="c"/>, or <see cref="None"/>.</summary>
    private int Child(int parent, char c) => ChildOf(Edge(parent, c));

    /// <summary>Adds (end, log probability) for every word text[start..end) with end ≤ <paramref name="limit"/>, shortest first.</summary>
    public void Matches(char[] text, int start, int limit, List<(int End, float LogProbability)> found)
    {
        int node = _firstNode[text[start]] - 1;
        if (node == None)
            return;
        if (!float.IsNaN(_logProbability[node]))
            found.Add((start + 1, _logProbability[node]));
        for (int end = start + 1; end < limit; end++)
        {
            ulong edge = Edge(node, text[end]);
            if (edge == 0)
                return;
            node = ChildOf(edge);
            if ((edge & WordFlag) != 0)
                found.Add((end + 1, _logProbability[node]));
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
