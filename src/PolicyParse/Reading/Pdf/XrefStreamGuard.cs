using System;
using System.Text;
using System.Text.RegularExpressions;

namespace PolicyParse.Reading.Pdf;

/// <summary>
/// Checks the cross-reference stream dictionaries of a PDF before PdfPig reads them. PdfPig 0.1.16
/// recurses without end on a field width below zero (<c>/W [1 3 -99999]</c>) and the process dies of a
/// stack overflow, which no handler can catch; reproducer: a one-page PDF whose xref stream has that
/// /W. A width must be 0–8 bytes (PDF 32000-1, 7.5.8.2), so anything else is refused as damaged.
/// </summary>
internal static class XrefStreamGuard
{
    private static readonly byte[] XrefType = Encoding.ASCII.GetBytes("/XRef");
    private const int MaxFieldWidth = 8;
    private const int DictionaryReach = 4096;

    private static readonly Regex Widths = new(
        @"/W\s*\[\s*(?<w>[-+]?\d+)\s+(?<w>[-+]?\d+)\s+(?<w>[-+]?\d+)\s*\]", RegexOptions.CultureInvariant, PatternTimeout.Value);

    /// <summary>Throws <see cref="PolicyParseException"/> when an xref stream's /W holds a width PdfPig cannot take.</summary>
    public static void Check(byte[] content, string? fileName)
    {
        var bytes = content.AsSpan();
        for (int at = bytes.IndexOf(XrefType); at >= 0;)
        {
            int start = Math.Max(0, LastIndexOf(bytes.Slice(0, at), "<<"u8, DictionaryReach));
            int end = Math.Min(bytes.Length, at + DictionaryReach);
            var dictionary = Encoding.ASCII.GetString(content, start, end - start);
            int close = dictionary.IndexOf(">>", at - start, StringComparison.Ordinal);
            if (close >= 0) dictionary = dictionary.Substring(0, close);
            var m = Widths.Match(dictionary);
            if (m.Success)
                foreach (Capture width in m.Groups["w"].Captures)
                    if (!int.TryParse(width.Value, out int w) || w < 0 || w > MaxFieldWidth)
                        throw new PolicyParseException(fileName, $"the PDF is damaged: its cross-reference stream gives the field widths {m.Value.Substring(2).Trim()}, and a width must be 0–{MaxFieldWidth}");
            int next = bytes.Slice(at + XrefType.Length).IndexOf(XrefType);
            at = next < 0 ? -1 : at + XrefType.Length + next;
        }
    }

    private static int LastIndexOf(ReadOnlySpan<byte> bytes, ReadOnlySpan<byte> value, int reach)
    {
        int from = Math.Max(0, bytes.Length - reach);
        int found = bytes.Slice(from).LastIndexOf(value);
        return found < 0 ? from : from + found;
    }
}
