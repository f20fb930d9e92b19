using System;
using System.Collections.Generic;
using PolicyParse.Parsing.Dates;

namespace PolicyParse.Parsing.Sections;

/// <summary>
/// Re-joins body paragraphs that an extraction broke in the middle ("…全面梳理编写公布镇街政府行" +
/// "政机关机构职能目录…"). A line is continued when it stops without closing punctuation although it is
/// running text (it has clauses or an open bracket) and the next line does not start a new unit.
/// Short headings without punctuation ("（一）加强政府信息管理"), and short level-1 headings with clauses
/// ("一、加强统筹，压实责任"), are complete and never joined.
/// </summary>
internal static class ParagraphJoiner
{
    private const string ClosingPunctuation = "。！？；;：:…）)】」』!?";
    private static readonly char[] RunningTextMarks = { '。', '，', ',', '；', ';' };

    public static List<Line> Join(IEnumerable<Line> lines)
    {
        var result = new List<Line>();
        foreach (var line in lines)
        {
            if (result.Count > 0 && Continues(result[result.Count - 1], line))
            {
                var previous = result[result.Count - 1];
                result[result.Count - 1] = new Line(previous.Text + line.Text, previous.Raw + line.Raw, previous.Location, previous.Style);
            }
            else
            {
                result.Add(line);
            }
        }
        return result;
    }

    private static bool Continues(Line a, Line b)
    {
        if (a.IsTable || b.IsTable || a.Text.Length == 0 || b.Text.Length == 0)
            return false;
        if (EndsClosed(a.Text) || StartsNewUnit(b))
            return false;
        string body = a.Marker is { } m ? a.Text.Substring(m.Length) : a.Text;
        if (IsShortTopHeading(a, body))
            return false;
        return (StartsWithFragment(b.Text) && LooksLikeRunningText(body))
               || body.IndexOfAny(RunningTextMarks) >= 0 || body.EndsWith("、", StringComparison.Ordinal) || HasOpenBracket(body);
    }

    /// <summary>
    /// "步推进。…" after "…统一布局、同": a sentence end within the first three characters means the line
    /// starts in the middle of a sentence, even when the line above looked like a complete heading.
    /// </summary>
    private static bool StartsWithFragment(string text)
    {
        int end = text.IndexOf('。');
        return end is > 0 and <= 3;
    }

    /// <summary>
    /// "一、加强统筹，压实责任": a level-1 heading with clauses, shorter than a printed line and not cut
    /// after a comma, is whole; the body starts on the next line.
    /// </summary>
    private static bool IsShortTopHeading(Line a, string body) =>
        a.Marker is { Family: MarkerFamily.Level1 } && body.Length < 20 && !body.EndsWith("，", StringComparison.Ordinal) && !body.EndsWith("、", StringComparison.Ordinal);

    /// <summary>A short heading ("要求") is complete; a long line or an enumeration with 、 is running text.</summary>
    private static bool LooksLikeRunningText(string body) => body.Length >= 20 || body.IndexOf('、') >= 0;

    private static bool EndsClosed(string text)
    {
        char last = text[text.Length - 1];
        if (ClosingPunctuation.IndexOf(last) >= 0)
            return true;
        // A closing quote ends a paragraph only after a sentence end: “…。” 
        return (last == '”' || last == '"') && text.Length > 1 && "。！？".IndexOf(text[text.Length - 2]) >= 0;
    }

    private static bool StartsNewUnit(Line line) =>
        line.Marker is not null
        || ChineseDate.TryParseWhole(line.Text, out _)
        || PublishAttribute.Match(line.Text) is not null
        || line.Text.StartsWith("附件", StringComparison.Ordinal)
        || line.Text.StartsWith("抄送", StringComparison.Ordinal);

    private static bool HasOpenBracket(string text)
    {
        int depth = 0;
        foreach (char c in text)
            depth += c is '（' or '(' ? 1 : c is '）' or ')' ? -1 : 0;
        return depth > 0;
    }
}
