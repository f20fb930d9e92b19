using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using PolicyParse.Normalizing;

namespace PolicyParse.Reading.Pdf;

/// <summary>
/// Removes what the printer puts around every page: GB/T 9704 page numbers ("— 1 —", "-1-", "第1页"),
/// and running headers or footers — a first or last line that repeats, digits aside, on most pages.
/// </summary>
internal static class PageFurniture
{
    private static readonly Regex Digits = new(@"\d+", RegexOptions.Compiled | RegexOptions.CultureInvariant, PatternTimeout.Value);

    public static void Remove(List<PdfPageContent> pages)
    {
        // Decide on the original edges of every page first, so that removing one edge line never
        // exposes a body line to the same test.
        var firsts = pages.Select(p => p.Lines.Count > 1 ? p.Lines[0] : null).ToList();
        var lasts = pages.Select(p => p.Lines.Count > 1 ? p.Lines[p.Lines.Count - 1] : null).ToList();
        var repeatedFirst = Repeated(firsts, pages.Count);
        var repeatedLast = Repeated(lasts, pages.Count);
        for (int i = 0; i < pages.Count; i++)
        {
            // A page whose only line is its number ("— 2 —" under a table that fills the page).
            if (pages[i].Lines.Count == 1 && PageNumberLine.IsDecorated(pages[i].Lines[0].Text.Trim()))
            {
                pages[i].Lines.Clear();
                continue;
            }
            // A page carries one number, at its foot as GB/T 9704 puts it: under a numbered foot, a bare
            // number heading the page is body (a table's row number, "13", that the page break put first).
            bool numberedFoot = lasts[i] is { } foot && PageNumberLine.Is(foot.Text);
            if (firsts[i] is { } first && ((!numberedFoot && PageNumberLine.Is(first.Text)) || Key(first) == repeatedFirst))
                pages[i].Lines.Remove(first);
            if (lasts[i] is { } last && (numberedFoot || Key(last) == repeatedLast))
                pages[i].Lines.Remove(last);
        }
    }

    /// <summary>The edge line that, digits aside, stands on at least 60% of three or more pages.</summary>
    private static string? Repeated(List<PdfTextLine?> edges, int pageCount)
    {
        if (pageCount < 3)
            return null;
        return edges.Where(l => l is not null).Select(l => Key(l!)).GroupBy(k => k)
            .FirstOrDefault(g => g.Count() * 5 >= pageCount * 3)?.Key;
    }

    private static string Key(PdfTextLine line) => Digits.Replace(line.Text.Trim(), "#");
}
