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
        RegexOptions.Compiled | RegexOptions.CultureInvariant, PatternTimeout.Value);

    /// <summary>The document kind the title ends with, or null.</summary>
    public static string? DocType(string? title)
    {
        if (string.IsNullOrEmpty(title)) return null;
        var bare = WithoutStatusNote(title!);
        foreach (var type in DocTypes)
            if (bare.EndsWith(type, StringComparison.Ordinal))
                return type;
        return null;
    }

    /// <summary>Notes on a draft's or a trial's status that follow a title: "（征求意见稿）", "（试行）", "(暂行)".</summary>
    private static readonly string[] StatusNotes = { "征求意见稿", "送审稿", "草案", "修订草案", "试行", "暂行", "修订", "修正", "讨论稿", "代拟稿" };

    /// <summary>The title without a status note in brackets at its end.</summary>
    private static string WithoutStatusNote(string title)
    {
        if (title.Length < 4 || title[title.Length - 1] is not ('）' or ')'))
            return title;
        int open = title.LastIndexOfAny(new[] { '（', '(' });
        if (open <= 0)
            return title;
        var note = title.Substring(open + 1, title.Length - open - 2);
        return Array.IndexOf(StatusNotes, note) >= 0 ? title.Substring(0, open) : title;
    }

    /// <summary>What titles of notices, laws and the documents they attach end with, beyond the 文种.</summary>
    private static readonly string[] TitleEndings =
    {
        "办法", "规定", "条例", "细则", "规则", "方案", "要点", "计划", "规划", "意见", "决议", "解释", "答复", "批复", "纲要",
        "标准", "目录", "清单", "指南", "指引", "制度", "章程", "守则", "须知", "法", "令", "公报", "名单", "通报", "通知",
    };

    /// <summary>
    /// True when a title reads as the title of a notice or of a document it issues: it states its subject
    /// with 关于, or ends with a 文种 or a document kind (办法, 条例, 方案, 清单 …).
    /// </summary>
    public static bool ReadsAsTitle(string? title) =>
        !string.IsNullOrEmpty(title)
        && (title!.IndexOf("关于", StringComparison.Ordinal) >= 0 || DocType(title) is not null
            || Array.Exists(TitleEndings, e => WithoutStatusNote(title).EndsWith(e, StringComparison.Ordinal)));

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
