using System;
using System.Collections.Generic;

namespace PolicyParse.Search.Analysis;

/// <summary>
/// A word list as a trie laid out breadth first: the children of a node are consecutive nodes, in
/// character order, right after the children of the node before it. Following a text one character
/// further scans the few characters of one node's children (a binary search for the hundreds a
/// common first character has), all in a few cache lines, and the nodes that real text walks
/// through — the children of its common characters — sit together in memory. The first character
/// indexes an array directly. Immutable after construction, shared across threads.
/// </summary>
internal sealed class WordDictionary
{
    private const int None = -1;

    private readonly int[] _firstNode = new int[char.MaxValue + 1]; // node + 1 by first character; 0: none
    private readonly char[] _character; // each node's last character: a node's children's are scanned together
    private readonly Node[] _nodes; // and the rest of each node, side by side, one read

    /// <summary>A node's children are nodes [FirstChild, the next node's FirstChild); its log probability is NaN when its prefix is no word.</summary>
    private readonly struct Node
    {
        public readonly int FirstChild;
        public readonly float LogProbability;

        public Node(int firstChild, float logProbability) => (FirstChild, LogProbability) = (firstChild, logProbability);
    }

    // Children searched one by one up to this many (a cache line of characters); by halving beyond.
    private const int ScannedChildren = 32;

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
        var trie = new WordTrieBuilder(words, frequencies, logTotal);
        int count = trie.Count;
        _character = new char[count];
        _nodes = new Node[count + 1];

        // Each built node's children, grouped by parent and in character order: a counting sort by
        // character, then a stable one by parent.
        var byCharacter = CountingSort(count, n => trie.Last[n], char.MaxValue + 1, Identity(count));
        var children = CountingSort(count, n => trie.Parent[n] + 1, count + 1, byCharacter, out var childStart);

        // Breadth first: the first characters in order, then each node's children after the last
        // node's. placed[k] is the built node that becomes node k.
        var placed = new int[count];
        int next = 0;
        for (int c = 0; c <= char.MaxValue; c++)
            if (trie.FirstNode[c] != 0)
            {
                _firstNode[c] = next + 1;
                placed[next++] = trie.FirstNode[c] - 1;
            }
        for (int k = 0; k < count; k++)
        {
            int built = placed[k];
            _nodes[k] = new Node(next, trie.LogProbability[built]);
            for (int i = childStart[built + 1]; i < childStart[built + 2]; i++)
                placed[next++] = children[i];
            _character[k] = trie.Last[built];
        }
        _nodes[count] = new Node(next, float.NaN);
    }

    private static int[] Identity(int count)
    {
        var order = new int[count];
        for (int i = 0; i < count; i++) order[i] = i;
        return order;
    }

    private static int[] CountingSort(int count, Func<int, int> key, int keys, int[] order) => CountingSort(count, key, keys, order, out _);

    /// <summary>The nodes of <paramref name="order"/> stably sorted by <paramref name="key"/>, and where each key's run starts (start[key]..start[key + 1]).</summary>
    private static int[] CountingSort(int count, Func<int, int> key, int keys, int[] order, out int[] start)
    {
        start = new int[keys + 1];
        foreach (int n in order)
            start[key(n) + 1]++;
        for (int k = 0; k < keys; k++)
            start[k + 1] += start[k];
        var sorted = new int[count];
        var fill = (int[])start.Clone();
        foreach (int n in order)
            sorted[fill[key(n)]++] = n;
        return sorted;
    }

    /// <summary>The child of <paramref name="node"/> by <paramref name="c"/>, or <see cref="None"/>.</summary>
    private int Child(int node, char c)
    {
        int low = _nodes[node].FirstChild, high = _nodes[node + 1].FirstChild;
        if (high - low <= ScannedChildren)
        {
            for (int k = low; k < high; k++)
                if (_character[k] == c)
                    return k;
            return None;
        }
        high--;
        while (low <= high)
        {
            int middle = (low + high) >> 1;
            char m = _character[middle];
            if (m == c) return middle;
            if (m < c) low = middle + 1;
            else high = middle - 1;
        }
        return None;
    }

    /// <summary>Adds (end, log probability) for every word text[start..end) with end ≤ <paramref name="limit"/>, shortest first.</summary>
    public void Matches(char[] text, int start, int limit, List<(int End, float LogProbability)> found)
    {
        int node = _firstNode[text[start]] - 1;
        for (int end = start + 1; node != None; end++)
        {
            float logProbability = _nodes[node].LogProbability;
            if (!float.IsNaN(logProbability))
                found.Add((end, logProbability));
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
        if (node == None || float.IsNaN(_nodes[node].LogProbability))
            return false;
        logProbability = _nodes[node].LogProbability;
        return true;
    }
}
