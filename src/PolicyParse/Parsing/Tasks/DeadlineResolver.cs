using System;
using System.Text.RegularExpressions;
using PolicyParse.Model;

namespace PolicyParse.Parsing.Tasks;

/// <summary>
/// Reads a 完成时限 as written ("12月底前", "2021年6月底前", "第三季度", "实时公开") into a date, using the
/// document's year where the phrase names none, or into an ongoing obligation. When a phrase names
/// several dates ("6月底前启动，12月底前完成") the last one is the deadline.
/// </summary>
internal static class DeadlineResolver
{
    private static readonly string[] OngoingWords =
    {
        "实时", "长期", "持续", "常态化", "每季度", "每月", "每年", "每周", "每半年", "定期", "及时", "动态", "经常性", "随时", "日常",
    };

    // 2021年6月底前 · 6月30日前 · 8月底 · 年底前 · 上半年 · 第三季度 · 三季度 · 年内
    private static readonly Regex Point = new(
        @"(?:(?<year>\d{4})\s*年\s*)?(?:(?<month>\d{1,2})\s*月\s*(?:(?<day>\d{1,2})\s*日|(?<monthEnd>底|末|份|中旬|上旬|下旬))?"
        + @"|(?<yearEnd>年底|年末|年内|全年|年度内)"
        + @"|(?<half>上|下)半年"
        + @"|第?(?<quarter>[一二三四1-4])\s*季度)",
        RegexOptions.Compiled | RegexOptions.CultureInvariant, PatternTimeout.Value);

    /// <summary>Resolves <paramref name="text"/>; <paramref name="understood"/> is false for a phrase that names no time.</summary>
    public static TaskDeadline Resolve(string text, int? documentYear, out bool understood)
    {
        var trimmed = text.Trim();
        DateTime? last = null;
        foreach (Match m in Point.Matches(trimmed))
        {
            if (ToDate(m, documentYear) is { } date)
                last = date;
        }
        if (last is not null)
        {
            understood = true;
            return new TaskDeadline(trimmed, last, false);
        }
        understood = Array.Exists(OngoingWords, w => trimmed.IndexOf(w, StringComparison.Ordinal) >= 0);
        return new TaskDeadline(trimmed, null, understood);
    }

    private static DateTime? ToDate(Match m, int? documentYear)
    {
        int? year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture) : documentYear;
        if (year is not { } y || y < 1949 || y > 2200)
            return null;
        if (m.Groups["yearEnd"].Success)
            return new DateTime(y, 12, 31);
        if (m.Groups["half"].Success)
            return m.Groups["half"].Value == "上" ? new DateTime(y, 6, 30) : new DateTime(y, 12, 31);
        if (m.Groups["quarter"].Success)
        {
            int quarter = ChineseNumerals.DigitValue(m.Groups["quarter"].Value[0]);
            return new DateTime(y, quarter * 3, DateTime.DaysInMonth(y, quarter * 3));
        }
        if (!m.Groups["month"].Success)
            return null; // a bare year ("2021年") is not a deadline of its own
        int month = int.Parse(m.Groups["month"].Value, System.Globalization.CultureInfo.InvariantCulture);
        if (month is < 1 or > 12)
            return null;
        int lastDay = DateTime.DaysInMonth(y, month);
        if (m.Groups["day"].Success)
        {
            int day = int.Parse(m.Groups["day"].Value, System.Globalization.CultureInfo.InvariantCulture);
            return day >= 1 && day <= lastDay ? new DateTime(y, month, day) : null;
        }
        return m.Groups["monthEnd"].Value switch
        {
            "上旬" => new DateTime(y, month, 10),
            "中旬" => new DateTime(y, month, 20),
            _ => new DateTime(y, month, lastDay), // 月底, 月末, 月份, or the month alone: by its end
        };
    }
}
