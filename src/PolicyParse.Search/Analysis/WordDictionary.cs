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

    /// <param name="words">Words, in any order; a word listed twice keeps its highest frequency.</param>
    /// <param name="frequencies">Their frequencies, index for index.</param>
    /// <param name="logTotal">ln of the frequency total the probabilities are relative to (the main dictionary's, for a user dictionary).</param>
    public WordDictionary(List<string> words, List<double> frequencies, double logTotal)
    {
        var keys = words.ToArray();
        var values = frequencies.ToArray();
        if (!IsSorted(keys))
            Array.Sort(keys, values, StringComparer.Ordinal); // the bundled dictionary comes sorted: this is for user words
        int count = 0;
        for (int i = 0; i < keys.Length; i++)
        {
            if (keys[i].Length == 0 || values[i] <= 0)
                continue;
            if (count > 0 && keys[count - 1] == keys[i])
            {
                values[count - 1] = Math.Max(values[count - 1], values[i]);
                continue;
            }
            keys[count] = keys[i];
            values[count] = values[i];
            count++;
        }
        _words = new string[count];
        Array.Copy(keys, _words, count);
        _logProbability = new float[count];
        for (int i = 0; i < count; i++)
        {
            _logProbability[i] = (float)(Math.Log(values[i]) - logTotal);
        }
        for (int i = count - 1; i >= 0; i--)
        {
            char c = _words[i][0];
            _firstStart[c] = i;
            if (_firstEnd[c] == 0) _firstEnd[c] = i + 1;
        }
    }

    private static bool IsSorted(string[] keys)
    {
        for (int i = 1; i < keys.Length; i++)
            if (string.CompareOrdinal(keys[i - 1], keys[i]) > 0) return false;
        return true;
    }

    /// <summary>Calls <paramref name="found"/> with (end, log probability) for every word text[start..end) with end ≤ <paramref name="limit"/>.</summary>
    public void Matches(char[] text, int start, int limit, List<(int End, float LogProbability)> found)
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
