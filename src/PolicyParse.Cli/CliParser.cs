using System;
using System.CommandLine;

namespace PolicyParse.Cli;

/// <summary>
/// The parser the commands that read files use: the library's defaults, the external tools where an
/// option or the environment names them (else they are looked for on PATH), and the OCR mode. Each
/// command gets its own option instances (<see cref="AddTo"/>), read back with <see cref="Create(ParseResult)"/>.
/// </summary>
internal sealed class CliParser
{
    /// <summary>The environment variables naming LibreOffice's soffice, tesseract and poppler's pdftoppm.</summary>
    public const string SofficeVariable = "POLICYPARSE_SOFFICE", TesseractVariable = "POLICYPARSE_TESSERACT", PdfToPpmVariable = "POLICYPARSE_PDFTOPPM";

    /// <summary>The environment variable giving the OCR mode when <c>--ocr</c> does not: auto, never or always.</summary>
    public const string OcrVariable = "POLICYPARSE_OCR";

    private readonly Option<string?> _ocr = new("--ocr")
    {
        Description = $"When scanned PDF pages are read by OCR: auto (pages without a usable text layer, where the tools are installed; the default), never, always. Also {OcrVariable}.",
    };

    private readonly Option<string?> _soffice = new("--soffice") { Description = $"LibreOffice's soffice, for .doc, .wps, .rtf and .odt (default: PATH). Also {SofficeVariable}." };
    private readonly Option<string?> _tesseract = new("--tesseract") { Description = $"tesseract, for OCR (default: PATH). Also {TesseractVariable}." };
    private readonly Option<string?> _pdftoppm = new("--pdftoppm") { Description = $"poppler's pdftoppm, which renders pages for OCR (default: PATH). Also {PdfToPpmVariable}." };

    private CliParser() => _ocr.AcceptOnlyFromAmong("auto", "never", "always");

    /// <summary>Adds <c>--ocr</c>, <c>--soffice</c>, <c>--tesseract</c> and <c>--pdftoppm</c> to <paramref name="command"/>.</summary>
    public static CliParser AddTo(Command command)
    {
        var options = new CliParser();
        command.Options.Add(options._ocr);
        command.Options.Add(options._soffice);
        command.Options.Add(options._tesseract);
        command.Options.Add(options._pdftoppm);
        return options;
    }

    /// <summary>The parser for a command line that has these options.</summary>
    /// <exception cref="ArgumentException">POLICYPARSE_OCR holds something other than auto, never or always.</exception>
    public PolicyParser Create(ParseResult result) =>
        Create(result.GetValue(_ocr), result.GetValue(_soffice), result.GetValue(_tesseract), result.GetValue(_pdftoppm));

    /// <summary>The parser with what the environment names (for commands without the options).</summary>
    public static PolicyParser Create(string? ocr = null, string? soffice = null, string? tesseract = null, string? pdftoppm = null) => new(new PolicyParserOptions
    {
        LibreOfficePath = soffice ?? Variable(SofficeVariable),
        TesseractPath = tesseract ?? Variable(TesseractVariable),
        PdfToPpmPath = pdftoppm ?? Variable(PdfToPpmVariable),
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
