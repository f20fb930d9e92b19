using System;
using System.IO;
using System.Xml;
using PolicyParse.Layout;

namespace PolicyParse.Reading.Docx;

/// <summary>
/// Reads Word .docx files into the layout: body paragraphs and tables in order, with style hints and
/// auto-numbering rendered into the text. Headers, footers and footnotes are not body text and stay out.
/// </summary>
internal sealed class DocxReader : IDocumentReader
{
    /// <inheritdoc />
    public SourceFormat Format => SourceFormat.Docx;

    /// <inheritdoc />
    public DocumentLayout Read(SourceFile source, FileBudget budget)
    {
        var (content, fileName) = (source.Content, source.Name);
        long maxCharactersInPart = budget.Options.MaxXmlPartCharacters; // so that a zip bomb cannot exhaust memory
        using var package = new DocxPackage(content, fileName, maxCharactersInPart);
        try
        {
            var styles = new DocxStyles(package.Open(package.Styles), maxCharactersInPart);
            var numbering = new DocxNumbering(package.Open(package.Numbering), maxCharactersInPart);
            var blocks = DocxBodyReader.Read(package.Open(package.MainDocument)!, maxCharactersInPart, styles, numbering, budget);
            if (blocks.Count == 0)
                throw new PolicyParseException(fileName, "the Word document has no text");
            return new DocumentLayout(fileName, SourceFormat.Docx, null, source.Sha256, blocks);
        }
        catch (XmlException e) when (e.Message.IndexOf("MaxCharacters", StringComparison.Ordinal) >= 0)
        {
            throw new PolicyParseException(fileName, $"a part of the document holds more than {maxCharactersInPart:N0} characters (PolicyParserOptions.MaxXmlPartCharacters); refused so that a zip bomb cannot exhaust memory", e);
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
