using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using PolicyParse.Parsing.Dates;

namespace PolicyParse.Parsing.Tail;

/// <summary>
/// Reads the 版记 at the end of a notice: "抄送：…" (possibly over several lines) and the 印发 line
/// "XX办公室 2021年8月10日印发", whose organ may also stand on the line above.
/// </summary>
internal static class TailParser
{
    /// <summary>The 版记 sits in the last lines; nothing earlier is looked at.</summary>
    private const int MaxTailLines = 10;

    private static readonly Regex PrintLine = new(
        @"^(?<org>.*?)\s*(?<date>(?:\d{4}|[〇○零OＯ一二三四五六七八九]{4})\s*年.{1,6}?日)\s*印\s*发$",
        RegexOptions.Compiled | RegexOptions.CultureInvariant, PatternTimeout.Value);

    private static readonly Regex CcStart = new(@"^抄\s*送\s*[:：]\s*", RegexOptions.Compiled, PatternTimeout.Value);
    private static readonly char[] CcSeparators = { '，', ',', '、', '；', ';' };

    public static TailResult Parse(IReadOnlyList<Line> lines)
    {
        int end = lines.Count, floor = Math.Max(0, lines.Count - MaxTailLines);
        string? printedBy = null;
        DateTime? printDate = null;

        int start = end;
        for (int i = end - 1; i >= floor; i--)
        {
            if (lines[i].IsTable) break;
            if (!lines[i].Text.EndsWith("发", StringComparison.Ordinal)) continue; // cheap test before the pattern
            var m = PrintLine.Match(lines[i].Text);
            if (!m.Success) continue;
            var date = ChineseDate.Pattern.Match(m.Groups["date"].Value);
            if (date.Success && ChineseDate.TryConvert(date, out var d)) printDate = d;
            printedBy = m.Groups["org"].Value.Trim();
            start = i;
            if (printedBy.Length == 0 && i > 0 && OrganNames.IsOrganLine(lines[i - 1].Text) && !IsCc(lines[i - 1].Text))
            {
                printedBy = lines[i - 1].Text;
                start = i - 1;
            }
            break;
        }

        var cc = new List<string>();
        for (int i = start - 1; i >= floor; i--)
        {
            if (lines[i].IsTable) break;
            if (!IsCc(lines[i].Text)) continue;
            // The cc list runs from this line to the 印发 line.
            var text = string.Concat(lines.Skip(i).Take(start - i).Select(l => l.Text));
            cc.AddRange(CcStart.Replace(text, "").TrimEnd('。', '.')
                .Split(CcSeparators, StringSplitOptions.RemoveEmptyEntries).Select(s => s.Trim()).Where(s => s.Length > 0));
            start = i;
            break;
        }

        return new TailResult(cc, string.IsNullOrEmpty(printedBy) ? null : printedBy, printDate, start);
    }

    private static bool IsCc(string text) => CcStart.IsMatch(text);
}
