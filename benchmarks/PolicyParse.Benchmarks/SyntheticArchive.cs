using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace PolicyParse.Benchmarks;

/// <summary>
/// An archive of any size made by recombining the corpus notices' raw text (generated, never
/// committed): each notice takes a seed's preamble, three level-1 sections drawn from all seeds and
/// the seed's own last section with what follows it (signature, date, attachments and their task
/// tables), renumbered, plus a serial line so every file's content is distinct. Each notice has a
/// 文号 of its own (the seed's, with the notice's serial; one put above a seed that has none): files
/// with the same 文号 and issuer are one notice to the index. The same count gives the same archive.
/// </summary>
public static class SyntheticArchive
{
    private static readonly string[] Markers = { "一、", "二、", "三、", "四、" };
    private static readonly Regex LevelOneHeading = new(@"^[一二三四五六七八九十]+、", RegexOptions.Multiline);

    private sealed record Seed(string Preamble, List<string> Sections);

    /// <summary>Notice texts, named n0.txt, n1.txt …</summary>
    public static IEnumerable<(string Name, string Text)> Generate(int count)
    {
        var seeds = Directory.GetFiles(ParseBenchmarks.CorpusDirectory(), "0*.txt").OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => Split(File.ReadAllText(f))).ToList();
        var pool = seeds.SelectMany(s => s.Sections.Take(s.Sections.Count - 1)).ToList();
        var random = new Random(20261123);
        for (int n = 0; n < count; n++)
        {
            var seed = seeds[n % seeds.Count];
            var body = new StringBuilder(OwnNumber(seed.Preamble, n + 1));
            for (int k = 0; k < 3; k++)
                body.Append(Markers[k]).Append(pool[random.Next(pool.Count)]);
            body.Append(Markers[3]).Append(seed.Sections[^1]);
            body.Append("（编号").Append(n).Append("）\n");
            yield return ($"n{n}.txt", body.ToString());
        }
    }

    private static readonly Regex HeaderNumber = new(@"^(\S+〔\d{4}〕)\d+号(?=[ \t\r]*$)", RegexOptions.Multiline);

    /// <summary>The preamble with its header 文号 numbered <paramref name="serial"/>, or with such a 文号 above it.</summary>
    private static string OwnNumber(string preamble, int serial) =>
        HeaderNumber.IsMatch(preamble)
            ? HeaderNumber.Replace(preamble, m => $"{m.Groups[1].Value}{serial}号", 1)
            : $"某政办发〔2021〕{serial}号\n" + preamble;

    /// <summary>The text before the first level-1 heading, and each section's text after its marker.</summary>
    private static Seed Split(string text)
    {
        var headings = LevelOneHeading.Matches(text);
        var sections = new List<string>();
        for (int i = 0; i < headings.Count; i++)
        {
            int from = headings[i].Index + headings[i].Length;
            int to = i + 1 < headings.Count ? headings[i + 1].Index : text.Length;
            sections.Add(text.Substring(from, to - from));
        }
        return new Seed(text.Substring(0, headings[0].Index), sections);
    }
}
