using System;

namespace PolicyParse.Reading;

/// <summary>
/// Tells Markdown saved under another name (a crawler's .txt) from a plain notice by the constructs only
/// Markdown writes: an ATX heading ("# 标题"), bold ("**发布日期**"), an HTML comment, a pipe table's
/// rule row ("|---|---|"), YAML front matter. A plain notice has none of the first, so Markdown needs
/// an ATX heading and one more kind. The signs are ASCII, so the bytes are read as they are (UTF-8 and
/// GB18030 keep ASCII as ASCII).
/// </summary>
internal static class MarkdownSigns
{
    /// <summary>How much of the start of a file is looked at.</summary>
    public const int Window = 8192;

    /// <summary>0 without an ATX heading; else 1 plus the number of other kinds of signs found.</summary>
    public static int Count(ReadOnlySpan<byte> head)
    {
        bool heading = false, bold = false, comment = false, rule = false, frontMatter = StartsWithLine(head, "---"u8);
        for (int start = 0; start < head.Length;)
        {
            int end = head.Slice(start).IndexOf((byte)'\n');
            var line = head.Slice(start, end < 0 ? head.Length - start : end);
            if (line.Length > 0 && line[line.Length - 1] == '\r')
                line = line.Slice(0, line.Length - 1);
            heading |= IsAtxHeading(line);
            bold |= HasPair(line, "**"u8) || HasPair(line, "__"u8);
            comment |= line.IndexOf("<!--"u8) >= 0;
            rule |= IsTableRule(line);
            if (end < 0) break;
            start += end + 1;
        }
        return heading ? 1 + (bold ? 1 : 0) + (comment ? 1 : 0) + (rule ? 1 : 0) + (frontMatter ? 1 : 0) : 0;
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
