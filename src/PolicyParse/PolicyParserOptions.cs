using System;

namespace PolicyParse;

/// <summary>
/// Settings for <see cref="PolicyParser"/>. The limits keep one hostile or broken file from exhausting the
/// stack, memory or time of a process that parses many; a file over a limit is refused with a
/// <see cref="PolicyParseException"/> that names the file, the limit and the value. The defaults are far
/// above any real notice.
/// </summary>
public sealed class PolicyParserOptions
{
    /// <summary>Inputs larger than this are refused; default 256 MiB.</summary>
    public long MaxInputBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Whether to extract <c>tasks</c>; callers who only index text can skip the work. Default true.</summary>
    public bool ExtractTasks { get; init; } = true;

    /// <summary>
    /// The longest one file may take to read and parse; null, zero or <see cref="System.Threading.Timeout.InfiniteTimeSpan"/>
    /// for no limit. Default 60 s (a notice takes milliseconds; a 500-page PDF a few seconds).
    /// </summary>
    public TimeSpan? TimeBudget { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// How deep a web page's elements (HTML files and HTML inside Markdown) and a Word document's XML
    /// elements may nest; default 500 (real pages nest 20–60 levels). At most 1,000: the walks that
    /// AngleSharp makes recurse per level.
    /// </summary>
    public int MaxNestingDepth { get; init; } = 500;

    /// <summary>The most grid positions one table may expand to, row and column spans counted; default 2,000,000.</summary>
    public long MaxTableCells { get; init; } = 2_000_000;

    /// <summary>The most pages a PDF may have; default 5,000.</summary>
    public int MaxPages { get; init; } = 5_000;

    /// <summary>The most characters one XML part of a Word document may hold; default 64 M. A zip bomb stops here.</summary>
    public long MaxXmlPartCharacters { get; init; } = 64L * 1024 * 1024;

    /// <summary>
    /// The most characters of text a file may read out to (paragraphs and table cells), whatever its size on
    /// disk: compressed formats can expand a few megabytes into gigabytes. Default 64 M.
    /// </summary>
    public long MaxTextCharacters { get; init; } = 64L * 1024 * 1024;

    /// <summary>
    /// LibreOffice's <c>soffice</c>, which reads .doc, .wps, .rtf and .odt files (converting them to .docx);
    /// null to look for <c>soffice</c> or <c>libreoffice</c> on PATH. Debian: libreoffice-writer-nogui.
    /// </summary>
    public string? LibreOfficePath { get; init; }

    /// <summary>
    /// When a PDF's pages are read by OCR (rendered with poppler's <c>pdftoppm</c>, recognized by
    /// <c>tesseract</c>): <see cref="OcrMode.Auto"/> (default) for pages without a text layer and for scanned pages
    /// whose text layer looks like a scanner's poor OCR, when the tools are installed; <see cref="OcrMode.Always"/>
    /// for every page (missing tools are an error); <see cref="OcrMode.Never"/> to read text layers only.
    /// </summary>
    public OcrMode Ocr { get; init; } = OcrMode.Auto;

    /// <summary>Tesseract's <c>tesseract</c>; null to look for it on PATH. Debian: tesseract-ocr and tesseract-ocr-chi-sim.</summary>
    public string? TesseractPath { get; init; }

    /// <summary>Poppler's <c>pdftoppm</c>, which renders the pages OCR reads; null to look for it on PATH. Debian: poppler-utils.</summary>
    public string? PdfToPpmPath { get; init; }

    /// <summary>Tesseract's language models, joined by '+'; default <c>chi_sim</c> (simplified Chinese, which also reads digits and Latin letters).</summary>
    public string OcrLanguages { get; init; } = "chi_sim";

    /// <summary>How long one conversion by an external tool (one page's OCR) may take before it is stopped; default 120 s.</summary>
    public TimeSpan ConversionTimeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>Checks the values, so a bad setting fails when the parser is made, not on the first file.</summary>
    internal PolicyParserOptions Validated()
    {
        if (MaxInputBytes <= 0) throw new ArgumentOutOfRangeException(nameof(MaxInputBytes), MaxInputBytes, "must be positive");
        if (MaxNestingDepth is < 8 or > 1000) throw new ArgumentOutOfRangeException(nameof(MaxNestingDepth), MaxNestingDepth, "must be 8–1,000");
        if (MaxTableCells <= 0) throw new ArgumentOutOfRangeException(nameof(MaxTableCells), MaxTableCells, "must be positive");
        if (MaxPages <= 0) throw new ArgumentOutOfRangeException(nameof(MaxPages), MaxPages, "must be positive");
        if (ConversionTimeout <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(ConversionTimeout), ConversionTimeout, "must be positive");
        if (OcrLanguages is null || !System.Text.RegularExpressions.Regex.IsMatch(OcrLanguages, "^[A-Za-z][A-Za-z0-9_]*(\\+[A-Za-z][A-Za-z0-9_]*)*$"))
            throw new ArgumentException("must name tesseract languages joined by '+', such as chi_sim or chi_sim+eng", nameof(OcrLanguages));
        if (MaxXmlPartCharacters <= 0) throw new ArgumentOutOfRangeException(nameof(MaxXmlPartCharacters), MaxXmlPartCharacters, "must be positive");
        if (MaxTextCharacters <= 0) throw new ArgumentOutOfRangeException(nameof(MaxTextCharacters), MaxTextCharacters, "must be positive");
        if (TimeBudget is { } t && t < TimeSpan.Zero && t != System.Threading.Timeout.InfiniteTimeSpan)
            throw new ArgumentOutOfRangeException(nameof(TimeBudget), TimeBudget, "must not be negative");
        return this;
    }
}
