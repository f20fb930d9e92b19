using System;
using System.Text.RegularExpressions;

namespace PolicyParse.Normalizing;

/// <summary>
/// GB/T 9704 page numbers as lines of their own: "— 1 —", "-1-", "第1页", "第1页 共5页", "1/5". A bare
/// number is one only where the page's layout says so (the PDF reader's first or last line), since
/// in text it is as often a table cell; <see cref="IsDecorated"/> asks for the dashes or 第…页.
/// </summary>
internal static class PageNumberLine
{
    private static readonly Regex Any = new(
        @"^(?:[-—–－―‒~\s]*\d{1,4}[-—–－―‒~\s]*|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*/\s*\d{1,4})$",
        RegexOptions.Compiled | RegexOptions.CultureInvariant, PatternTimeout.Value);

    private static readonly Regex Decorated = new(
        @"^(?:[-—–－―‒~]+\s*\d{1,4}\s*[-—–－―‒~]+|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?)$",
        RegexOptions.Compiled | RegexOptions.CultureInvariant, PatternTimeout.Value);

    /// <summary>Any page-number form, bare numbers included (for a page's first or last line).</summary>
    public static bool Is(string text) => text.Length <= 20 && Any.IsMatch(text.Trim());

    /// <summary>A page number that says so by its dashes or 第…页, wherever the line stands.</summary>
    public static bool IsDecorated(string text) =>
        text.Length is > 0 and <= 20 && "-—–－―‒~第 ".IndexOf(text[0]) >= 0 && Decorated.IsMatch(text.Trim());
}
