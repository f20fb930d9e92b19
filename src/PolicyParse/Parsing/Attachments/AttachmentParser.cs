using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using PolicyParse.Model;

namespace PolicyParse.Parsing.Attachments;

/// <summary>
/// Reads 附件说明 ("附件：1. … 2. …" or "附件1.… 2.…", numbered items possibly on the following lines,
/// or one unnumbered title) and the attachment headings ("附件", "附件2", "附件2：" or "附件二" on its own
/// line above the attachment's title, which may run over several lines).
/// </summary>
internal static class AttachmentParser
{
    private static readonly TimeSpan Timeout = PatternTimeout.Value;
    private static readonly Regex Description = new(
        @"^附\s*件\s*(?:[:：]\s*(?<rest>.+)|(?<n>\d{1,2})\s*[.．、:：]\s*(?<title>\D.*))$", RegexOptions.Compiled, Timeout);
    private static readonly Regex Heading = new(@"^附\s*件\s*(?:(?<n>\d{1,2})|(?<cn>[一二三四五六七八九十]{1,3}))?\s*[:：.．、]?$", RegexOptions.Compiled, Timeout);
    private const int MaxTitleLines = 3;
    private const int MaxTitleLength = 60;
    private static readonly Regex Item = new(@"(?:^|\s*)(?<n>\d{1,2})\s*[.．、]\s*(?<title>.+?)(?=\s*\d{1,2}\s*[.．、]\D|$)", RegexOptions.Compiled, Timeout);
    private static readonly Regex ItemLine = new(@"^(?<n>\d{1,2})\s*[.．、]\s*(?<title>\D.*)$", RegexOptions.Compiled, Timeout);

    /// <summary>The 附件说明 in [start, end): its items and the lines it takes.</summary>
    public static (IReadOnlyList<Attachment> Items, int Start, int End)? FindDescription(IReadOnlyList<Line> lines, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            var m = lines[i].IsTable ? Match.Empty : Description.Match(lines[i].Text);
            if (!m.Success) continue;
            var items = new List<Attachment>();
            var rest = m.Groups["rest"].Value;
            var numbered = Item.Matches(rest).Cast<Match>().ToList();
            if (m.Groups["n"].Success)
                items.Add(new Attachment(int.Parse(m.Groups["n"].Value), CleanTitle(m.Groups["title"].Value)));
            else if (numbered.Count > 0 && numbered[0].Index == 0)
                items.AddRange(numbered.Select(x => new Attachment(int.Parse(x.Groups["n"].Value), CleanTitle(x.Groups["title"].Value))));
            else
                items.Add(new Attachment(null, CleanTitle(rest)));

            int j = i + 1;
            while (items[items.Count - 1].Number is int last && j < end && !lines[j].IsTable
                   && ItemLine.Match(lines[j].Text) is { Success: true } next && int.Parse(next.Groups["n"].Value) == last + 1)
            {
                items.Add(new Attachment(last + 1, CleanTitle(next.Groups["title"].Value)));
                j++;
            }
            return (items, i, j);
        }
        return null;
    }

    /// <summary>"附件", "附件2：", "附件二": the label an attachment heading opens with, alone on its line.</summary>
    public static bool IsHeadingLabel(string text) => text.Length <= 8 && Heading.IsMatch(text);

    /// <summary>Attachment headings in [start, end): the heading's line, the attachment it opens and where its text starts.</summary>
    public static IEnumerable<(int Index, Attachment Attachment, int TextStart)> FindHeadings(IReadOnlyList<Line> lines, int start, int end)
    {
        for (int i = start; i + 1 < end; i++)
        {
            if (lines[i].IsTable || lines[i + 1].IsTable) continue;
            var m = Heading.Match(lines[i].Text);
            if (!m.Success) continue;
            int? number = m.Groups["n"].Success ? int.Parse(m.Groups["n"].Value)
                : m.Groups["cn"].Success ? ChineseNumerals.Parse(m.Groups["cn"].Value) : null;
            int textStart = i + 2;
            var title = lines[i + 1].Text;
            while (textStart < end && textStart - i - 1 < MaxTitleLines && ContinuesTitle(title, lines[textStart]))
                title += lines[textStart++].Text;
            yield return (i, new Attachment(number, CleanTitle(title)), textStart);
        }
    }

    /// <summary>
    /// A title set over several lines: the next line goes on with it when the title so far cannot end
    /// there (it ends in a function word such as 的 or 和) or the line is a short parenthetical note
    /// ("（共130项）"), and it is no sentence, heading or table.
    /// </summary>
    private static bool ContinuesTitle(string title, Line next) =>
        !next.IsTable && next.Marker is null && title.Length + next.Text.Length <= MaxTitleLength
        && next.Text.IndexOfAny(new[] { '。', '，', '；', '：', ':' }) < 0
        && (TitleCannotEnd(title) || (next.Text.StartsWith("（", StringComparison.Ordinal) && next.Text.EndsWith("）", StringComparison.Ordinal)));

    private static bool TitleCannotEnd(string title) => title.Length > 0 && "的和与及或、".IndexOf(title[title.Length - 1]) >= 0;

    /// <summary>
    /// Merges described and headed attachments; the description's numbering and wording win. A heading
    /// is the described attachment when it has its number, or when one title begins the other (a
    /// heading's title read off fewer lines, or without the description's note).
    /// </summary>
    public static IReadOnlyList<Attachment> Merge(IReadOnlyList<Attachment> described, IEnumerable<Attachment> headed)
    {
        var result = described.ToList();
        foreach (var a in headed)
            if (Describing(described, a) is null && !result.Any(r => SameTitle(r.Title, a.Title)))
                result.Add(a);
        return result;
    }

    /// <summary>The described attachment a heading opens, or null.</summary>
    public static Attachment? Describing(IReadOnlyList<Attachment> described, Attachment headed) =>
        described.FirstOrDefault(d => SameTitle(d.Title, headed.Title))
        ?? (described.Count > 1 && headed.Number is int n ? described.FirstOrDefault(d => d.Number == n) : null)
        ?? (described.Count == 1 && headed.Number is null or 1 ? described[0] : null);

    private static bool SameTitle(string a, string b) =>
        a == b || (Math.Min(a.Length, b.Length) >= MinPrefixTitle && (a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal)));

    /// <summary>Shorter titles are too common ("名单", "申请表") to tell one attachment by its first characters.</summary>
    private const int MinPrefixTitle = 6;

    /// <summary>The title without closing punctuation, and without a note that this copy leaves the attachment out ("（略）").</summary>
    private static string CleanTitle(string title)
    {
        var clean = title.Trim().TrimEnd('；', ';', '。', '，', ',');
        foreach (var note in OmittedNotes)
            if (clean.Length > note.Length && clean.EndsWith(note, StringComparison.Ordinal))
                return clean.Substring(0, clean.Length - note.Length).TrimEnd();
        return clean;
    }

    private static readonly string[] OmittedNotes = { "（略）", "(略)", "（此略）", "(此略)", "（附件略）", "(附件略)" };
}
