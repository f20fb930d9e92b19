using System.Collections.Generic;
using System.Linq;
using PolicyParse.Parsing.Dates;

namespace PolicyParse.Parsing.Sections;

/// <summary>
/// Re-joins body paragraphs that an extraction broke in the middle ("…全面梳理编写公布镇街政府行" +
/// "政机关机构职能目录…"). A line is continued when it stops without closing punctuation although it is
/// running text (it has clauses or an open bracket) and the next line does not start a new unit.
/// Short headings without punctuation ("（一）加强政府信息管理") are complete and never joined.
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
                result[result.Count - 1] = previous with { Text = previous.Text + line.Text, Raw = previous.Raw + line.Raw };
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
        if (EndsClosed(a.Text) || StartsNewUnit(b.Text))
            return false;
        string body = HeadingMarker.TryMatch(a.Text, out var m) ? a.Text.Substring(m.Length) : a.Text;
        return body.IndexOfAny(RunningTextMarks) >= 0 || body.EndsWith("、") || HasOpenBracket(body);
    }

    private static bool EndsClosed(string text)
    {
        char last = text[text.Length - 1];
        if (ClosingPunctuation.IndexOf(last) >= 0)
            return true;
        // A closing quote ends a paragraph only after a sentence end: “…。” 
        return (last == '”' || last == '"') && text.Length > 1 && "。！？".IndexOf(text[text.Length - 2]) >= 0;
    }

    private static bool StartsNewUnit(string text) =>
        HeadingMarker.TryMatch(text, out _)
        || ChineseDate.TryParseWhole(text, out _)
        || PublishAttribute.Match(text) is not null
        || text.StartsWith("附件")
        || text.StartsWith("抄送");

    private static bool HasOpenBracket(string text) =>
        text.Count(c => c is '（' or '(') > text.Count(c => c is '）' or ')');
}
