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

    private const string Alphabet = "政务公开";

    // Enough letters that a prefix has dozens of children.
    private const string LargeAlphabet = "政务公开工作人民府国家院办发通知意见规定实施方案管理服建设展推进完善机制";

    /// <summary>Words over a small alphabet (four letters unless given): they share prefixes and collide in the table; some are listed twice, some have no frequency (left out).</summary>
    private static (List<string> Words, List<double> Frequencies) RandomWords(Random random, int count, string alphabet = Alphabet)
    {
        var words = new List<string>();
        var frequencies = new List<double>();
        for (int i = 0; i < count; i++)
        {
            words.Add(RandomText(random, 1 + random.Next(7), alphabet));
            frequencies.Add(random.Next(4) == 0 ? 0 : 1 + random.Next(1000));
        }
        return (words, frequencies);
    }

    private static string RandomText(Random random, int length, string alphabet = Alphabet) =>
        new(Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());

    /// <summary>Builds the dictionary and checks every match at every position of random texts, and every word, against the word list itself.</summary>
    private static void AssertFindsWhatTheListSays(List<string> words, List<double> frequencies, Random random, string alphabet = Alphabet)
    {
        var best = new Dictionary<string, double>();
        for (int i = 0; i < words.Count; i++)
            if (frequencies[i] > 0)
                best[words[i]] = Math.Max(best.TryGetValue(words[i], out var f) ? f : 0, frequencies[i]);
        const double logTotal = 12.5;
        var dictionary = new WordDictionary(words, frequencies, logTotal);

        for (int round = 0; round < 200; round++)
        {
            var text = RandomText(random, 40, alphabet);
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
    public void Finds_every_word_at_every_position_as_the_word_list_says()
    {
        var random = new Random(20261201);
        var (words, frequencies) = RandomWords(random, 3000);
        AssertFindsWhatTheListSays(words, frequencies, random);
    }

    [Fact]
    public void Finds_every_word_where_prefixes_have_many_children()
    {
        var random = new Random(20261206);
        var (words, frequencies) = RandomWords(random, 20000, LargeAlphabet);
        // two-letter words: every first letter has a child for nearly every letter
        words.AddRange(LargeAlphabet.SelectMany(a => LargeAlphabet.Select(b => $"{a}{b}")));
        frequencies.AddRange(Enumerable.Repeat(5.0, LargeAlphabet.Length * LargeAlphabet.Length));
        AssertFindsWhatTheListSays(words, frequencies, random, LargeAlphabet);
    }

    [Fact]
    public void A_few_words_are_told_from_every_other_pair_of_letters()
    {
        // Three words: the edge filter is two 64-bit words, so many absent edges get past it and
        // the table has to turn them down.
        var dictionary = new WordDictionary(new List<string> { "政务", "公开", "政务公开" }, new List<double> { 10, 10, 10 }, 5);
        var found = new List<(int End, float LogProbability)>();
        foreach (char first in LargeAlphabet)
            foreach (char second in LargeAlphabet)
            {
                found.Clear();
                dictionary.Matches(new[] { first, second }, 0, 2, found);
                bool word = $"{first}{second}" is "政务" or "公开";
                Assert.Equal(word ? new[] { 2 } : Array.Empty<int>(), found.Select(f => f.End));
            }
    }

    [Fact]
    public void Characters_no_word_has_end_every_walk_there()
    {
        // 中 and A are in no word: a walk ends at them, wherever they stand, and starts again after them.
        var dictionary = new WordDictionary(new List<string> { "政务", "政务公开", "公开" }, new List<double> { 10, 10, 10 }, 5);
        var text = "政务中公开A政务公开中".ToCharArray();
        var ends = new List<int>[text.Length];
        for (int start = 0; start < text.Length; start++)
        {
            var found = new List<(int End, float LogProbability)>();
            dictionary.Matches(text, start, text.Length, found);
            ends[start] = found.Select(f => f.End).ToList();
        }
        Assert.Equal(new[] { 2 }, ends[0]); // 政务, not 政务中…
        Assert.Empty(ends[2]);
        Assert.Equal(new[] { 5 }, ends[3]); // 公开, then A
        Assert.Empty(ends[5]);
        Assert.Equal(new[] { 8, 10 }, ends[6]); // 政务, 政务公开
        Assert.Empty(ends[10]);
        Assert.False(dictionary.TryGetLogProbability("政务中", out _));
        Assert.False(dictionary.TryGetLogProbability("A", out _));
    }

    [Fact]
    public void Prefetching_at_any_position_up_to_the_limit_changes_no_walk()
    {
        // Every position a segmenter may prefetch from: words, unknown characters, the last character
        // before the limit and the limit itself, with a limit short of the text's end.
        var dictionary = new WordDictionary(new List<string> { "政务", "政务公开", "公开" }, new List<double> { 10, 10, 10 }, 5);
        var text = "政务中公开A政务公开".ToCharArray();
        int limit = text.Length - 2;
        var before = Enumerable.Range(0, limit).Select(start => AllMatches(dictionary, text, start, limit)).ToList();
        for (int position = 0; position <= limit; position++)
            dictionary.Prefetch(text, position, limit);
        Assert.Equal(before, Enumerable.Range(0, limit).Select(start => AllMatches(dictionary, text, start, limit)));
        Assert.Equal(new[] { (8, (float)(Math.Log(10) - 5)) }, before[6]); // 政务公开 is cut off by the limit
    }

    private static List<(int End, float LogProbability)> AllMatches(WordDictionary dictionary, char[] text, int start, int limit)
    {
        var found = new List<(int End, float LogProbability)>();
        dictionary.Matches(text, start, limit, found);
        return found;
    }

    [Fact]
    public void A_word_longer_than_the_longest_run_the_tokenizer_cuts_is_left_out()
    {
        // The tokenizer never segments more than MaxRun characters at once, so no walk could reach it.
        var longWord = new string('政', ChineseTokenizer.MaxRun + 1);
        var dictionary = new WordDictionary(new List<string> { longWord, "政务" }, new List<double> { 10, 10 }, 5);
        Assert.False(dictionary.TryGetLogProbability(longWord, out _));
        Assert.True(dictionary.TryGetLogProbability("政务", out _));
    }

    [Fact]
    public void Words_in_ordinal_order_and_then_out_of_it_build_the_same_dictionary()
    {
        // The bundled dictionary comes sorted (each word's nodes after the prefix it shares with the word
        // before are new), with the lexicon's words after it in any order (looked up).
        var random = new Random(20261206);
        var (words, frequencies) = RandomWords(random, 3000);
        var order = Enumerable.Range(0, words.Count).OrderBy(i => words[i], StringComparer.Ordinal).ToList();
        var (tail, tailFrequencies) = RandomWords(random, 200);
        var sortedWords = order.Select(i => words[i]).Concat(tail).ToList();
        var sortedFrequencies = order.Select(i => frequencies[i]).Concat(tailFrequencies).ToList();
        AssertFindsWhatTheListSays(sortedWords, sortedFrequencies, random);
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
