using System;
using System.Collections.Generic;

namespace PolicyParse.Search.Analysis;

/// <summary>
/// A word list as a sorted-array trie: the words sorted ordinally, so that all words sharing a prefix
/// form one contiguous range, which each further character narrows by two binary searches; an index by
/// first character gives the first range at once. Immutable after construction, shared across threads.
/// </summary>
internal sealed class WordDictionary
{
    private readonly string[] _words;
    private readonly float[] _logProbability;
    private readonly int[] _firstStart = new int[char.MaxValue + 1];
    private readonly int[] _firstEnd = new int[char.MaxValue + 1];

    /// <param name="entries">Words and frequencies; a word listed twice keeps its last frequency.</param>
    /// <param name="logTotal">ln of the frequency total the probabilities are relative to (the main dictionary's, for a user dictionary).</param>
    public WordDictionary(IEnumerable<KeyValuePair<string, double>> entries, double logTotal)
    {
        var merged = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var entry in entries)
            if (entry.Key.Length > 0 && entry.Value > 0)
                merged[entry.Key] = entry.Value;
        _words = new string[merged.Count];
        merged.Keys.CopyTo(_words, 0);
        Array.Sort(_words, StringComparer.Ordinal);
        _logProbability = new float[_words.Length];
        for (int i = 0; i < _words.Length; i++)
        {
            _logProbability[i] = (float)(Math.Log(merged[_words[i]]) - logTotal);
            MaxWordLength = Math.Max(MaxWordLength, _words[i].Length);
        }
        for (int i = _words.Length - 1; i >= 0; i--)
        {
            char c = _words[i][0];
            _firstStart[c] = i;
            if (_firstEnd[c] == 0) _firstEnd[c] = i + 1;
        }
    }

    public int Count => _words.Length;

    public int MaxWordLength { get; }

    /// <summary>Calls <paramref name="found"/> with (end, log probability) for every word text[start..end) with end ≤ <paramref name="limit"/>.</summary>
    public void Matches(string text, int start, int limit, List<(int End, float LogProbability)> found)
    {
        int lo = _firstStart[text[start]], hi = _firstEnd[text[start]];
        if (lo >= hi)
            return;
        for (int depth = 0; ; depth++)
        {
            // The range holds the words with prefix text[start..start+depth]; the shortest, if it is
            // exactly that prefix, sorts first.
            if (_words[lo].Length == depth + 1)
            {
                found.Add((start + depth + 1, _logProbability[lo]));
                lo++;
            }
            int next = start + depth + 1;
            if (next >= limit || lo >= hi)
                return;
            char c = text[next];
            int d = depth + 1;
            int newLo = LowerBound(lo, hi, d, c);
            int newHi = UpperBound(newLo, hi, d, c);
            if (newLo >= newHi)
                return;
            (lo, hi) = (newLo, newHi);
        }
    }

    public bool TryGetLogProbability(string word, out float logProbability)
    {
        int index = Array.BinarySearch(_words, word, StringComparer.Ordinal);
        logProbability = index >= 0 ? _logProbability[index] : 0;
        return index >= 0;
    }

    /// <summary>First index in [lo, hi) whose character at <paramref name="depth"/> is ≥ c (all words there are longer than depth).</summary>
    private int LowerBound(int lo, int hi, int depth, char c)
    {
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (_words[mid][depth] < c) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    private int UpperBound(int lo, int hi, int depth, char c)
    {
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (_words[mid][depth] <= c) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
