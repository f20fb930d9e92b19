using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace PolicyParse.Parsing.Header;

/// <summary>
/// An order that promulgates a regulation or rule (令): a banner "中华人民共和国国务院令" or "XX省人民政府令"
/// over its number "第706号", then "《X》已经…通过，现予公布，自…起施行". The order has no title of its own:
/// the document is X, so X is its title.
/// </summary>
internal static class OrderBanner
{
    private const int MaxBannerLength = 30;
    private const int PromulgationSearchLines = 3;

    private static readonly Regex OrderNumber = new(
        @"^第\s*[0-9一二三四五六七八九十百千零〇]+\s*号$", RegexOptions.Compiled | RegexOptions.CultureInvariant, PatternTimeout.Value);

    private static readonly Regex PromulgatedTitle = new(
        @"《(?<title>[^《》]{2,80})》[^《》]*(公布|发布|颁布|施行)", RegexOptions.Compiled | RegexOptions.CultureInvariant, PatternTimeout.Value);

    /// <summary>When lines[i] opens an order: the banner ("XX令 第N号"), the promulgated title, and the index after the number line.</summary>
    public static (string Banner, string? Title, int Next)? TryRead(IReadOnlyList<Line> lines, int i)
    {
        if (i + 1 >= lines.Count || lines[i].IsTable || lines[i + 1].IsTable)
            return null;
        var banner = lines[i].Text;
        if (banner.Length > MaxBannerLength || !banner.EndsWith("令", StringComparison.Ordinal) || !OrderNumber.IsMatch(lines[i + 1].Text))
            return null;
        string? title = null;
        for (int j = i + 2; j < lines.Count && j < i + 2 + PromulgationSearchLines && title is null; j++)
            if (!lines[j].IsTable && PromulgatedTitle.Match(lines[j].Text) is { Success: true } m)
                title = m.Groups["title"].Value;
        return (banner + lines[i + 1].Text, title, i + 2);
    }
}
