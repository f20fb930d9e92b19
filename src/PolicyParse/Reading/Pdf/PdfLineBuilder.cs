using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace PolicyParse.Reading.Pdf;

/// <summary>
/// Groups letters (or OCR's words) into lines by baseline, top to bottom, and reads each line left to right. Chinese
/// text has no spaces between characters, so a space is only written where the letters leave a gap.
/// </summary>
internal static class PdfLineBuilder
{
    public static List<PdfTextLine> Build(IEnumerable<PositionedText> letters)
    {
        var visible = letters.Where(l => l.Text.Length > 0 && !string.IsNullOrWhiteSpace(l.Text))
            .OrderByDescending(l => l.Baseline).ThenBy(l => l.Left).ToList();
        var lines = new List<PdfTextLine>();
        var current = new List<PositionedText>();
        double baseline = 0, size = 0;
        foreach (var letter in visible)
        {
            double y = letter.Baseline;
            if (current.Count > 0 && Math.Abs(baseline - y) > 0.35 * Math.Max(size, letter.Size))
            {
                lines.Add(Read(current));
                current.Clear();
            }
            if (current.Count == 0)
            {
                baseline = y;
                size = letter.Size;
            }
            current.Add(letter);
        }
        if (current.Count > 0)
            lines.Add(Read(current));
        return lines;
    }

    private static PdfTextLine Read(List<PositionedText> letters)
    {
        letters.Sort((a, b) => a.Left.CompareTo(b.Left));
        var text = new StringBuilder();
        double size = letters.Max(l => l.Size);
        PositionedText? previous = null;
        foreach (var letter in letters)
        {
            // A glyph printed twice a hair apart (bold faked by overprinting) is one character.
            if (previous is { } twin && twin.Text == letter.Text && letter.Left - twin.Left < 0.3 * size)
                continue;
            if (previous is { } before)
            {
                double gap = letter.Left - before.Right;
                if (gap > 0.25 * size)
                    text.Append(' ', Math.Min(20, Math.Max(1, (int)Math.Round(gap / (0.5 * size)))));
            }
            text.Append(Map(letter.Text));
            previous = letter;
        }
        int bold = 0, red = 0;
        foreach (var letter in letters)
            (bold, red) = (bold + (letter.Bold ? 1 : 0), red + (letter.Red ? 1 : 0));
        return new PdfTextLine(text.ToString(), letters[0].Left, letters[letters.Count - 1].Right,
            letters[0].Baseline, size, bold * 2 > letters.Count, red * 2 > letters.Count);
    }

    /// <summary>TeX and some fonts map the hyphen glyph to U+00AD (soft hyphen); on the page it is a hyphen.</summary>
    private static string Map(string value) => value == "\u00AD" ? "-" : value;
}
