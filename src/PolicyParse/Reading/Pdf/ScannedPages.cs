using System;
using System.Collections.Generic;
using System.Linq;
using PolicyParse.Reading.Ocr;

namespace PolicyParse.Reading.Pdf;

/// <summary>
/// Which pages of a PDF are read by OCR (<see cref="PolicyParserOptions.Ocr"/>), and reading them: their
/// words replace what the text layer gave, and go through the same line and paragraph building.
/// </summary>
internal static class ScannedPages
{
    /// <summary>
    /// Reads by OCR the pages the mode asks for, in place in <paramref name="pages"/>; the pages read are
    /// taken out of <paramref name="imageOnly"/> and returned. Without the tools, Auto reads nothing and
    /// warns about pages whose text layer is poor; Always is refused.
    /// </summary>
    public static IReadOnlyList<int> ReadByOcr(SourceFile source, List<PdfPageContent> pages, List<int> imageOnly, List<int> poorTextLayer,
        FileBudget budget, List<string> warnings)
    {
        var options = budget.Options;
        var chosen = options.Ocr switch
        {
            OcrMode.Never => new List<int>(),
            OcrMode.Always => pages.Select(p => p.Number).ToList(),
            _ => imageOnly.Concat(poorTextLayer).OrderBy(n => n).ToList(),
        };
        if (chosen.Count == 0)
            return Array.Empty<int>();

        var (renderer, recognizer, missing) = PageOcr.FindTools(options);
        if (missing is not null)
        {
            if (options.Ocr == OcrMode.Always)
                throw new PolicyParseException(source.Name, missing + " (PolicyParserOptions.Ocr is Always)");
            if (poorTextLayer.Count > 0)
                warnings.Add($"{PdfReader.Pages(poorTextLayer)} of the PDF {(poorTextLayer.Count > 1 ? "have" : "has")} a text layer that reads like a scanner's poor OCR; {missing}");
            return Array.Empty<int>();
        }

        foreach (var read in PageOcr.Read(source, chosen, renderer!, recognizer!, budget))
        {
            var (width, words) = read.Value;
            pages[read.Key - 1] = new PdfPageContent(read.Key, width, PageContentBuilder.Lines(words, width), new List<RuledTable>());
        }
        imageOnly.RemoveAll(chosen.Contains);
        warnings.Add($"{PdfReader.Pages(chosen)} of the PDF {(chosen.Count > 1 ? "were" : "was")} read by OCR (tesseract, {options.OcrLanguages}); the text may hold misread characters");
        return chosen;
    }

    /// <summary>For a refusal or warning about scanned pages: why OCR did not read them, when the tools are missing.</summary>
    public static string Unavailable(PolicyParserOptions options) =>
        options.Ocr == OcrMode.Never ? " (PolicyParserOptions.Ocr is Never)" : PageOcr.FindTools(options).Missing is { } missing ? "; " + missing : "";
}
