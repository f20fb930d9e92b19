using System;
using System.Text.RegularExpressions;
using PolicyParse.Model;

namespace PolicyParse.Parsing.Sections;

/// <summary>The marker families of GB/T 9704 headings and of 章/节/条, in nesting order.</summary>
internal enum MarkerFamily
{
    Chapter,
    Section,
    Article,
    Level1,
    Level2,
    Level3,
    Level4,
    Level5,
}

/// <summary>A marker at the start of a line.</summary>
/// <param name="Family">Which family it belongs to.</param>
/// <param name="Number">Its number.</param>
/// <param name="Marker">Canonical form: 一、 （一） 1. （1） ① 第一章.</param>
/// <param name="Length">Characters the marker and the spaces after it take in the line.</param>
internal readonly record struct MarkerMatch(MarkerFamily Family, int Number, string Marker, int Length)
{
    public SectionKind Kind => Family switch
    {
        MarkerFamily.Chapter => SectionKind.Chapter,
        MarkerFamily.Section => SectionKind.Section,
        MarkerFamily.Article => SectionKind.Article,
        _ => SectionKind.Heading,
    };

    /// <summary>1–5 for headings by family; 1–3 for 章/节/条.</summary>
    public int Level => Family switch
    {
        MarkerFamily.Chapter => 1,
        MarkerFamily.Section => 2,
        MarkerFamily.Article => 3,
        _ => Family - MarkerFamily.Level1 + 1,
    };

    public bool IsHeading => Family >= MarkerFamily.Level1;
}

/// <summary>Recognizes heading markers: 一、 / （一） / 1. 1、 1． / （1） / ① and 第X章 / 第X节 / 第X条.</summary>
internal static class HeadingMarker
{
    private const string Cn = "一二三四五六七八九十百";

    // "1.5亿元" is a number, not a marker: a digit after the dot rules the marker out.
    private static readonly Regex Pattern = new(
        @"^(?:第(?<cn>[" + Cn + @"零〇两千\d]{1,6})(?<ck>章|节|条)"
        + @"|(?<l1>[" + Cn + @"]{1,4})[、.．]"
        + @"|[（(]\s*(?<l2>[" + Cn + @"]{1,4})\s*[）)]"
        + @"|(?<l3>\d{1,3})(?:[.．、](?!\d))"
        + @"|[（(]\s*(?<l4>\d{1,3})\s*[）)]"
        + @"|(?<l5>[\u2460-\u2473]))\s*",
        RegexOptions.Compiled | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200));

    public static bool TryMatch(string text, out MarkerMatch match)
    {
        match = default;
        if (text.Length == 0)
            return false;
        var m = Pattern.Match(text);
        if (!m.Success || m.Length >= text.Length)
            return false; // a marker with nothing after it is not a heading

        if (m.Groups["ck"].Success)
        {
            var family = m.Groups["ck"].Value switch { "章" => MarkerFamily.Chapter, "节" => MarkerFamily.Section, _ => MarkerFamily.Article };
            var digits = m.Groups["cn"].Value;
            match = new MarkerMatch(family, ChineseNumerals.Parse(digits), "第" + digits + m.Groups["ck"].Value, m.Length);
        }
        else if (m.Groups["l1"].Success)
            match = new MarkerMatch(MarkerFamily.Level1, ChineseNumerals.Parse(m.Groups["l1"].Value), m.Groups["l1"].Value + "、", m.Length);
        else if (m.Groups["l2"].Success)
            match = new MarkerMatch(MarkerFamily.Level2, ChineseNumerals.Parse(m.Groups["l2"].Value), "（" + m.Groups["l2"].Value + "）", m.Length);
        else if (m.Groups["l3"].Success)
            match = new MarkerMatch(MarkerFamily.Level3, ChineseNumerals.Parse(m.Groups["l3"].Value), ChineseNumerals.Parse(m.Groups["l3"].Value) + ".", m.Length);
        else if (m.Groups["l4"].Success)
            match = new MarkerMatch(MarkerFamily.Level4, ChineseNumerals.Parse(m.Groups["l4"].Value), "（" + ChineseNumerals.Parse(m.Groups["l4"].Value) + "）", m.Length);
        else
        {
            char circled = m.Groups["l5"].Value[0];
            match = new MarkerMatch(MarkerFamily.Level5, circled - '\u2460' + 1, circled.ToString(), m.Length);
        }
        return match.Number > 0;
    }
}
