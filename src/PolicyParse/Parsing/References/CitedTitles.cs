using System;

namespace PolicyParse.Parsing.References;

/// <summary>A 《title》 in running text, and the words in the bracket right after it, which may be its document number.</summary>
internal readonly record struct CitedTitle(string Title, string? Bracketed, int Start, int End);

/// <summary>
/// Finds 《title》 citations: a title is 2 to 100 characters between 《 and 》 and holds no other title
/// mark; a bracket that follows it, after optional white space, in full or half width, holding 2 to 40
/// characters (a final 号 not counted) and no bracket or title mark, is read with it.
/// </summary>
internal static class CitedTitles
{
    private const int MinTitle = 2, MaxTitle = 100, MinBracketed = 2, MaxBracketed = 40;

    private static readonly char[] TitleMarks = { '《', '》' };
    private static readonly char[] BracketsAndTitleMarks = { '（', '）', '(', ')', '《', '》' };

    /// <summary>The first citation that starts at or after <paramref name="from"/>.</summary>
    public static bool TryFind(string text, int from, out CitedTitle found)
    {
        for (int open = text.IndexOf('《', from); open >= 0; open = text.IndexOf('《', open + 1))
        {
            int close = text.IndexOfAny(TitleMarks, open + 1);
            if (close < 0)
                break; // no title closes any more
            int length = close - open - 1;
            if (text[close] != '》' || length < MinTitle || length > MaxTitle)
                continue; // another 《 opens first, or the title's length is out of bounds
            var title = text.Substring(open + 1, length).Trim();
            found = ReadBracket(text, close + 1, out var bracketed, out int end)
                ? new CitedTitle(title, bracketed, open, end)
                : new CitedTitle(title, null, open, close + 1);
            return true;
        }
        found = default;
        return false;
    }

    private static bool ReadBracket(string text, int i, out string? bracketed, out int end)
    {
        (bracketed, end) = (null, i);
        while (i < text.Length && char.IsWhiteSpace(text[i]))
            i++;
        if (i >= text.Length || text[i] is not ('（' or '('))
            return false;
        int close = text.IndexOfAny(BracketsAndTitleMarks, i + 1);
        if (close < 0 || text[close] is not ('）' or ')'))
            return false;
        int length = close - i - 1;
        int counted = length > MinBracketed && text[close - 1] == '号' ? length - 1 : length;
        if (counted < MinBracketed || counted > MaxBracketed)
            return false;
        (bracketed, end) = (text.Substring(i + 1, length), close + 1);
        return true;
    }
}
