using System;
using System.CommandLine;

namespace PolicyParse.Cli;

/// <summary>
/// The parser every command uses: the library's defaults, the external tools where the environment names
/// them (else they are looked for on PATH), and the OCR mode of <c>--ocr</c> or POLICYPARSE_OCR.
/// </summary>
internal static class CliParser
{
    /// <summary>The environment variable naming LibreOffice's soffice, for .doc, .wps, .rtf and .odt.</summary>
    public const string SofficeVariable = "POLICYPARSE_SOFFICE";

    /// <summary>The environment variables naming tesseract and poppler's pdftoppm, for scanned PDFs.</summary>
    public const string TesseractVariable = "POLICYPARSE_TESSERACT", PdfToPpmVariable = "POLICYPARSE_PDFTOPPM";

    /// <summary>The environment variable giving the OCR mode when <c>--ocr</c> does not: auto, never or always.</summary>
    public const string OcrVariable = "POLICYPARSE_OCR";

    /// <summary>The <c>--ocr</c> option of the commands that read files.</summary>
    public static Option<string?> OcrOption()
    {
        var option = new Option<string?>("--ocr")
        {
            Description = $"When scanned PDF pages are read by OCR (tesseract + pdftoppm): auto (pages without a usable text layer; the default), never, always. Also {OcrVariable}.",
        };
        option.AcceptOnlyFromAmong("auto", "never", "always");
        return option;
    }

    /// <exception cref="ArgumentException">POLICYPARSE_OCR holds something other than auto, never or always.</exception>
    public static PolicyParser Create(string? ocr = null) => new(new PolicyParserOptions
    {
        LibreOfficePath = Variable(SofficeVariable),
        TesseractPath = Variable(TesseractVariable),
        PdfToPpmPath = Variable(PdfToPpmVariable),
        Ocr = (ocr ?? Variable(OcrVariable) ?? "auto").ToLowerInvariant() switch
        {
            "auto" => OcrMode.Auto,
            "never" => OcrMode.Never,
            "always" => OcrMode.Always,
            var other => throw new ArgumentException($"{OcrVariable} must be auto, never or always, not \"{other}\""),
        },
    });

    private static string? Variable(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : null;
}
