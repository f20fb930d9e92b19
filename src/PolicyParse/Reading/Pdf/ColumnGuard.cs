using System;
using System.Collections.Generic;
using System.Linq;

namespace PolicyParse.Reading.Pdf;

/// <summary>
/// Two-column pages: when a vertical gutter in the middle of the page is free of letters from top to
/// bottom, and many baselines have text on both sides of it, the left column is read before the right
/// one instead of line by line across both.
/// </summary>
internal static class ColumnGuard
{
    private const double BinWidth = 2;
    private const double MinGutter = 12;

    public static List<List<PositionedText>> Split(List<PositionedText> letters, double pageWidth)
    {
        if (letters.Count < 20 || pageWidth <= 0)
            return new List<List<PositionedText>> { letters };
        int bins = (int)Math.Ceiling(pageWidth / BinWidth) + 1;
        var covered = new bool[bins];
        foreach (var letter in letters)
            for (int b = Bin(Math.Min(letter.Left, letter.Right)); b <= Bin(Math.Max(letter.Left, letter.Right)) && b < bins; b++)
                if (b >= 0) covered[b] = true;

        // The widest uncovered run whose middle lies in the central part of the page.
        int bestStart = -1, bestLength = 0;
        for (int b = 0, start = -1; b <= bins; b++)
        {
            bool free = b < bins && !covered[b];
            if (free && start < 0) start = b;
            if (!free && start >= 0)
            {
                double middle = (start + b) / 2.0 * BinWidth;
                if (b - start > bestLength && middle > pageWidth * 0.3 && middle < pageWidth * 0.7)
                    (bestStart, bestLength) = (start, b - start);
                start = -1;
            }
        }
        if (bestLength * BinWidth < MinGutter)
            return new List<List<PositionedText>> { letters };

        double gutter = (bestStart + bestLength / 2.0) * BinWidth;
        var left = letters.Where(l => l.Right <= gutter).ToList();
        var right = letters.Where(l => l.Left >= gutter).ToList();
        // Side-by-side text on many baselines, not a signature block beside a short line.
        var leftBaselines = new HashSet<double>(left.Select(l => Math.Round(l.Baseline)));
        int shared = right.Select(l => Math.Round(l.Baseline)).Distinct().Count(leftBaselines.Contains);
        return shared * 5 >= leftBaselines.Count * 2 && shared >= 5
            ? new List<List<PositionedText>> { left, right }
            : new List<List<PositionedText>> { letters };
    }

    private static int Bin(double x) => (int)Math.Floor(x / BinWidth);
}
