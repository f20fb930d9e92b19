using System;
using System.IO;
using System.Text;
using PolicyParse.Layout;

namespace PolicyParse.Reading;

/// <summary>Tells the format of a file from its first bytes; the extension only breaks ties.</summary>
internal static class FormatSniffer
{
    private static readonly byte[] PdfMagic = Encoding.ASCII.GetBytes("%PDF-");
    private static readonly byte[] ZipMagic = { 0x50, 0x4B, 0x03, 0x04 };
    private static readonly byte[] OleMagic = { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 };
    private static readonly byte[] RtfMagic = Encoding.ASCII.GetBytes("{\\rtf");
    private static readonly byte[] OfdRootName = Encoding.ASCII.GetBytes("OFD.xml");
    private static readonly byte[] OdtMimeType = Encoding.ASCII.GetBytes("mimetypeapplication/vnd.oasis.opendocument.text");

    /// <summary>
    /// Detects the format of <paramref name="content"/>. Throws <see cref="PolicyParseException"/> for
    /// containers PolicyParse cannot read (encrypted Office files, other legacy binary formats).
    /// </summary>
    public static SourceFormat Detect(ReadOnlySpan<byte> content, string? fileName)
    {
        // PDF allows up to 1 KB of junk before the header.
        var head = content.Slice(0, Math.Min(content.Length, 1024));
        if (head.IndexOf(PdfMagic) >= 0)
            return SourceFormat.Pdf;
        if (content.StartsWith(ZipMagic))
        {
            if (head.IndexOf(OdtMimeType) >= 0)
                return SourceFormat.Odt; // ODF stores its mimetype first, uncompressed
            return HasRootEntry(content, OfdRootName) || IsExtension(fileName, ".ofd") ? SourceFormat.Ofd : SourceFormat.Docx;
        }
        if (content.StartsWith(OleMagic))
            return OleFormat(content, fileName);
        if (content.StartsWith(RtfMagic))
            return SourceFormat.Rtf;
        if (IsExtension(fileName, ".docx", ".docm", ".dotx"))
            throw new PolicyParseException(fileName, "the name says Word document, but the content is not a ZIP archive, which every .docx is");
        if (IsExtension(fileName, ".html", ".htm", ".shtml", ".xhtml"))
            return SourceFormat.Html;
        // Converters (MinerU) write tables into Markdown as "<html><body><table>…": markup is a web page when
        // it is a whole one (a doctype or a <head>), or when the file shows no Markdown heading and is not named .md.
        var markupHead = MarkupHead(head);
        bool markup = LooksLikeHtml(markupHead);
        if (markup && LooksLikeWholePage(markupHead))
            return SourceFormat.Html;
        var window = content.Slice(0, Math.Min(content.Length, MarkdownSigns.Window));
        if (IsExtension(fileName, ".md", ".markdown", ".mdown", ".mkd") || MarkdownSigns.Found(window) && (!markup || MarkdownSigns.HasHeading(window)))
            return SourceFormat.Markdown;
        return markup ? SourceFormat.Html : SourceFormat.Text;
    }

    /// <summary>
    /// Whether a ZIP archive has an entry named exactly <paramref name="name"/> at its root (OFD.xml for an
    /// OFD package): the name stands right after a local file header (30 bytes) or a central directory
    /// header (46 bytes) whose name length is the name's, not merely somewhere in the bytes.
    /// </summary>
    private static bool HasRootEntry(ReadOnlySpan<byte> zip, byte[] name)
    {
        for (int at = 0, found; (found = zip.Slice(at).IndexOf(name)) >= 0; at += found + 1)
        {
            int p = at + found;
            if (IsHeaderFor(zip, p - 30, 0x04, 26, name.Length) || IsHeaderFor(zip, p - 46, 0x02, 28, name.Length))
                return true;
        }
        return false;
    }

    /// <summary>A ZIP header "PK" 0x03|0x01 <paramref name="kind"/> at <paramref name="start"/> whose name length (at <paramref name="lengthAt"/>) is <paramref name="length"/>.</summary>
    private static bool IsHeaderFor(ReadOnlySpan<byte> zip, int start, byte kind, int lengthAt, int length) =>
        start >= 0 && zip[start] == 0x50 && zip[start + 1] == 0x4B && zip[start + 3] == kind && zip[start + 2] == kind - 1
        && zip[start + lengthAt] == length && zip[start + lengthAt + 1] == 0;

