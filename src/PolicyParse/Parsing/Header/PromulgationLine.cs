using System;
using System.Text.RegularExpressions;
using PolicyParse.Parsing.Dates;

namespace PolicyParse.Parsing.Header;

/// <summary>
/// The history lines laws, regulations and rules carry under their title — "2019年4月20日中华人民共和国
/// 国务院令第713号公布 自2019年9月1日起施行", "（1991年3月4日国务院令第76号发布 根据2018年…修订）",
/// "2019年9月27日 山东省第十三届人民代表大会常务委员会第十四次会议通过": a line that opens with a date
/// (or 根据, in brackets or not) and records that the text was adopted, approved, promulgated, amended or
/// put in force. They are neither title nor body.
/// </summary>
internal static class PromulgationLine
{
    private const int MaxLength = 400;

    private static readonly Regex Act = new(
        "(通过|批准|公布|发布|颁布|印发|施行|修订|修正|修改|废止)", RegexOptions.Compiled | RegexOptions.CultureInvariant, PatternTimeout.Value);

    public static bool Is(string text)
    {
        if (text.Length < 10 || text.Length > MaxLength || text.IndexOf('。') >= 0 && !text.EndsWith("）", StringComparison.Ordinal))
            return false;
        if (!(char.IsDigit(text[0]) || "（(根一二〇○".IndexOf(text[0]) >= 0))
            return false; // cheap: a date, a bracket or 根据 opens every history line
        var inner = text[0] is '（' or '(' ? text.Substring(1) : text;
        if (!inner.StartsWith("根据", StringComparison.Ordinal))
        {
            var date = ChineseDate.Pattern.Match(inner.Length > 16 ? inner.Substring(0, 16) : inner);
            if (!date.Success || date.Index != 0)
                return false;
        }
        return Act.IsMatch(inner);
    }
}
