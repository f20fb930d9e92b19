using System;
using System.IO;
using System.Text;

namespace PolicyParse.Reading;

/// <summary>Tells the format of a file from its first bytes; the extension only breaks ties.</summary>
public static class FormatSniffer
{
    private static readonly byte[] PdfMagic = Encoding.ASCII.GetBytes("%PDF-");
    private static readonly byte[] ZipMagic = { 0x50, 0x4B, 0x03, 0x04 };
    private static readonly byte[] OleMagic = { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 };

    /// <summary>
    /// Detects the format of <paramref name="content"/>. Throws <see cref="PolicyParseException"/> for
    /// containers PolicyParse cannot read (legacy Word 97 .doc, encrypted Office files).
    /// </summary>
    public static SourceFormat Detect(ReadOnlySpan<byte> content, string? fileName)
    {
        // PDF allows up to 1 KB of junk before the header.
        var head = content.Slice(0, Math.Min(content.Length, 1024));
        if (head.IndexOf(PdfMagic) >= 0)
            return SourceFormat.Pdf;
        if (content.StartsWith(ZipMagic))
            return SourceFormat.Docx;
        if (content.StartsWith(OleMagic))
            throw new PolicyParseException(fileName, IsExtension(fileName, ".doc")
                ? "this is a legacy Word 97-2003 .doc file; convert it to .docx (e.g. soffice --convert-to docx) first"
                : "this is an OLE compound file: a legacy .doc or a password-protected Office document, neither of which can be read");
        return LooksLikeHtml(head) || IsExtension(fileName, ".html", ".htm", ".shtml", ".xhtml")
            ? SourceFormat.Html
            : SourceFormat.Text;
    }

    private static bool LooksLikeHtml(ReadOnlySpan<byte> head)
    {
        // Markup starts within the first kilobyte in every encoding we accept except UTF-16, which
        // web pages do not use; an ASCII view is enough to find it.
        var ascii = Encoding.ASCII.GetString(head.ToArray()).TrimStart('\uFEFF', ' ', '\t', '\r', '\n', '?');
        return ascii.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || ascii.IndexOf("<html", StringComparison.OrdinalIgnoreCase) >= 0
            || ascii.IndexOf("<body", StringComparison.OrdinalIgnoreCase) >= 0;
    }

    private static bool IsExtension(string? fileName, params string[] extensions)
    {
        var ext = Path.GetExtension(fileName ?? "");
        return Array.Exists(extensions, e => string.Equals(e, ext, StringComparison.OrdinalIgnoreCase));
    }
}
