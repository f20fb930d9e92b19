using System;
using System.IO;
using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using PolicyParse.Layout;

namespace PolicyParse.Reading.Docx;

/// <summary>
/// Reads Word .docx files into the layout: body paragraphs and tables in order, with style hints and
/// auto-numbering rendered into the text. Headers, footers and footnotes are not body text and stay out.
/// </summary>
public sealed class DocxReader : IDocumentReader
{
    /// <summary>The default limit on characters in one XML part: 64 M, far above any notice.</summary>
    public const long DefaultMaxCharactersInPart = 64L * 1024 * 1024;

    private readonly long _maxCharactersInPart;

    /// <summary>Creates a reader; no XML part may hold more than <paramref name="maxCharactersInPart"/> characters, so a zip bomb cannot exhaust memory.</summary>
    public DocxReader(long maxCharactersInPart = DefaultMaxCharactersInPart) => _maxCharactersInPart = maxCharactersInPart;

    /// <inheritdoc />
    public SourceFormat Format => SourceFormat.Docx;

    /// <inheritdoc />
    public DocumentLayout Read(byte[] content, string? fileName)
    {
        CheckArchive(content, fileName);
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            var settings = new OpenSettings { MaxCharactersInPart = _maxCharactersInPart, AutoSave = false };
            using var document = WordprocessingDocument.Open(stream, false, settings);
            var main = document.MainDocumentPart
                       ?? throw new PolicyParseException(fileName, "the archive has no main document part; it is not a Word document");
            var styles = new DocxStyles(main.StyleDefinitionsPart?.GetStream(FileMode.Open, FileAccess.Read), _maxCharactersInPart);
            var numbering = new DocxNumbering(main.NumberingDefinitionsPart?.Numbering);
            var blocks = DocxBodyReader.Read(main.GetStream(FileMode.Open, FileAccess.Read), _maxCharactersInPart, styles, numbering);
            if (blocks.Count == 0)
                throw new PolicyParseException(fileName, "the Word document has no text");
            return new DocumentLayout(fileName, SourceFormat.Docx, null, Hashing.Sha256Hex(content), blocks);
        }
        catch (PolicyParseException)
        {
            throw;
        }
        catch (System.Xml.XmlException e) when (e.Message.IndexOf("MaxCharacters", StringComparison.Ordinal) >= 0)
        {
            throw new PolicyParseException(fileName, $"a part of the document holds more than {_maxCharactersInPart:N0} characters; refused so that a zip bomb cannot exhaust memory", e);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or System.Xml.XmlException or InvalidOperationException)
        {
            throw new PolicyParseException(fileName, "the Word document is damaged and cannot be read (" + e.Message + ")", e);
        }
    }

    /// <summary>
    /// Before the SDK sees it: a readable ZIP archive with the [Content_Types].xml every Office package
    /// has. (Where the main document lives is for the package relationships to say, not a fixed name.)
    /// </summary>
    private static void CheckArchive(byte[] content, string? fileName)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            foreach (var entry in archive.Entries)
                if (entry.FullName == "[Content_Types].xml")
                    return;
            throw new PolicyParseException(fileName, "a ZIP archive that is not an Office package (no [Content_Types].xml): not a Word document");
        }
        catch (InvalidDataException e)
        {
            throw new PolicyParseException(fileName, "the ZIP archive is truncated or corrupt (" + e.Message + ")", e);
        }
    }
}
