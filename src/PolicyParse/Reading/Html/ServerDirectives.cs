using System;
using System.Text;

namespace PolicyParse.Reading.Html;

/// <summary>
/// Server-side template code left in a saved page — JSP/ASP directives and scriptlets (<c>&lt;%@ page … %&gt;</c>,
/// <c>&lt;% … %&gt;</c>) and PHP blocks (<c>&lt;?php … ?&gt;</c>) — is markup, not text; a browser never shows it.
/// HTML parsers read it as text, so it is cut out before parsing. One linear scan.
/// </summary>
internal static class ServerDirectives
{
    private static readonly (string Open, string Close)[] Pairs = { ("<%", "%>"), ("<?php", "?>") };

    public static string Strip(string html)
    {
        if (html.IndexOf("<%", StringComparison.Ordinal) < 0 && html.IndexOf("<?", StringComparison.Ordinal) < 0)
            return html; // one ordinal scan each: most pages hold neither
        var kept = new StringBuilder(html.Length);
        int position = 0;
        while (position < html.Length)
        {
            var (start, close) = NextOpening(html, position);
            int end = start < 0 ? -1 : html.IndexOf(close, start + 2, StringComparison.Ordinal);
            if (start < 0 || end < 0)
                break; // an opening without its end is left as the page has it
            kept.Append(html, position, start - position);
            position = end + close.Length;
        }
        kept.Append(html, position, html.Length - position);
        return kept.ToString();
    }

    private static (int Start, string Close) NextOpening(string html, int from)
    {
        (int Start, string Close) first = (-1, "");
        foreach (var (open, close) in Pairs)
        {
            int at = html.IndexOf(open, from, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && (first.Start < 0 || at < first.Start))
                first = (at, close);
        }
        return first;
    }
}
