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

    /// <summary>
    /// Starts loading the shared dictionary on a pool thread, so that the load (a fifth of a second) and
    /// whatever the caller does first (opening an index) overlap; the first analysis waits for it.
    /// </summary>
    public static void PreloadInBackground()
    {
        if (Shared.IsValueCreated)
            return;
        System.Threading.ThreadPool.QueueUserWorkItem(_ =>
        {
            try
            {
                Preload();
            }
            catch (Exception)
            {
                // The lazy value keeps the failure and throws it to the first analysis, where it is reported.
            }
        });
    }

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
        // The HMM tables are read on another thread meanwhile: a fifth of the load.
        var hmm = System.Threading.Tasks.Task.Run(LoadHmm);
        var (words, frequencies, logTotal) = ReadWords();
        // The lexicon's words go last: the trie keeps a word's highest frequency wherever it comes.
        using (var reader = new StreamReader(Resource("gov-lexicon.txt"), Encoding.UTF8))
            foreach (var word in ReadWordList(reader))
            {
                words.Add(word.Key.AsMemory());
                frequencies.Add(word.Value);
            }
        var dictionary = new WordDictionary(words, frequencies, logTotal);
        return new Model(dictionary, hmm.GetAwaiter().GetResult(), logTotal);
    }

    /// <summary>
    /// The dictionary's words and frequencies, and ln of their total. The resource is jieba's dict.txt sorted
    /// in ordinal (UTF-16) order, "word freq pos" per line, kept uncompressed and read whole: its words are
    /// slices of one string, not 350,000 strings, and in that order the trie is built without look-ups.
    /// </summary>
    private static (List<ReadOnlyMemory<char>> Words, List<double> Frequencies, double LogTotal) ReadWords()
    {
        string text;
        using (var stream = Resource("jieba-dict.txt"))
        {
            var bytes = new byte[stream.Length];
            for (int read = 0, n; read < bytes.Length; read += n)
                if ((n = stream.Read(bytes, read, bytes.Length - read)) == 0)
                    throw new EndOfStreamException("jieba-dict.txt is shorter than its length");
            text = Encoding.UTF8.GetString(bytes);
        }
        var words = new List<ReadOnlyMemory<char>>(360_000);
        var frequencies = new List<double>(360_000);
        double total = 0;
        for (int line = 0; line < text.Length;)
        {
            int end = text.IndexOf('\n', line);
            if (end < 0) end = text.Length;
            int space = text.IndexOf(' ', line, end - line);
            if (space > line)
            {
                long frequency = 0;
                for (int i = space + 1; i < end && text[i] >= '0' && text[i] <= '9'; i++)
                    frequency = frequency * 10 + (text[i] - '0');
                words.Add(text.AsMemory(line, space - line));
                frequencies.Add(frequency);
                total += frequency;
            }
            line = end + 1;
        }
        return (words, frequencies, Math.Log(total));
    }

    private static HmmSegmenter LoadHmm()
    {
        using var stream = new GZipStream(Resource("jieba-hmm.json.gz"), CompressionMode.Decompress);
        using var tables = JsonDocument.Parse(stream);
        return new HmmSegmenter(tables.RootElement);
    }

    private static Stream Resource(string name) =>
        typeof(ChineseDictionary).Assembly.GetManifestResourceStream("PolicyParse.Search.Analysis." + name)
        ?? throw new InvalidOperationException("missing embedded resource " + name);
}
