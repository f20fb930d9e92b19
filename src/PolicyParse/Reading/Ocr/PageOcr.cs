using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using PolicyParse.Reading;
using PolicyParse.Reading.Conversion;

namespace PolicyParse.Reading.Ocr;

/// <summary>
/// Reads pages of a PDF by OCR: poppler's <c>pdftoppm</c> renders each page at 300 dpi in grey, and
/// <c>tesseract</c> recognizes it into TSV (words with boxes). Both run in a temporary folder of the
/// file's own, with the PDF under a fixed name (a file name cannot inject options), no shell, the
/// conversion time limit per page, and one thread each (a bulk run already uses every core, one file per
/// thread); the folder is removed afterwards, whatever happened.
/// </summary>
internal static class PageOcr
{
    public const int Dpi = 300;

    /// <summary>The tools, or the reason OCR cannot run here (which packages provide them).</summary>
    public static (string? Renderer, string? Recognizer, string? Missing) FindTools(PolicyParserOptions options)
    {
        var renderer = options.PdfToPpmPath ?? ExternalTool.FindOnPath("pdftoppm");
        var recognizer = options.TesseractPath ?? ExternalTool.FindOnPath("tesseract");
        var missing = new List<string>();
        if (recognizer is null) missing.Add("tesseract (Debian: apt install tesseract-ocr tesseract-ocr-chi-sim; or set PolicyParserOptions.TesseractPath)");
        if (renderer is null) missing.Add("pdftoppm (Debian: apt install poppler-utils; or set PolicyParserOptions.PdfToPpmPath)");
        return (renderer, recognizer, missing.Count == 0 ? null : "OCR needs " + string.Join(" and ", missing) + ", not found on PATH");
    }

    /// <summary>Each page's width in points and its words.</summary>
    /// <exception cref="PolicyParseException">A tool failed, hung, or wrote nothing for a page.</exception>
    public static Dictionary<int, (double Width, List<PositionedText> Words)> Read(SourceFile source, IReadOnlyList<int> pages, string renderer, string recognizer, FileBudget budget)
    {
        var options = budget.Options;
        var folder = Path.Combine(Path.GetTempPath(), "policyparse-ocr-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var single = new Dictionary<string, string> { ["OMP_THREAD_LIMIT"] = "1" };
        try
        {
            File.WriteAllBytes(Path.Combine(folder, "input.pdf"), source.Content);
            var result = new Dictionary<int, (double, List<PositionedText>)>();
            foreach (int page in pages)
            {
                budget.CheckClock();
                var running = System.Diagnostics.Stopwatch.StartNew();
                string number = page.ToString(CultureInfo.InvariantCulture), image = "page" + number;
                var (exit, said) = ExternalTool.Run(renderer,
                    new[] { "-r", Dpi.ToString(CultureInfo.InvariantCulture), "-gray", "-png", "-f", number, "-l", number, "-singlefile", "input.pdf", image },
                    folder, options.ConversionTimeout, source.Name, "pdftoppm");
                if (!File.Exists(Path.Combine(folder, image + ".png")))
                    throw new PolicyParseException(source.Name, $"pdftoppm could not render page {page} for OCR (exit {exit}{Said(said)})");
                (exit, said) = ExternalTool.Run(recognizer,
                    new[] { image + ".png", image, "-l", options.OcrLanguages, "tsv" },
                    folder, options.ConversionTimeout, source.Name, "tesseract", single);
                var tsv = Path.Combine(folder, image + ".tsv");
                if (!File.Exists(tsv))
                    throw new PolicyParseException(source.Name, $"tesseract could not read page {page} (exit {exit}{Said(said)}); is the '{options.OcrLanguages}' language installed (Debian: tesseract-ocr-chi-sim)?");
                result[page] = TesseractTsv.Read(File.ReadAllText(tsv, Encoding.UTF8), Dpi);
                budget.Exclude(running.Elapsed); // OCR has its own limit per page; the budget is for the reading and parsing
                File.Delete(Path.Combine(folder, image + ".png"));
            }
            return result;
        }
        finally
        {
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private static string Said(string said) => said.Length > 0 ? ": " + said : "";
}
