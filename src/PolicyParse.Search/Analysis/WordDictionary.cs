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

    // Nodes: one per distinct prefix of a word. A node's log probability is NaN when the prefix is no word.
    private int[] _parent;
    private char[] _last;
    private float[] _logProbability;
    private int _count;
    private readonly int[] _firstNode = new int[char.MaxValue + 1]; // node + 1 by first character; 0: none
    // Open addressing over (parent, character) → node + 1; 0: empty. At most half full.
    private readonly int[] _edges;
    private readonly int _mask;

    /// <param name="words">Words, in any order; a word listed twice keeps its highest frequency.</param>
    /// <param name="frequencies">Their frequencies, index for index.</param>
    /// <param name="logTotal">ln of the frequency total the probabilities are relative to (the main dictionary's, for a user dictionary).</param>
    public WordDictionary(List<string> words, List<double> frequencies, double logTotal)
    {
        int characters = 0;
        foreach (var word in words)
            characters += word.Length;
        // Nodes are at most the characters of all words; the table is sized for that bound.
        _parent = new int[characters];
        _last = new char[characters];
        _logProbability = new float[characters];
        _edges = new int[TableSize(characters)];
        _mask = _edges.Length - 1;

        for (int i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (word.Length == 0 || frequencies[i] <= 0)
                continue;
            int node = _firstNode[word[0]] - 1;
            if (node == None)
            {
                node = NewNode(None, word[0]);
                _firstNode[word[0]] = node + 1;
            }
            for (int k = 1; k < word.Length; k++)
            {
                int child = Child(node, word[k]);
                node = child != None ? child : AddChild(node, word[k]);
            }
            var logProbability = (float)(Math.Log(frequencies[i]) - logTotal);
            if (float.IsNaN(_logProbability[node]) || logProbability > _logProbability[node])
                _logProbability[node] = logProbability;
        }
        // Words share prefixes: fewer nodes than characters.
        Array.Resize(ref _parent, _count);
        Array.Resize(ref _last, _count);
        Array.Resize(ref _logProbability, _count);
    }

    private static int TableSize(int nodes)
    {
        int size = 16;
        while (size < 2 * nodes) size <<= 1;
        return size;
    }

    private int NewNode(int parent, char c)
    {
        int node = _count;
        _count++;
        _parent[node] = parent;
        _last[node] = c;
        _logProbability[node] = float.NaN;
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

    /// <summary>The node of the prefix <paramref name="parent"/> followed by <paramref name="c"/>, or <see cref="None"/>.</summary>
    private int Child(int parent, char c)
    {
        for (int slot = Slot(parent, c); ; slot = (slot + 1) & _mask)
        {
            int node = _edges[slot] - 1;
            if (node == None || (_parent[node] == parent && _last[node] == c))
                return node;
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
