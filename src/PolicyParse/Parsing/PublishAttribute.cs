using System;
using System.Text.RegularExpressions;

namespace PolicyParse.Parsing;

/// <summary>公开属性 lines: （此件公开发布）, （此件主动公开）, （此件依申请公开）, （此件不予公开） and similar.</summary>
internal static class PublishAttribute
{
    private static readonly Regex Pattern = new(
        @"^[（(]?\s*(?<attr>此件(公开发布|主动公开|依申请公开|不予公开|不公开|删减后公开|公开))\s*[）)]?$",
        RegexOptions.Compiled | RegexOptions.CultureInvariant, PatternTimeout.Value);

    /// <summary>The attribute without brackets, or null when the line is not one.</summary>
    public static string? Match(string text)
    {
        var m = Pattern.Match(text);
        return m.Success ? m.Groups["attr"].Value : null;
    }
}
