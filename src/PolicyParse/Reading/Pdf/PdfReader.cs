using System;
using System.Collections.Generic;
using System.Linq;
using PolicyParse.Layout;
using PolicyParse.Reading.Ocr;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;
using UglyToad.PdfPig.Graphics.Colors;

namespace PolicyParse.Reading.Pdf;

/// <summary>
/// Reads born-digital PDFs with PdfPig into the layout, one page at a time: letters become lines,
/// ruled tables are found from the page's rules and take the letters inside them, page numbers and
/// running headers go, and lines join into paragraphs across wraps and page breaks. Every block
/// records its page.
/// </summary>
internal sealed class PdfReader : IDocumentReader
{
    /// <inheritdoc />
    public SourceFormat Format => SourceFormat.Pdf;

    /// <inheritdoc />
    public DocumentLayout Read(SourceFile source, FileBudget budget)
    {
        var (content, fileName) = (source.Content, source.Name);
        var pages = new List<PdfPageContent>();
        var imageOnly = new List<int>();
        var poorTextLayer = new List<int>();
        int pageCount;
        try
        {
            XrefStreamGuard.Check(content, fileName);
            // An empty user password opens the many PDFs that are encrypted only to restrict printing or copying.
            using var document = PdfDocument.Open(content, new ParsingOptions { UseLenientParsing = true, Password = "", ClipPaths = false });
            pageCount = document.NumberOfPages;
            if (pageCount > budget.Options.MaxPages)
                throw new PolicyParseException(fileName, $"the PDF has {pageCount:N0} pages, over the limit of {budget.Options.MaxPages:N0} (PolicyParserOptions.MaxPages)");
            for (int number = 1; number <= pageCount; number++)
            {
                budget.CheckClock();
                var page = document.GetPage(number);
                var read = ReadPage(page);
                bool scanned = page.GetImages().Any();
                if (read.Lines.Count == 0 && read.Tables.Count == 0 && scanned)
                    imageOnly.Add(number);
                else if (scanned && TextLayerQuality.LooksLikePoorOcr(read.Lines.Select(l => l.Text)))
                    poorTextLayer.Add(number);
                pages.Add(read);
            }
        }
        catch (PdfDocumentEncryptedException e)
        {
            throw new PolicyParseException(fileName, "the PDF is encrypted with a password; it cannot be read without it", e);
        }
        catch (NotSupportedException e) // PdfPig names the filter (JBIG2, JPX, an unknown one) it does not decode
        {
            throw new PolicyParseException(fileName, "the PDF stores its text with a compression filter this reader does not decode (" + e.Message + ")", e);
        }
        catch (Exception e) when (e is not PolicyParseException and not OutOfMemoryException and not OperationCanceledException)
        {
            throw new PolicyParseException(fileName, "the PDF is damaged or truncated and cannot be read (" + e.Message + ")", e);
        }

        var warnings = new List<string>();
        var ocrPages = ScannedPages.ReadByOcr(source, pages, imageOnly, poorTextLayer, budget, warnings);
        if (imageOnly.Count > 0 && !pages.Exists(p => p.Lines.Count > 0 || p.Tables.Count > 0))
            throw new PolicyParseException(fileName, $"the PDF has no text layer: {Pages(imageOnly)} {(imageOnly.Count > 1 ? "are" : "is")} scanned images; OCR is needed{ScannedPages.Unavailable(budget.Options)}");

        PageFurniture.Remove(pages);
        var blocks = PdfLayoutAssembler.Assemble(pages);
        if (blocks.Count == 0)
            throw new PolicyParseException(fileName, ocrPages.Count > 0 ? $"the PDF has no text: OCR found none on its scanned {Pages(ocrPages.ToList())}" : "the PDF has no text");
        if (imageOnly.Count > 0)
            warnings.Add($"{Pages(imageOnly)} of the PDF {(imageOnly.Count > 1 ? "are" : "is")} scanned images without text; OCR is needed to read {(imageOnly.Count > 1 ? "them" : "it")}{ScannedPages.Unavailable(budget.Options)}");
        return new DocumentLayout(fileName, SourceFormat.Pdf, pageCount, source.Sha256, blocks) { Warnings = warnings, OcrPages = ocrPages };
    }

    private static PdfPageContent ReadPage(Page page) =>
        PageContentBuilder.Build(page.Number, page.Width, page.Letters.Select(Positioned), RuledTableDetector.Detect(PdfRules.Of(page.Paths)));

    private static PositionedText Positioned(Letter letter) =>
        new(letter.Value, letter.StartBaseLine.X, letter.EndBaseLine.X, letter.StartBaseLine.Y, letter.PointSize,
            letter.FontName?.IndexOf("Bold", StringComparison.OrdinalIgnoreCase) >= 0, IsRed(letter.Color));

    private static bool IsRed(IColor? colour)
    {
        if (colour is null)
            return false;
        var (r, g, b) = colour.ToRGBValues();
        return TextColour.IsRed(r, g, b);
    }

    /// <summary>"page 3", "pages 1, 2, 5", "pages 1, …, 10 and 4 more".</summary>
    internal static string Pages(List<int> pages) =>
        (pages.Count > 1 ? "pages " : "page ")
        + (pages.Count <= 10 ? string.Join(", ", pages) : string.Join(", ", pages.Take(10)) + $" and {pages.Count - 10} more");
}
