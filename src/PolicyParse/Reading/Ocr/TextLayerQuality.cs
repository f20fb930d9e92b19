using System.Collections.Generic;
using PolicyParse.Normalizing;

namespace PolicyParse.Reading.Ocr;

/// <summary>
/// Tells a text layer that a scanner's OCR laid over a page image and that reads poorly: Latin letters
/// in runs of one or two beside Han characters or digits (〕 read as "J", 公 as "A", 的 as "e"), replacement and private-use
/// characters where glyphs were not recognized. A Chinese notice's own text has Latin letters only in
/// runs (a URL, "IPv6", an English name), so a page that fails is better read again by OCR.
/// </summary>
internal static class TextLayerQuality
{
    private const int MinCharacters = 40;

    /// <summary>True when the page's text looks like poor OCR: unknown glyphs over 2 %, or stray Latin letters over 3 %.</summary>
    public static bool LooksLikePoorOcr(IEnumerable<string> lines)
    {
        int total = 0, han = 0, unknown = 0, strayLatin = 0;
        foreach (var line in lines)
        {
            for (int i = 0; i < line.Length; i++)
            {
                char c = line[i];
                if (char.IsWhiteSpace(c))
                    continue;
                total++;
                if (TextNormalizer.IsHan(c))
                    han++;
                else if (c == '\uFFFD' || c == '□' || (c >= '\uE000' && c <= '\uF8FF') || char.IsControl(c))
                    unknown++;
                else if (IsLatinLetter(c))
                {
                    int end = i;
                    while (end < line.Length && IsLatinLetter(line[end]))
                        end++;
                    if (end - i <= MaxStrayRun && (IsHanOrDigit(Neighbour(line, i, -1)) || IsHanOrDigit(Neighbour(line, end - 1, +1))))
                        strayLatin += end - i;
                    total += end - i - 1;
                    i = end - 1;
                }
            }
        }
        if (total < MinCharacters || han * 2 < total)
            return false; // too little text to judge, or not Chinese text
        return unknown * 50 > total || strayLatin * 100 > total * 3;
    }

    /// <summary>Runs of at most this many Latin letters count as stray: "IPv6" and "URL" are words, "A" for 公 is not.</summary>
    private const int MaxStrayRun = 2;

    private static char Neighbour(string line, int i, int step)
    {
        for (int j = i + step; j >= 0 && j < line.Length; j += step)
            if (!char.IsWhiteSpace(line[j]))
                return line[j];
        return '\0';
    }

    private static bool IsHanOrDigit(char c) => TextNormalizer.IsHan(c) || c is >= '0' and <= '9';

    private static bool IsLatinLetter(char c) => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z');
}
