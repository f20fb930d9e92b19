using System;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;
using PolicyParse.Model;

namespace PolicyParse.Parsing.DocumentNumbers;

/// <summary>
/// Reads 发文字号 in every form seen in practice: the year in 〔〕 [] ［］ （） 【】 〈〉 ﹝﹞ 〖〗 「」, full-width
/// digits, stray spaces, 号 missing or spaced ("860 号"), OCR's confusions (a closing bracket read as "J", "l" or "|", or as two marks "]j"; O for 0 and l or I for 1 in the year)
/// ("(2022J 66号", "〔2021 J364号"), and gives the canonical 机关代字〔年份〕序号号. Announcements and
/// orders numbered by year ("国家税务总局公告2022年第6号", "2022年第6号") keep that form.
/// </summary>
public static class DocumentNumberParser
{
    private const string Open = "〔\\[［（(【〈<﹝〖{｛「";
    private const string Close = "〕\\]］）)】〉>﹞〗}｝」Jjl|";

    /// <summary>A second closing mark OCR sometimes reads out of one bracket: "【2019]j 118号".</summary>
    private const string OcrStrayClose = "Jjl|";

    private const int MaxAgencyLength = 16;

    // The search starts at the year bracket, whose first character is rare, so the engine skips ahead
    // with a vectorized scan; the agency code is then read backwards from the bracket. (Leading with
    // the agency's large Han character class made every position of every line a match attempt.)
    // Works on raw text: .NET's \d matches full-width digits too, so the source form survives into Raw.
    private static readonly Regex YearAndSerial = new(
        @"[" + Open + @"]\s*(?<year>\d[\dOoIl]{3})\s*[" + Close + @"](?:\s*[" + OcrStrayClose + @"])?\s*第?\s*(?<serial>\d{1,6})\s*(?<hao>号)?",
        RegexOptions.Compiled | RegexOptions.CultureInvariant, PatternTimeout.Value);

    /// <summary>"国家税务总局公告2022年第6号", "2022年第6号": a number counted within a year, for 公告 and 令.</summary>
    private static readonly Regex YearCounted = new(
        @"^(?<agency>[\u4E00-\u9FFF]{0,16}?)\s*(?<year>\d{4})\s*年\s*第\s*(?<serial>\d{1,6})\s*号$",
        RegexOptions.Compiled | RegexOptions.CultureInvariant, PatternTimeout.Value);

    /// <summary>
    /// Parses a line that is a document number and nothing else, apart from a 签发人 note. Lines with more
    /// text around the number are citations, not the notice's own number.
    /// </summary>
    public static bool TryParseLine(string line, out DocumentNumber? number)
    {
        number = null;
        var trimmed = WithoutEnclosingBrackets(line.Trim());
        var m = YearAndSerial.Match(trimmed);
        if (!m.Success || AgencyStart(trimmed, m.Index) != 0)
        {
            number = ParseYearCounted(trimmed);
            return number is not null;
        }
        var rest = trimmed.Substring(m.Index + m.Length).Trim();
        if (rest.Length > 0 && !rest.StartsWith("签发人", StringComparison.Ordinal))
            return false;
        number = Create(trimmed, 0, m);
        return number is not null;
    }

    /// <summary>"（国办发〔2019〕5号）": web copies print the number in brackets under (or after) the title.</summary>
    private static string WithoutEnclosingBrackets(string text) =>
        text.Length > 2 && text[0] is '（' or '(' && text[text.Length - 1] is '）' or ')' ? text.Substring(1, text.Length - 2).Trim() : text;

    /// <summary>
    /// A title with its number in brackets at the end, as web copies print it ("某某关于…的通知（某政发〔2021〕3号）"):
    /// the title before the brackets and the number; null when the line does not end so.
    /// </summary>
    public static (string Title, DocumentNumber Number)? SplitTrailingNumber(string line)
    {
        var trimmed = line.TrimEnd();
        if (trimmed.Length < 8 || trimmed[trimmed.Length - 1] is not ('）' or ')'))
            return null;
        int open = trimmed.LastIndexOfAny(new[] { '（', '(' }, trimmed.Length - 2);
        if (open <= 0 || !TryParseLine(trimmed.Substring(open), out var number) || number is null)
            return null;
        return (trimmed.Substring(0, open).TrimEnd(), number);
    }