    /// <summary>
    /// An OLE compound file is an encrypted Office document (its streams are named EncryptedPackage and
    /// EncryptionInfo), a Word 97-2003 or WPS document (a WordDocument stream, or the name says so), or
    /// another legacy binary format. Stream names are stored in UTF-16 in the directory sectors.
    /// </summary>
    private static SourceFormat OleFormat(ReadOnlySpan<byte> content, string? fileName)
    {
        if (content.IndexOf(Encoding.Unicode.GetBytes("EncryptedPackage")) >= 0)
            throw new PolicyParseException(fileName, "the document is password-protected (an encrypted Office package); save it without a password first");
        // A header sector, a directory sector and a data sector at the least; LibreOffice would read a
        // shorter file as text and make a document of its bytes.
        if (content.Length < 3 * 512)
            throw new PolicyParseException(fileName, $"the file starts as an OLE compound file (a .doc or .wps) but holds only {content.Length:N0} bytes; it is truncated");
        if (IsExtension(fileName, ".wps"))
            return SourceFormat.Wps;
        if (content.IndexOf(Encoding.Unicode.GetBytes("WordDocument")) >= 0 || IsExtension(fileName, ".doc"))
            return SourceFormat.Doc;
        throw new PolicyParseException(fileName, "this is an OLE compound file of a legacy binary format other than Word's, which cannot be read; convert it to .docx or PDF first");
    }

    /// <summary>
    /// Markup starts within the first kilobyte in every encoding we accept except UTF-16, which web pages
    /// do not use: the head from its first ASCII character that is not a space, a BOM byte or '?', read
    /// as bytes (markup is ASCII, so any other byte simply matches nothing).
    /// </summary>
    private static ReadOnlySpan<byte> MarkupHead(ReadOnlySpan<byte> head)
    {
        int start = 0;
        while (start < head.Length && (head[start] >= 0x80 || head[start] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)'?'))
            start++;
        return head.Slice(start);
    }

    private static bool LooksLikeHtml(ReadOnlySpan<byte> head) =>
        StartsWithIgnoreCase(head, "<!doctype html"u8) || ContainsIgnoreCase(head, "<html"u8) || ContainsIgnoreCase(head, "<body"u8);

    private static bool LooksLikeWholePage(ReadOnlySpan<byte> head) =>
        StartsWithIgnoreCase(head, "<!doctype html"u8) || ContainsIgnoreCase(head, "<head"u8);

    /// <summary>Whether <paramref name="text"/> starts with <paramref name="prefix"/> (lower-case ASCII), its letters in any case.</summary>
    private static bool StartsWithIgnoreCase(ReadOnlySpan<byte> text, ReadOnlySpan<byte> prefix)
    {
        if (text.Length < prefix.Length)
            return false;
        for (int i = 0; i < prefix.Length; i++)
            if (text[i] != prefix[i] && !(prefix[i] is >= (byte)'a' and <= (byte)'z' && text[i] == prefix[i] - 32))
                return false;
        return true;
    }

    /// <summary>Whether <paramref name="tag"/> ("&lt;html") occurs in <paramref name="text"/>, ASCII letters in any case.</summary>
    private static bool ContainsIgnoreCase(ReadOnlySpan<byte> text, ReadOnlySpan<byte> tag)
    {
        for (int at = text.IndexOf(tag[0]); at >= 0; at = NextIndexOf(text, tag[0], at))
            if (StartsWithIgnoreCase(text.Slice(at), tag))
                return true;
        return false;
    }

    private static int NextIndexOf(ReadOnlySpan<byte> text, byte value, int after)
    {
        int found = text.Slice(after + 1).IndexOf(value);
        return found < 0 ? -1 : after + 1 + found;
    }

    private static bool IsExtension(string? fileName, params string[] extensions)
    {
        var ext = Path.GetExtension(fileName ?? "");
        return Array.Exists(extensions, e => string.Equals(e, ext, StringComparison.OrdinalIgnoreCase));
    }
}
