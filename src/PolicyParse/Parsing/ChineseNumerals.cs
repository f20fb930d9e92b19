namespace PolicyParse.Parsing;

/// <summary>Reads Chinese numerals as used in markers and dates: 十六, 二十一, 一百零一, and digit-by-digit years such as 二〇二一.</summary>
internal static class ChineseNumerals
{
    /// <summary>The value of one digit character (〇 ○ O 零 一 … 九), or -1.</summary>
    public static int DigitValue(char c) => c switch
    {
        '〇' or '○' or '零' or 'O' or 'o' or 'Ｏ' or '0' => 0,
        '一' or '壹' => 1,
        '二' or '贰' or '两' => 2,
        '三' or '叁' => 3,
        '四' or '肆' => 4,
        '五' or '伍' => 5,
        '六' or '陆' => 6,
        '七' or '柒' => 7,
        '八' or '捌' => 8,
        '九' or '玖' => 9,
        >= '1' and <= '9' => c - '0',
        _ => -1,
    };

    /// <summary>Parses a counting numeral (十六 = 16) or a string of Arabic digits; 0 when it is neither.</summary>
    public static int Parse(string s)
    {
        if (s.Length == 0) return 0;
        if (int.TryParse(s, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int arabic))
            return arabic;

        int total = 0, current = 0;
        foreach (char c in s)
        {
            int d = DigitValue(c);
            if (d >= 0) { current = d; continue; }
            int unit = c switch { '十' or '拾' => 10, '百' or '佰' => 100, '千' or '仟' => 1000, _ => 0 };
            if (unit == 0) return 0;
            total += (current == 0 ? 1 : current) * unit;
            current = 0;
        }
        return total + current;
    }

    /// <summary>Parses a year written digit by digit (二〇二一 = 2021); 0 when it is not one.</summary>
    public static int ParseDigitString(string s)
    {
        int value = 0;
        foreach (char c in s)
        {
            int d = DigitValue(c);
            if (d < 0) return 0;
            value = value * 10 + d;
        }
        return value;
    }
}
