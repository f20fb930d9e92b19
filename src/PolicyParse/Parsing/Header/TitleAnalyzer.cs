using System;
using System.Text.RegularExpressions;

namespace PolicyParse.Parsing.Header;

/// <summary>Reads the 文种 (docType) off a title and the attached document's title off a 印发/转发 wrapper.</summary>
internal static class TitleAnalyzer
{
    /// <summary>The GB/T 9704 / 党政机关公文处理工作条例 document kinds, longest first so 公报 wins over 报告's 告.</summary>
    private static readonly string[] DocTypes =
    {
        "通知", "意见", "决定", "通报", "报告", "请示", "批复", "函", "纪要", "公告", "通告", "命令", "令", "议案", "决议", "公报",
    };

    private static readonly Regex Wrapper = new(
        @"关于(?:印发|转发|发布|颁布|公布|下发)(?:《(?<inner>.+)》|(?<inner>.+?))的(?:补充)?(?:通知|决定|通告|公告|函)$",
        RegexOptions.Compiled | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200));

    /// <summary>The document kind the title ends with, or null.</summary>
    public static string? DocType(string? title)
    {
        if (string.IsNullOrEmpty(title)) return null;
        foreach (var type in DocTypes)
            if (title!.EndsWith(type, StringComparison.Ordinal))
                return type;
        return null;
    }

    /// <summary>True when a (possibly partial) title already ends with a document kind.</summary>
    public static bool IsComplete(string title) => DocType(title) is not null;

    /// <summary>X in 关于印发《X》的通知 or 关于印发X的通知; null for other titles.</summary>
    public static string? InnerTitle(string? title)
    {
        if (string.IsNullOrEmpty(title)) return null;
        var m = Wrapper.Match(title);
        return m.Success ? m.Groups["inner"].Value : null;
    }
}
