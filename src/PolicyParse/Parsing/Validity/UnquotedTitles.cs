using System;
using System.Collections.Generic;
using PolicyParse.Model;
using PolicyParse.Parsing.References;

namespace PolicyParse.Parsing.Validity;

/// <summary>
/// A repealed document named without 《》: "原某某市促进就业暂行办法同时废止", "2015年印发的某某市物业管理办法
/// 即行废止". The words before the repeal, from the last comma (or the phrase before it), with "原" and a
/// "…印发的" lead taken off, are a title when they end as a document's and are not a general reference
/// ("有关规定", "与本办法不一致的规定", "本院以前作出的司法解释").
/// </summary>
internal static class UnquotedTitles
{
    private const int MinTitle = 6, MaxTitle = 60;

    private static readonly char[] Separators = { '，', ',', '：', ':', '、' };

    /// <summary>Lead words that say when or by whom the document was made: the title follows the last of them.</summary>
    private static readonly string[] MadeBy = { "印发的", "发布的", "公布的", "颁发的", "颁布的", "制定的", "施行的", "出台的", "下发的" };

    /// <summary>Openings of a general reference, never of a title.</summary>
    private static readonly string[] General = { "本", "该", "有关", "相关", "其他", "其它", "以前", "过去", "此前", "之前", "原有", "现行", "上述", "下列", "与", "凡", "所有", "各" };

    /// <summary>The document the words of <paramref name="clause"/> before its repeal (at <paramref name="repealAt"/>) name, if they name one.</summary>
    public static IReadOnlyList<DocumentReference> BeforeRepeal(string clause, int repealAt) =>
        Subject(clause.Substring(0, repealAt)) is { } title ? new[] { new DocumentReference(title, null) } : Array.Empty<DocumentReference>();

    private static string? Subject(string before)
    {
        before = before.TrimEnd(' ', '　', '，', ',');
        int start = before.LastIndexOfAny(Separators) + 1;
        var words = before.Substring(start).Trim();
        if (words.StartsWith("原", StringComparison.Ordinal))
            words = words.Substring(1);
        foreach (var lead in MadeBy)
        {
            int made = words.LastIndexOf(lead, StringComparison.Ordinal);
            if (made >= 0)
                words = words.Substring(made + lead.Length);
        }
        return IsTitle(words) ? words : null;
    }

    private static bool IsTitle(string words)
    {
        if (words.Length < MinTitle || words.Length > MaxTitle || !ReferenceExtractor.NamesDocument(words))
            return false;
        foreach (var general in General)
            if (words.StartsWith(general, StringComparison.Ordinal))
                return false;
        foreach (char c in words)
            if (!(c >= '\u4e00' && c <= '\u9fff') && !char.IsDigit(c) && c is not ('（' or '）' or '〔' or '〕'))
                return false;
        int of = words.LastIndexOf('的');
        return of < 0 || words.IndexOf("关于", StringComparison.Ordinal) is int about && about >= 0 && about < of;
    }
}
