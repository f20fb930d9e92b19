using System;
using System.Collections.Generic;

namespace PolicyParse.Search.Analysis;

/// <summary>
/// Builds the trie of a word list for <see cref="WordDictionary"/>: one node per distinct prefix, with
/// its parent, its last character and, for a word, its log probability. Words in ordinal order (the
/// bundled dictionary) extend the path of the word before and need no look-ups; others are inserted
/// through a hash table of edges, used only while building.
/// </summary>
internal sealed class WordTrieBuilder
{
    private const int None = -1;

    /// <summary>Each node's parent, <see cref="None"/> for a first character.</summary>
    public int[] Parent;
    /// <summary>Each node's last character.</summary>
    public char[] Last;
    /// <summary>Each node's log probability; NaN when the prefix is no word.</summary>
    public float[] LogProbability;
    /// <summary>The nodes built.</summary>
    public int Count { get; private set; }
    /// <summary>Node + 1 of each first character; 0: no word starts with it.</summary>
    public readonly int[] FirstNode = new int[char.MaxValue + 1];

    // Open addressing over (parent, character) → node + 1, at most a quarter full; 0: empty.
    private readonly int[] _edges;
    private readonly int _mask;

    /// <param name="words">Words as slices of a larger text, in any order; fastest in ordinal order.</param>
    /// <param name="frequencies">Their frequencies, index for index; a word without one is left out.</param>
    /// <param name="logTotal">ln of the frequency total the probabilities are relative to.</param>
    public WordTrieBuilder(List<ReadOnlyMemory<char>> words, List<double> frequencies, double logTotal)
    {
        int nodes = NodeBound(words);
        Parent = new int[nodes];
        Last = new char[nodes];
        LogProbability = new float[nodes];
        int size = 16;
        while (size < 4 * nodes) size <<= 1;
        _edges = new int[size];
        _mask = size - 1;

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
            var logProbability = (float)(Math.Log(frequencies[i]) - logTotal); // a word listed twice keeps its highest
            if (float.IsNaN(LogProbability[node]) || logProbability > LogProbability[node])
                LogProbability[node] = logProbability;
        }
    }

    /// <summary>
    /// How many nodes the words need at most: the characters of each word after the prefix it shares with
    /// the word before, which is exact for words in ordinal order and never less than needed in any order.
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
            path.Add(k == 0 ? NewFirst(word[0]) : AddChild(path[k - 1], word[k]));
        return path[word.Length - 1];
    }

    /// <summary>The node of <paramref name="word"/>, created with its prefixes where they are missing.</summary>
    private int Insert(ReadOnlySpan<char> word)
    {
        int node = FirstNode[word[0]] - 1;
        if (node == None)
            node = NewFirst(word[0]);
        for (int k = 1; k < word.Length; k++)
        {
            int child = Child(node, word[k]);
            node = child != None ? child : AddChild(node, word[k]);
        }
        return node;
    }

    private int NewNode(int parent, char c)
    {
        int node = Count++;
        Parent[node] = parent;
        Last[node] = c;
        LogProbability[node] = float.NaN;
        return node;
    }

    private int NewFirst(char c)
    {
        int node = NewNode(None, c);
        FirstNode[c] = node + 1;
        return node;
    }

    private int AddChild(int parent, char c)
    {
        int node = NewNode(parent, c);
        int slot = Slot(parent, c);
        while (_edges[slot] != 0) slot = (slot + 1) & _mask;
        _edges[slot] = node + 1;
        return node;
    }

    private int Slot(int parent, char c) => (int)(((uint)parent * 0x9E3779B1u ^ c * 0x85EBCA6Bu) * 0x27D4EB2Fu >> 3) & _mask;

    private int Child(int parent, char c)
    {
        for (int slot = Slot(parent, c); ; slot = (slot + 1) & _mask)
        {
            int node = _edges[slot] - 1;
            if (node == None || (Parent[node] == parent && Last[node] == c))
                return node;
        }
    }
}
