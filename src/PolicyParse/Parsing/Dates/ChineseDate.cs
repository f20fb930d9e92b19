using System;
using System.Text.RegularExpressions;

namespace PolicyParse.Parsing.Dates;

/// <summary>
/// Dates as notices write them: 2021年8月10日 and 二〇二一年八月十日 (with 〇, ○, O or 零 for zero), and as OCR
/// reads Arabic ones, with O for 0 and l or I for 1 after a first digit ("2O21年8月1O日").
/// </summary>
internal static class ChineseDate
{
    private const string YearPart = @"(?<y>\d[\dOoIl]{3}|[〇○零OＯ0一二三四五六七八九]{4})";
    private const string MonthPart = @"(?<m>\d[\dOoIl]?|十[一二]?|[一二三四五六七八九])";
    private const string DayPart = @"(?<d>\d[\dOoIl]?|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])";

    /// <summary>A date anywhere in a line.</summary>
    public static readonly Regex Pattern = new(
        YearPart + @"\s*年\s*" + MonthPart + @"\s*月\s*" + DayPart + @"\s*日",
        RegexOptions.Compiled | RegexOptions.CultureInvariant, PatternTimeout.Value);

    // Anchored at both ends: an unanchored search would retry at every position of every body line.
    private static readonly Regex Whole = new(
        "^" + Pattern.ToString() + "$", RegexOptions.Compiled | RegexOptions.CultureInvariant, PatternTimeout.Value);

    /// <summary>Converts a match of <see cref="Pattern"/>; false for impossible dates such as 2月30日.</summary>
    public static bool TryConvert(Match match, out DateTime date)
    {
        date = default;
        int year = ChineseNumerals.ParseDigitString(OcrDigits(match.Groups["y"].Value));
        int month = ChineseNumerals.Parse(OcrDigits(match.Groups["m"].Value));
        int day = ChineseNumerals.Parse(OcrDigits(match.Groups["d"].Value));
        if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            return false;
        date = new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified);
        return true;
    }

    /// <summary>An Arabic number as OCR may read it ("2O21", "1l") with its letters back to digits; Chinese numerals unchanged.</summary>
    private static string OcrDigits(string number) =>
        number.Length > 0 && number[0] is >= '0' and <= '9'
            ? number.Replace('O', '0').Replace('o', '0').Replace('I', '1').Replace('l', '1')
            : number;

    /// <summary>True when <paramref name="text"/> is a date and nothing else (a 成文日期 line).</summary>
    public static bool TryParseWhole(string text, out DateTime date)
    {
        date = default;
        if (text.Length < 8 || text[text.Length - 1] != '日')
            return false; // cheap rejection of ordinary lines
        var m = Whole.Match(text);
        return m.Success && TryConvert(m, out date);
    }
}
