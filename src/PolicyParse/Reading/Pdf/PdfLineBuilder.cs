using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using UglyToad.PdfPig.Content;

namespace PolicyParse.Reading.Pdf;

/// <summary>
/// Groups letters into lines by baseline, top to bottom, and reads each line left to right. Chinese
/// text has no spaces between characters, so a space is only written where the letters leave a gap.
/// </summary>
internal static class PdfLineBuilder
{
    public static List<PdfTextLine> Build(IEnumerable<Letter> letters)
    {
        var visible = letters.Where(l => l.Value.Length > 0 && !string.IsNullOrWhiteSpace(l.Value))
            .OrderByDescending(l => l.StartBaseLine.Y).ThenBy(l => l.StartBaseLine.X).ToList();
        var lines = new List<PdfTextLine>();
        var current = new List<Letter>();
        double baseline = 0, size = 0;
        foreach (var letter in visible)
        {
            double y = letter.StartBaseLine.Y;
            if (current.Count > 0 && Math.Abs(baseline - y) > 0.35 * Math.Max(size, letter.PointSize))
            {
                lines.Add(Read(current));
                current.Clear();
            }
            if (current.Count == 0)
            {
                baseline = y;
                size = letter.PointSize;
            }
            current.Add(letter);
        }
        if (current.Count > 0)
            lines.Add(Read(current));
        return lines;
    }

    private static PdfTextLine Read(List<Letter> letters)
    {
        letters.Sort((a, b) => a.StartBaseLine.X.CompareTo(b.StartBaseLine.X));
        var text = new StringBuilder();
        double size = letters.Max(l => l.PointSize);
        Letter? previous = null;
        foreach (var letter in letters)
        {
            if (previous is not null)
            {
                double gap = letter.StartBaseLine.X - previous.EndBaseLine.X;
                if (gap > 0.25 * size)
                    text.Append(' ', Math.Min(20, Math.Max(1, (int)Math.Round(gap / (0.5 * size)))));
            }
            text.Append(Map(letter.Value));
            previous = letter;
        }
        int bold = letters.Count(l => l.FontName?.IndexOf("Bold", StringComparison.OrdinalIgnoreCase) >= 0);
        return new PdfTextLine(text.ToString(), letters[0].StartBaseLine.X, letters[letters.Count - 1].EndBaseLine.X,
            letters[0].StartBaseLine.Y, size, bold * 2 > letters.Count);
    }

    /// <summary>TeX and some fonts map the hyphen glyph to U+00AD (soft hyphen); on the page it is a hyphen.</summary>
    private static string Map(string value) => value == "\u00AD" ? "-" : value;
}
