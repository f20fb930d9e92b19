using System.Globalization;
using System.Text;

namespace PolicyParse.Reading.Docx;

/// <summary>Renders a list counter in one of Word's number formats (w:numFmt) as a reader sees it.</summary>
internal static class NumberFormatter
{
    private const string ChineseDigits = "〇一二三四五六七八九";
    private const string HeavenlyStems = "甲乙丙丁戊己庚辛壬癸";

    public static string Format(int value, string? numFmt) => numFmt switch
    {
        "chineseCounting" or "chineseCountingThousand" or "taiwaneseCounting" or "taiwaneseCountingThousand" => ChineseCounting(value),
        "ideographDigital" or "taiwaneseDigital" => Digits(value, ChineseDigits),
        "ideographTraditional" => value is >= 1 and <= 10 ? HeavenlyStems[value - 1].ToString() : Decimal(value),
        "decimalEnclosedCircle" or "decimalEnclosedCircleChinese" => value is >= 1 and <= 20 ? ((char)('\u2460' + value - 1)).ToString() : Decimal(value),
        "decimalEnclosedParen" => value is >= 1 and <= 20 ? ((char)('\u2474' + value - 1)).ToString() : "(" + Decimal(value) + ")",
        "decimalEnclosedFullstop" => value is >= 1 and <= 20 ? ((char)('\u2488' + value - 1)).ToString() : Decimal(value) + ".",
        "decimalFullWidth" or "decimalFullWidth2" => Digits(value, "０１２３４５６７８９"),
        "decimalZero" => value.ToString("00", CultureInfo.InvariantCulture),
        "lowerLetter" => Letters(value, 'a'),
        "upperLetter" => Letters(value, 'A'),
        "lowerRoman" => Roman(value).ToLowerInvariant(),
        "upperRoman" => Roman(value),
        "none" or "bullet" => "",
        _ => Decimal(value),
    };

    /// <summary>一 … 十, 十一, 二十, 一百零一, 一千零二十: counting numerals as 公文 headings write them.</summary>
    public static string ChineseCounting(int value)
    {
        if (value <= 0 || value >= 10000)
            return Decimal(value);
        if (value < 10)
            return ChineseDigits[value].ToString();
        if (value < 20)
            return "十" + (value == 10 ? "" : ChineseDigits[value - 10].ToString());
        var sb = new StringBuilder();
        var units = new[] { (1000, '千'), (100, '百'), (10, '十') };
        bool pendingZero = false;
        foreach (var (unit, name) in units)
        {
            int digit = value / unit % 10;
            if (digit == 0)
            {
                pendingZero = sb.Length > 0;
                continue;
            }
            if (pendingZero) sb.Append('零');
            sb.Append(ChineseDigits[digit]).Append(name);
            pendingZero = false;
        }
        if (value % 10 > 0)
        {
            if (pendingZero) sb.Append('零');
            sb.Append(ChineseDigits[value % 10]);
        }
        return sb.ToString();
    }

    private static string Decimal(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Digits(int value, string digits)
    {
        var sb = new StringBuilder();
        foreach (char c in Decimal(value))
            sb.Append(char.IsDigit(c) ? digits[c - '0'] : c);
        return sb.ToString();
    }

    /// <summary>a … z, then aa, bb … as Word repeats the letter.</summary>
    private static string Letters(int value, char first)
    {
        if (value <= 0) return Decimal(value);
        return new string((char)(first + (value - 1) % 26), (value - 1) / 26 + 1);
    }

    private static string Roman(int value)
    {
        if (value is <= 0 or >= 4000) return Decimal(value);
        var sb = new StringBuilder();
        int[] values = { 1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1 };
        string[] symbols = { "M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I" };
        for (int i = 0; i < values.Length; i++)
            for (; value >= values[i]; value -= values[i])
                sb.Append(symbols[i]);
        return sb.ToString();
    }
}
