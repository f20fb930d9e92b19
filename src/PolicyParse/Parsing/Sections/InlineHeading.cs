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

    /// <summary>
    /// The heading of the text from <paramref name="start"/> (just after the marker) and where its body starts;
    /// <c>RunsIn</c> when a sentence end closed the heading on the same line. Without a heading the body
    /// starts at <paramref name="start"/>.
    /// </summary>
    public static (string? Heading, int BodyStart, bool RunsIn) Split(string text, int start, bool topLevel = false)
    {
        int end = text.IndexOfAny(SentenceEnds, start);
        // A question or exclamation keeps its mark ("一、问：…如何审查？"); a statement drops its 。.
        int firstEnd = end < 0 ? text.Length : text[end] == '。' ? end : end + 1;
        int firstLength = firstEnd - start;
        if (firstLength == 0 || (!topLevel && (firstLength > MaxHeadingLength || text.IndexOfAny(ClauseMarks, start, firstLength) >= 0)))
            return (null, start, false);
        int body = text.Length;
        if (end >= 0)
            for (body = end + 1; body < text.Length && char.IsWhiteSpace(text[body]); body++) { }
        return (text.Substring(start, firstLength), body, end >= 0);
    }
}
