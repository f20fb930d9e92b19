using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using PolicyParse.Model;

namespace PolicyParse.Parsing.Attachments;

/// <summary>
/// Reads 附件说明 ("附件：1. … 2. …", numbered items possibly on the following lines, or one unnumbered
/// title) and the attachment headings ("附件" or "附件2" on its own line above the attachment's title).
/// </summary>
internal static class AttachmentParser
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(200);
    private static readonly Regex Description = new(@"^附\s*件\s*[:：]\s*(?<rest>.+)$", RegexOptions.Compiled, Timeout);
    private static readonly Regex Heading = new(@"^附\s*件\s*(?<n>\d{1,2})?\s*[:：]?$", RegexOptions.Compiled, Timeout);
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
            if (numbered.Count > 0 && numbered[0].Index == 0)
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

    /// <summary>Attachment headings in [start, end): the heading's line and the attachment it opens.</summary>
    public static IEnumerable<(int Index, Attachment Attachment)> FindHeadings(IReadOnlyList<Line> lines, int start, int end)
    {
        for (int i = start; i + 1 < end; i++)
        {
            if (lines[i].IsTable || lines[i + 1].IsTable) continue;
            var m = Heading.Match(lines[i].Text);
            if (!m.Success) continue;
            int? number = m.Groups["n"].Success ? int.Parse(m.Groups["n"].Value) : null;
            yield return (i, new Attachment(number, CleanTitle(lines[i + 1].Text)));
        }
    }

    /// <summary>Merges described and headed attachments; the description's numbering wins.</summary>
    public static IReadOnlyList<Attachment> Merge(IReadOnlyList<Attachment> described, IEnumerable<Attachment> headed)
    {
        var result = described.ToList();
        foreach (var a in headed)
            if (!result.Any(r => r.Title == a.Title))
                result.Add(a);
        return result;
    }

    private static string CleanTitle(string title) => title.Trim().TrimEnd('；', ';', '。', '，', ',');
}
