using System;

namespace PolicyParse.Reading;

/// <summary>
/// Tells Markdown saved under another name (a crawler's .txt) from a plain notice by the constructs only
/// Markdown writes: an ATX heading ("# 标题"), bold ("**发布日期**"), an HTML comment, a pipe table's
/// rule row ("|---|---|"), an HTML table (how MinerU writes tables), YAML front matter. A plain notice may have a pipe table but none of the
/// others, so Markdown needs two kinds, or bold on several lines (how converters set run-in headings).
/// The signs are ASCII, so the bytes are read as they are (UTF-8 and GB18030 keep ASCII as ASCII).
/// </summary>
internal static class MarkdownSigns
{
    /// <summary>How much of the start of a file is looked at.</summary>
    public const int Window = 8192;

    private const int BoldLinesAlone = 3;

    /// <summary>True when the start of a file shows two kinds of Markdown signs, or bold on several lines.</summary>
    public static bool Found(ReadOnlySpan<byte> head)
    {
        int headings = 0;
        bool comment = false, rule = false, table = false, frontMatter = StartsWithLine(head, "---"u8);
        int boldLines = 0;
        for (int start = 0; start < head.Length;)
        {
            int end = head.Slice(start).IndexOf((byte)'\n');
            var line = head.Slice(start, end < 0 ? head.Length - start : end);
            if (line.Length > 0 && line[line.Length - 1] == '\r')
                line = line.Slice(0, line.Length - 1);
            if (IsAtxHeading(line)) headings++;
            table |= line.IndexOf("<table"u8) >= 0;
            if (HasPair(line, "**"u8) || HasPair(line, "__"u8)) boldLines++;
            comment |= line.IndexOf("<!--"u8) >= 0;
            rule |= IsTableRule(line);
            if (end < 0) break;
            start += end + 1;
        }
        // Two heading lines ("# 标题", "## 一、…") count as a second kind: a plain notice has none.
        int kinds = (headings > 0 ? 1 : 0) + (headings > 1 ? 1 : 0) + (boldLines > 0 ? 1 : 0) + (comment ? 1 : 0) + (rule ? 1 : 0)
            + (table ? 1 : 0) + (frontMatter ? 1 : 0);
        return kinds >= 2 || boldLines >= BoldLinesAlone;
    }

    /// <summary>True when a line of the start of a file is an ATX heading ("# 标题").</summary>
    public static bool HasHeading(ReadOnlySpan<byte> head)
    {
        for (int start = 0; start < head.Length;)
        {
            int end = head.Slice(start).IndexOf((byte)'\n');
            if (IsAtxHeading(head.Slice(start, end < 0 ? head.Length - start : end)))
                return true;
            if (end < 0) break;
            start += end + 1;
        }
        return false;
    }

    private static bool StartsWithLine(ReadOnlySpan<byte> head, ReadOnlySpan<byte> line) =>
        head.StartsWith(line) && head.Length > line.Length && head[line.Length] is (byte)'\n' or (byte)'\r';

    /// <summary>One to six # and a space, then text.</summary>
    private static bool IsAtxHeading(ReadOnlySpan<byte> line)
    {
        int hashes = 0;
        while (hashes < line.Length && line[hashes] == '#') hashes++;
        return hashes is >= 1 and <= 6 && line.Length > hashes + 1 && line[hashes] == ' ';
    }

    private static bool HasPair(ReadOnlySpan<byte> line, ReadOnlySpan<byte> mark)
    {
        int first = line.IndexOf(mark);
        return first >= 0 && line.Slice(first + mark.Length).IndexOf(mark) > 0;
    }

    /// <summary>"| --- | :---: |": only bars, dashes, colons and spaces, with at least three dashes and a bar.</summary>
    private static bool IsTableRule(ReadOnlySpan<byte> line)
    {
        if (line.IndexOf((byte)'|') < 0 || line.IndexOf("---"u8) < 0)
            return false;
        foreach (byte b in line)
            if (b is not ((byte)'|' or (byte)'-' or (byte)':' or (byte)' ' or (byte)'\t'))
                return false;
        return true;
    }
}
