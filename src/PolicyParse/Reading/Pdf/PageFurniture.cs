using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace PolicyParse.Reading.Pdf;

/// <summary>
/// Removes what the printer puts around every page: GB/T 9704 page numbers ("— 1 —", "-1-", "第1页"),
/// and running headers or footers — a first or last line that repeats, digits aside, on most pages.
/// </summary>
internal static class PageFurniture
{
    private static readonly Regex PageNumber = new(
        @"^(?:[-—–－―‒~\s]*\d{1,4}[-—–－―‒~\s]*|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*/\s*\d{1,4})$",
        RegexOptions.Compiled | RegexOptions.CultureInvariant, System.TimeSpan.FromMilliseconds(200));

    private static readonly Regex Digits = new(@"\d+", RegexOptions.Compiled | RegexOptions.CultureInvariant, System.TimeSpan.FromMilliseconds(200));

    public static void Remove(List<PdfPageContent> pages)
    {
        foreach (var page in pages)
            page.Lines.RemoveAll(line => IsEdge(page, line) && PageNumber.IsMatch(line.Text.Trim()));
        if (pages.Count < 3)
            return;
        RemoveRepeated(pages, page => page.Lines.Count > 0 ? page.Lines[0] : null);
        RemoveRepeated(pages, page => page.Lines.Count > 0 ? page.Lines[page.Lines.Count - 1] : null);
    }

    /// <summary>Only the top or bottom line of a page can be a page number.</summary>
    private static bool IsEdge(PdfPageContent page, PdfTextLine line) =>
        ReferenceEquals(line, page.Lines[0]) || ReferenceEquals(line, page.Lines[page.Lines.Count - 1]);

    private static void RemoveRepeated(List<PdfPageContent> pages, System.Func<PdfPageContent, PdfTextLine?> edge)
    {
        var keys = pages.Select(p => edge(p) is { } line ? Digits.Replace(line.Text.Trim(), "#") : null).ToList();
        var repeated = keys.Where(k => k is not null).GroupBy(k => k).FirstOrDefault(g => g.Count() * 5 >= pages.Count * 3);
        if (repeated is null)
            return;
        for (int i = 0; i < pages.Count; i++)
            if (keys[i] == repeated.Key && edge(pages[i]) is { } line)
                pages[i].Lines.Remove(line);
    }
}
