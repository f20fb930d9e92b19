using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace PolicyParse.Search.Analysis;

/// <summary>
/// The jieba dictionary (MIT, see LICENSE-jieba.txt among the resources) with PolicyParse's government
/// lexicon, and the HMM tables: loaded once, on first use, and shared by every analyzer and thread.
/// </summary>
public static class ChineseDictionary
{
    /// <summary>Frequency a lexicon or user word gets when none is given: well above the splits it competes with.</summary>
    public const double DefaultWordFrequency = 50000;

    private static readonly Lazy<Model> Shared = new(Load, System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);

    internal sealed record Model(WordDictionary Words, HmmSegmenter Hmm, double LogTotal);

    internal static Model Default => Shared.Value;

    /// <summary>Loads the shared dictionary now rather than on the first text analyzed.</summary>
    public static void Preload() => _ = Shared.Value;

    /// <summary>Reads a user dictionary file: one word per line, optionally followed by a frequency; # starts a comment.</summary>
    public static IEnumerable<KeyValuePair<string, double>> ReadWordList(TextReader reader)
    {
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed[0] == '#')
                continue;
            var parts = trimmed.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);
            double frequency = parts.Length > 1 && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var f) && f > 0 ? f : DefaultWordFrequency;
            yield return new KeyValuePair<string, double>(parts[0], frequency);
        }
    }

    private static Model Load()
    {
        var words = new List<string>(360_000);
        var frequencies = new List<double>(360_000);
        double total = 0;
        // The resource is jieba's dict.txt sorted in ordinal (UTF-16) order, "word freq pos" per line.
        using (var reader = new StreamReader(new GZipStream(Resource("jieba-dict.txt.gz"), CompressionMode.Decompress), Encoding.UTF8, false, 1 << 16))
        {
            string? line;
            while ((line = reader.ReadLine()) is not null)
            {
                int space = line.IndexOf(' ');
                if (space <= 0) continue;
                long frequency = 0;
                for (int i = space + 1; i < line.Length && line[i] >= '0' && line[i] <= '9'; i++)
                    frequency = frequency * 10 + (line[i] - '0');
                words.Add(line.Substring(0, space));
                frequencies.Add(frequency);
                total += frequency;
            }
        }
        double logTotal = Math.Log(total);
        List<KeyValuePair<string, double>> lexicon;
        using (var reader = new StreamReader(Resource("gov-lexicon.txt"), Encoding.UTF8))
            lexicon = ReadWordList(reader).ToList();
        var (allWords, allFrequencies) = MergeSorted(words, frequencies, lexicon);
        var dictionary = new WordDictionary(allWords, allFrequencies, logTotal);
        using var hmmStream = new GZipStream(Resource("jieba-hmm.json.gz"), CompressionMode.Decompress);
        using var tables = JsonDocument.Parse(hmmStream);
        return new Model(dictionary, new HmmSegmenter(tables.RootElement), logTotal);
    }

    /// <summary>
    /// The lexicon (a hundred words) merged into the sorted dictionary in one pass, so the result stays
    /// sorted and needs no sort; a word in both keeps both entries, and the dictionary keeps the higher frequency.
    /// </summary>
    private static (List<string>, List<double>) MergeSorted(List<string> words, List<double> frequencies, List<KeyValuePair<string, double>> extra)
    {
        extra.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        var mergedWords = new List<string>(words.Count + extra.Count);
        var mergedFrequencies = new List<double>(words.Count + extra.Count);
        int i = 0, j = 0;
        while (i < words.Count || j < extra.Count)
        {
            if (j >= extra.Count || (i < words.Count && string.CompareOrdinal(words[i], extra[j].Key) <= 0))
            {
                mergedWords.Add(words[i]);
                mergedFrequencies.Add(frequencies[i++]);
            }
            else
            {
                mergedWords.Add(extra[j].Key);
                mergedFrequencies.Add(extra[j++].Value);
            }
        }
        return (mergedWords, mergedFrequencies);
    }

    private static Stream Resource(string name) =>
        typeof(ChineseDictionary).Assembly.GetManifestResourceStream("PolicyParse.Search.Analysis." + name)
        ?? throw new InvalidOperationException("missing embedded resource " + name);
}
