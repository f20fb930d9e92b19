using System;
using System.Text.RegularExpressions;

using PolicyParse.Normalizing;

namespace PolicyParse.Parsing.Web;

/// <summary>
/// Lines that web-page copies of notices carry around the notice itself: breadcrumbs, 来源/时间/访问量
/// lines, share and print buttons, QR-code prompts, attachment file links, and the 此页无正文 filler;
/// and what text extracted from a printed copy keeps of its pages: page numbers ("— 2 —", "第2页").
/// </summary>
internal static class WebFurniture
{
    private static readonly TimeSpan Timeout = PatternTimeout.Value;

    /// <summary>Furniture recognized by how the line starts (anchored, so ordinary lines fail at once).</summary>
    private static readonly Regex Leading = new(
        @"^(?:(当前位置|您的位置|你的位置|首页\s*>)"
        + @"|(来源|信息来源|文章来源|发布机构|发布时间|发布日期|时间|日期|作者|编辑|责任编辑)\s*[:：].{0,80}$"
        + @"|(扫一扫|用手机扫|微信扫一扫|分享到|【?(打印|打印本页|关闭|关闭窗口|收藏|字号|返回顶部)】?)"
        + @"|[（(]此页无正文[）)]$)",
        RegexOptions.Compiled | RegexOptions.CultureInvariant, Timeout);

    /// <summary>The characters <see cref="Leading"/> can start with; other lines skip the pattern.</summary>
    private const string LeadingFirstChars = "当您你首来信文发时日作编责扫用微分【打关收字返（(";

    /// <summary>Counters that end a line: "浏览次数：1234次", "访问量: 56".</summary>
    private static readonly string[] Counters = { "访问量", "浏览次数", "浏览量", "阅读次数", "点击数", "点击量", "点击率" };

    /// <summary>The last characters of the counters.</summary>
    private const string CounterEnds = "量数率";

    private static readonly string[] FileExtensions = { "pdf", "doc", "docx", "wps", "xls", "xlsx", "et", "ofd", "zip", "rar" };

    /// <summary>True when a normalized line is site furniture rather than part of the notice.</summary>
    public static bool IsFurniture(string text) =>
        text.Length is > 0 and <= 300 && ((LeadingFirstChars.IndexOf(text[0]) >= 0 && Leading.IsMatch(text)) || EndsWithCounter(text) || IsFileLink(text)
                                          || PageNumberLine.IsDecorated(text));

    private static bool EndsWithCounter(string text)
    {
        int end = text.Length;
        if (end > 0 && text[end - 1] == '次') end--;
        while (end > 0 && (char.IsDigit(text[end - 1]) || text[end - 1] is ' ' or ':' or '：')) end--;
        if (end == 0 || CounterEnds.IndexOf(text[end - 1]) < 0)
            return false; // most lines: no counter ends like this
        foreach (var counter in Counters)
            if (end >= counter.Length && string.CompareOrdinal(text, end - counter.Length, counter, 0, counter.Length) == 0)
                return true;
        return false;
    }

    /// <summary>An attachment link: one file name without spaces or colons ("附件1.关于….docx").</summary>
    private static bool IsFileLink(string text)
    {
        int dot = text.LastIndexOf('.');
        if (dot <= 0 || dot > 200 || text.IndexOfAny(NameBreakers, 0, dot) >= 0)
            return false;
        int extensionLength = text.Length - dot - 1;
        foreach (var extension in FileExtensions)
            if (extension.Length == extensionLength && string.Compare(text, dot + 1, extension, 0, extensionLength, StringComparison.OrdinalIgnoreCase) == 0)
                return true;
        return false;
    }

    private static readonly char[] NameBreakers = { ' ', ':', '：' };
}