    /// <summary>Parses <paramref name="text"/> as exactly one document number.</summary>
    public static DocumentNumber? Parse(string text)
    {
        var trimmed = text.Trim();
        var m = YearAndSerial.Match(trimmed);
        return m.Success && m.Index + m.Length == trimmed.Length && AgencyStart(trimmed, m.Index) == 0 ? Create(trimmed, 0, m) : ParseYearCounted(trimmed);
    }

    private static DocumentNumber? ParseYearCounted(string trimmed)
    {
        if (trimmed.Length > 40 || trimmed.IndexOf('第') < 0 || YearCounted.Match(trimmed) is not { Success: true } m)
            return null;
        var agency = m.Groups["agency"].Value;
        int year = ToInt(m.Groups["year"].Value), serial = ToInt(m.Groups["serial"].Value);
        if (year < 1949 || year > 2200 || serial <= 0)
            return null;
        var canonical = agency + year.ToString(System.Globalization.CultureInfo.InvariantCulture) + "年第" + serial.ToString(System.Globalization.CultureInfo.InvariantCulture) + "号";
        return new DocumentNumber(canonical, trimmed, agency, year, serial);
    }

    /// <summary>
    /// Every document number cited in running text. A citation must not run into preceding Chinese
    /// words ("按照国发〔2018〕41号" does not say where the agency code starts), so only numbers right
    /// after a bracket or punctuation count, or a number that is the whole text; for those the agency
    /// code is exactly what stands between that boundary and the year.
    /// </summary>
    public static IEnumerable<(DocumentNumber Number, int Index, int Length)> FindCitations(string text)
    {
        foreach (Match m in YearAndSerial.Matches(text))
        {
            int start = AgencyStart(text, m.Index);
            if (start < 0 || !m.Groups["hao"].Success)
                continue;
            bool bounded = start > 0 ? IsCitationBoundary(text[start - 1]) : m.Index + m.Length == text.TrimEnd().Length;
            var number = bounded ? Create(text, start, m) : null;
            if (number is not null)
                yield return (number, start, m.Index + m.Length - start);
        }
    }

    /// <summary>Where the agency code before the year bracket at <paramref name="bracket"/> starts; -1 when there is none or it is too long to tell.</summary>
    private static int AgencyStart(string text, int bracket)
    {
        int i = bracket;
        while (i > 0 && bracket - i < MaxAgencyLength && IsAgencyChar(text[i - 1]))
            i--;
        while (i < bracket && char.IsWhiteSpace(text[i]))
            i++;
        if (i == bracket) return -1;
        return i > 0 && IsAgencyChar(text[i - 1]) ? -1 : i;
    }

    private static bool IsAgencyChar(char c) =>
        Normalizing.TextNormalizer.IsHan(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == ' ' || c == '\u3000';

    private static bool IsCitationBoundary(char c) => c is '（' or '(' or '《' or '“' or '"' or '、' or '，' or ',' or '；' or ';' or '：' or ':' or ' ';

    private static DocumentNumber? Create(string text, int agencyStart, Match m)
    {
        var agency = RemoveSpaces(text.Substring(agencyStart, m.Index - agencyStart));
        int year = ToInt(m.Groups["year"].Value);
        int serial = ToInt(m.Groups["serial"].Value);
        if (agency.Length == 0 || year < 1949 || year > 2200 || serial <= 0)
            return null;
        var canonical = agency + "〔" + year.ToString(System.Globalization.CultureInfo.InvariantCulture) + "〕"
                   + serial.ToString(System.Globalization.CultureInfo.InvariantCulture) + "号";
        return new DocumentNumber(canonical, text.Substring(agencyStart, m.Index + m.Length - agencyStart).Trim(), agency, year, serial);
    }

    private static int ToInt(string digits)
    {
        int value = 0;
        foreach (char c in digits)
            value = value * 10 + c switch
            {
                'O' or 'o' => 0, // OCR's letters for digits in a year: "2O21", "20l9"
                'I' or 'l' => 1,
                _ => (int)char.GetNumericValue(c),
            };
        return value;
    }

    private static string RemoveSpaces(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (char c in s)
            if (!char.IsWhiteSpace(c)) sb.Append(c);
        return sb.ToString();
    }
}
