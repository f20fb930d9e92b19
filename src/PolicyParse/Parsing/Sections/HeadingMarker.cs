using System;
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

/// <summary>
/// Recognizes heading markers: 一、 / （一） / 1. 1、 1． / （1） / ① and 第X章 / 第X节 / 第X条. Every
/// line is asked once, so this is a hand-written scanner rather than a pattern with named groups.
/// </summary>
internal static class HeadingMarker
{
    private const string Cn = "一二三四五六七八九十百";
    private const string ArticleNumeral = Cn + "零〇两千0123456789";

    /// <summary>The marker at the start of <paramref name="text"/>, or null.</summary>
    public static MarkerMatch? Match(string text) => TryMatch(text, out var match) ? match : null;

    public static bool TryMatch(string text, out MarkerMatch match)
    {
        match = default;
        if (text.Length == 0)
            return false;
        char first = text[0];
        int end;
        if (first == '第')
            end = ScanArticle(text, out match);
        else if (first is '（' or '(')
            end = ScanParenthesized(text, out match);
        else if (first is >= '0' and <= '9')
            end = ScanDigits(text, out match);
        else if (first is >= '\u2460' and <= '\u2473')
        {
            end = 1;
            match = new MarkerMatch(MarkerFamily.Level5, first - '\u2460' + 1, first.ToString(), 1);
        }
        else
            end = ScanCounting(text, out match);
        if (end <= 0)
            return false;

        while (end < text.Length && char.IsWhiteSpace(text[end]))
            end++;
        if (end >= text.Length || match.Number <= 0)
            return false; // a marker with nothing after it is not a heading
        match = match with { Length = end };
        return true;
    }

    /// <summary>第十二章 / 第三节 / 第二十条.</summary>
    private static int ScanArticle(string text, out MarkerMatch match)
    {
        match = default;
        int i = Run(text, 1, ArticleNumeral, 6);
        if (i == 1 || i >= text.Length)
            return 0;
        var family = text[i] switch { '章' => MarkerFamily.Chapter, '节' => MarkerFamily.Section, '条' => MarkerFamily.Article, _ => (MarkerFamily?)null };
        if (family is null)
            return 0;
        var digits = text.Substring(1, i - 1);
        match = new MarkerMatch(family.Value, ChineseNumerals.Parse(digits), text.Substring(0, i + 1), 0);
        return i + 1;
    }

    /// <summary>一、 一. 一． and the typist's 一，</summary>
    private static int ScanCounting(string text, out MarkerMatch match)
    {
        match = default;
        int i = Run(text, 0, Cn, 4);
        if (i == 0 || i >= text.Length || text[i] is not ('、' or '.' or '．' or '，'))
            return 0;
        var numeral = text.Substring(0, i);
        match = new MarkerMatch(MarkerFamily.Level1, ChineseNumerals.Parse(numeral), numeral + "、", 0);
        return i + 1;
    }

    /// <summary>1. 1、 1． — but not 1.5亿元, where a digit follows the dot.</summary>
    private static int ScanDigits(string text, out MarkerMatch match)
    {
        match = default;
        int i = Run(text, 0, "0123456789", 3);
        if (i >= text.Length || text[i] is not ('、' or '.' or '．') || (i + 1 < text.Length && text[i + 1] is >= '0' and <= '9'))
            return 0;
        int number = ChineseNumerals.Parse(text.Substring(0, i));
        match = new MarkerMatch(MarkerFamily.Level3, number, number + ".", 0);
        return i + 1;
    }

    /// <summary>（一） and （1）, with either bracket width and spaces inside.</summary>
    private static int ScanParenthesized(string text, out MarkerMatch match)
    {
        match = default;
        int i = SkipSpaces(text, 1);
        int numeralStart = i;
        bool counting = i < text.Length && Cn.IndexOf(text[i]) >= 0;
        i = Run(text, i, counting ? Cn : "0123456789", counting ? 4 : 3);
        if (i == numeralStart)
            return 0;
        var numeral = text.Substring(numeralStart, i - numeralStart);
        i = SkipSpaces(text, i);
        if (i >= text.Length || text[i] is not ('）' or ')'))
            return 0;
        int number = ChineseNumerals.Parse(numeral);
        match = counting
            ? new MarkerMatch(MarkerFamily.Level2, number, "（" + numeral + "）", 0)
            : new MarkerMatch(MarkerFamily.Level4, number, "（" + number + "）", 0);
        return i + 1;
    }

    /// <summary>The end of a run of at most <paramref name="max"/> characters from <paramref name="allowed"/>; start when the run is longer.</summary>
    private static int Run(string text, int start, string allowed, int max)
    {
        int i = start;
        while (i < text.Length && allowed.IndexOf(text[i]) >= 0)
            i++;
        return i - start <= max ? i : start;
    }

    private static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
            i++;
        return i;
    }
}
