using System;
using System.Collections.Generic;
using System.Linq;
using PolicyParse.Search.Analysis;

namespace PolicyParse.Search.Tests;

public class WordDictionaryTests
{
    /// <summary>What <see cref="WordDictionary.Matches"/> must find, computed from the word list itself.</summary>
    private static List<(int End, float LogProbability)> BruteForce(Dictionary<string, double> best, double logTotal, string text, int start, int limit)
    {
        var found = new List<(int, float)>();
        for (int end = start + 1; end <= limit; end++)
            if (best.TryGetValue(text.Substring(start, end - start), out double frequency))
                found.Add((end, (float)(Math.Log(frequency) - logTotal)));
        return found;
    }

    [Fact]
    public void Finds_every_word_at_every_position_as_the_word_list_says()
    {
        // Words over a four-letter alphabet share prefixes and collide in the table; some are listed
        // twice (the higher frequency counts), some have no frequency (left out).
        var random = new Random(20261201);
        const string alphabet = "政务公开";
        string RandomText(int length) => new(Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
        var words = new List<string>();
        var frequencies = new List<double>();
        for (int i = 0; i < 3000; i++)
        {
            words.Add(RandomText(1 + random.Next(7)));
            frequencies.Add(random.Next(4) == 0 ? 0 : 1 + random.Next(1000));
        }
        var best = new Dictionary<string, double>();
        for (int i = 0; i < words.Count; i++)
            if (frequencies[i] > 0)
                best[words[i]] = Math.Max(best.TryGetValue(words[i], out var f) ? f : 0, frequencies[i]);
        const double logTotal = 12.5;
        var dictionary = new WordDictionary(words, frequencies, logTotal);

        for (int round = 0; round < 200; round++)
        {
            var text = RandomText(40);
            for (int start = 0; start < text.Length; start++)
            {
                int limit = start + 1 + random.Next(text.Length - start);
                var found = new List<(int End, float LogProbability)>();
                dictionary.Matches(text.ToCharArray(), start, limit, found);
                Assert.Equal(BruteForce(best, logTotal, text, start, limit), found);
            }
        }
        foreach (var word in words.Distinct())
            Assert.Equal(best.ContainsKey(word), dictionary.TryGetLogProbability(word, out _));
        Assert.False(dictionary.TryGetLogProbability("政务公开政务公开政务", out _)); // longer than any word
        Assert.False(dictionary.TryGetLogProbability("", out _));
    }

    [Fact]
    public void The_bundled_dictionary_knows_its_words_and_not_their_prefixes()
    {
        var words = ChineseDictionary.Default.Words;
        Assert.True(words.TryGetLogProbability("政府", out var common)); // 23,452 in jieba's list
        Assert.True(words.TryGetLogProbability("政务", out var rarer)); // 1,341
        Assert.True(common > rarer);
        Assert.True(words.TryGetLogProbability("政务公开", out _)); // from the government lexicon
        Assert.False(words.TryGetLogProbability("政务公", out _));
        var found = new List<(int End, float LogProbability)>();
        words.Matches("政务公开工作".ToCharArray(), 0, 6, found);
        Assert.Equal(new[] { 1, 2, 4 }, found.Select(f => f.End)); // 政, 政务, 政务公开
    }
}
