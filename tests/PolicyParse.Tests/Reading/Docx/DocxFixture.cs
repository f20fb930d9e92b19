using System.IO;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PolicyParse.Tests.Reading.Docx;

/// <summary>Builds small .docx files in memory with the OpenXML SDK, one feature at a time.</summary>
internal static class DocxFixture
{
    public static byte[] Build(IEnumerable<OpenXmlElement> body, Numbering? numbering = null, string? headerText = null, string? footerText = null)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(body));
            if (numbering is not null)
                main.AddNewPart<NumberingDefinitionsPart>().Numbering = numbering;
            if (headerText is not null)
                main.AddNewPart<HeaderPart>().Header = new Header(P(headerText));
            if (footerText is not null)
                main.AddNewPart<FooterPart>().Footer = new Footer(P(footerText));
        }
        return stream.ToArray();
    }

    public static Paragraph P(string text) => new(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    /// <summary>A paragraph in list <paramref name="numId"/> at <paramref name="level"/>; its text has no number typed.</summary>
    public static Paragraph Numbered(string text, int numId, int level = 0) =>
        new(new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = numId })),
            new Run(new Text(text)));

    public static Level Level(int index, NumberFormatValues format, string text) =>
        new(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = format }, new LevelSuffix { Val = LevelSuffixValues.Nothing }, new LevelText { Val = text })
        { LevelIndex = index };

    public static TableCell Cell(string text, int gridSpan = 1, MergedCellValues? vMerge = null, bool continueMerge = false)
    {
        var properties = new TableCellProperties();
        if (gridSpan > 1) properties.Append(new GridSpan { Val = gridSpan });
        if (vMerge is not null) properties.Append(new VerticalMerge { Val = vMerge });
        else if (continueMerge) properties.Append(new VerticalMerge());
        return new TableCell(properties, P(text));
    }

    public static Table Table(params TableRow[] rows) => new(new OpenXmlElement[] { new TableProperties() }.Concat(rows));

    public static TableRow Row(params TableCell[] cells) => new(cells);
}
