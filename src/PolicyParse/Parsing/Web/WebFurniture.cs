using System;
using System.Text.RegularExpressions;

namespace PolicyParse.Parsing.Web;

/// <summary>
/// Lines that web-page copies of notices carry around the notice itself: breadcrumbs, 来源/时间/访问量
/// lines, share and print buttons, QR-code prompts, attachment file links, and the 此页无正文 filler.
/// </summary>
internal static class WebFurniture
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(200);

    /// <summary>Furniture recognized by how the line starts (anchored, so ordinary lines fail at once).</summary>
    private static readonly Regex Leading = new(
        @"^(?:(当前位置|您的位置|你的位置|首页\s*>)"
        + @"|(来源|信息来源|文章来源|发布机构|发布时间|发布日期|时间|日期|作者|编辑|责任编辑)\s*[:：].{0,80}$"
        + @"|(扫一扫|用手机扫|微信扫一扫|分享到|【?(打印|打印本页|关闭|关闭窗口|收藏|字号|返回顶部)】?)"
        + @"|[^\s:：]{1,200}\.(pdf|docx?|wps|xlsx?|et|ofd|zip|rar)$"
        + @"|[（(]此页无正文[）)]$)",
        RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Timeout);

    /// <summary>Furniture recognized by how the line ends; matched right to left so only the end is tried.</summary>
    private static readonly Regex Trailing = new(
        @"(访问量|浏览次数|浏览量|阅读次数|点击数|点击量|点击率)\s*[:：]?\s*\d*\s*(次)?$",
        RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.RightToLeft, Timeout);

    /// <summary>True when a normalized line is site furniture rather than part of the notice.</summary>
    public static bool IsFurniture(string text) => text.Length <= 300 && (Leading.IsMatch(text) || Trailing.IsMatch(text));
}
