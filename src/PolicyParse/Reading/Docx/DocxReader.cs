using System;
using System.IO;
using System.Xml;
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
    public DocumentLayout Read(byte[] content, string? fileName) => Read(content, fileName, FileBudget.Default(fileName));

    internal DocumentLayout Read(byte[] content, string? fileName, FileBudget budget)
    {
        using var package = new DocxPackage(content, fileName, _maxCharactersInPart);
        try
        {
            var styles = new DocxStyles(package.Open(package.Styles), _maxCharactersInPart);
            var numbering = new DocxNumbering(package.Open(package.Numbering), _maxCharactersInPart);
            var blocks = DocxBodyReader.Read(package.Open(package.MainDocument)!, _maxCharactersInPart, styles, numbering, budget);
            if (blocks.Count == 0)
                throw new PolicyParseException(fileName, "the Word document has no text");
            return new DocumentLayout(fileName, SourceFormat.Docx, null, Hashing.Sha256Hex(content), blocks);
        }
        catch (XmlException e) when (e.Message.IndexOf("MaxCharacters", StringComparison.Ordinal) >= 0)
        {
            throw new PolicyParseException(fileName, $"a part of the document holds more than {_maxCharactersInPart:N0} characters; refused so that a zip bomb cannot exhaust memory", e);
        }
        catch (NotSupportedException e)
        {
            throw new PolicyParseException(fileName, "a part of the archive is stored with a compression method that cannot be read (" + e.Message + ")", e);
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or InvalidOperationException)
        {
            throw new PolicyParseException(fileName, "the Word document is damaged and cannot be read (" + e.Message + ")", e);
        }
    }
}
