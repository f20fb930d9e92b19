using System;

namespace PolicyParse.Parsing.Sections;

/// <summary>
/// Splits the text after a marker into heading and body. "（一）加强基层办事服务公开。按照…" is a run-in
/// heading: the part before the first 。 is the heading. Below level 1 a numbered sentence
/// ("1. 抓好…，围绕…。") has no heading: its first sentence is too long or has clauses. A level-1 item
/// (一、) is always headed: a notice's top-level items are its headings, and when one is a numbered
/// paragraph ("一、对…的省（区、市），优先纳入…。"), its first sentence, or its whole line, heads it.
/// </summary>
internal static class InlineHeading
{
    private const int MaxHeadingLength = 40;
    private static readonly char[] ClauseMarks = { '，', ',', '；', ';', '：', ':' };
    private static readonly char[] SentenceEnds = { '。', '！', '？' };

    /// <summary>Heading and body; <c>RunsIn</c> when a sentence end closed the heading on the same line.</summary>
    public static (string? Heading, string Text, bool RunsIn) Split(string rest, bool topLevel = false)
    {
        int end = rest.IndexOfAny(SentenceEnds);
        // A question or exclamation keeps its mark ("一、问：…如何审查？"); a statement drops its 。.
        string first = end < 0 ? rest : rest[end] == '。' ? rest.Substring(0, end) : rest.Substring(0, end + 1);
        if (first.Length == 0 || (!topLevel && (first.Length > MaxHeadingLength || first.IndexOfAny(ClauseMarks) >= 0)))
            return (null, rest, false);
        string body = end >= 0 ? rest.Substring(end + 1).TrimStart() : "";
        return (first, body, end >= 0);
    }
}
