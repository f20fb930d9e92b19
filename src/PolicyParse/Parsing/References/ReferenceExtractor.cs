using System;
using System.Collections.Generic;
using PolicyParse.Model;
using PolicyParse.Parsing.DocumentNumbers;

namespace PolicyParse.Parsing.References;

/// <summary>
/// Finds the documents a notice cites: 《title》（number） pairs, 《title》 alone when the title names a
/// document (its end is a document kind: 通知, 条例, 办法 …), and bare document numbers.
/// </summary>
internal static class ReferenceExtractor
{
    /// <summary>The endings that make a 《title》 a document's: its kind (文种) or a kind of rules.</summary>
    private static readonly string[] DocumentKinds =
    {
        "通知", "意见", "决定", "通报", "报告", "批复", "函", "纪要", "公告", "通告", "命令", "决议", "公报", "条例", "法", "规定", "办法",
        "细则", "规则", "方案", "要点", "规划", "纲要", "计划", "目录", "指引", "指南", "标准", "的说明",
    };

    /// <summary>The characters a citation needs: a title's 《, or a year bracket's close.</summary>
    private static readonly char[] Citable = { '《', '〕', ']', '﹞' };

    public static IReadOnlyList<DocumentReference> Extract(IEnumerable<string> texts, string? ownNumber, string? ownInnerTitle)
    {
        var seen = new HashSet<(string?, string?)>();
        var result = new List<DocumentReference>();

        void Add(string? title, string? number)
        {
            if (number is not null && number == ownNumber) return;
            if (title is not null && title == ownInnerTitle && number is null) return;
            if (seen.Add((title, number)))
                result.Add(new DocumentReference(title, number));
        }

        foreach (var text in texts)
        {
            if (text.IndexOfAny(Citable) < 0)
                continue; // fast path: nothing citable here
            var covered = new List<(int Start, int End)>();
            for (int at = 0; CitedTitles.TryFind(text, at, out var cited); at = cited.End)
            {
                var number = cited.Bracketed is null ? null : DocumentNumberParser.Parse(cited.Bracketed);
                if (number is not null)
                {
                    Add(cited.Title, number.Text);
                    covered.Add((cited.Start, cited.End));
                }
                else if (NamesDocument(cited.Title))
                {
                    Add(cited.Title, null);
                }
            }
            if (text.IndexOf('号') >= 0) // FindCitations yields numbers that end in 号
                foreach (var (number, index, length) in DocumentNumberParser.FindCitations(text))
                    if (!covered.Exists(c => index >= c.Start && index < c.End))
                        Add(null, number.Text);
        }
        return result;
    }

    /// <summary>Whether a title ends as a document's does: with its kind (文种) or a kind of rules.</summary>
    public static bool NamesDocument(string title)
    {
        foreach (var kind in DocumentKinds)
            if (title.EndsWith(kind, StringComparison.Ordinal))
                return true;
        return false;
    }
}
