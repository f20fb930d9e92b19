using System;
using System.Text.RegularExpressions;

namespace PolicyParse.Parsing.Header;

/// <summary>
/// The 版头's small marks above the organ mark (GB/T 9704 7.2): 份号 ("000012"), 密级 and 保密期限
/// ("机密★1年", "秘密"), 紧急程度 ("特急", "加急"), and the 签发人 line of an upward notice. They are
/// neither organ mark nor title.
/// </summary>
internal static class HeaderMarks
{
    private static readonly Regex Mark = new(
        @"^(?:\d{6}|(?:绝密|机密|秘密|内部)(?:\s*★\s*\S{0,8})?|特急|加急|紧急|特提|平急|签\s*发\s*人\s*[:：].{1,30})$",
        RegexOptions.Compiled | RegexOptions.CultureInvariant, PatternTimeout.Value);

    public static bool Is(string text) => text.Length is > 0 and <= 40 && (char.IsDigit(text[0]) || "绝机秘内特加紧平签".IndexOf(text[0]) >= 0) && Mark.IsMatch(text);
}
