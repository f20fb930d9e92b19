using System.IO;
using PolicyParse.Json;
using PolicyParse.Model;
using PolicyParse.Reading.Conversion;

namespace PolicyParse.Tests.Reading.Ocr;

/// <summary>A test that needs tesseract (with chi_sim) and pdftoppm, skipped with a message where they are not installed (CI installs them).</summary>
public sealed class OcrFactAttribute : FactAttribute
{
    public OcrFactAttribute()
    {
        if (ExternalTool.FindOnPath("tesseract") is null || ExternalTool.FindOnPath("pdftoppm") is null)
            Skip = "tesseract or pdftoppm is not installed (Debian: tesseract-ocr tesseract-ocr-chi-sim poppler-utils); scanned PDFs are not read here";
    }
}

/// <summary>The scanned twins, OCR'd once for the class (about 25 pages).</summary>
public sealed class ScannedTwins
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "scanned", name);

    private readonly Lazy<PolicyDocument> _taierzhuang = new(() => new PolicyParser().ParseFile(PathOf("003-taierzhuang-2022-shishi-fangan.scanned.pdf")));
    private readonly Lazy<PolicyDocument> _suzhou = new(() => new PolicyParser().ParseFile(PathOf("004-suzhou-2019-zhengwu-gongkai-web.scanned.pdf")));

    public PolicyDocument Taierzhuang => _taierzhuang.Value;

    public PolicyDocument Suzhou => _suzhou.Value;
}

/// <summary>
/// Scanned PDFs (page images without a text layer, made from two corpus PDFs by scripts/ocr/make-fixtures.sh)
/// read by OCR against their text twins; a text layer with a scanner's confusions; and the modes and tools.
/// </summary>
public class ScannedPdfTests : IClassFixture<ScannedTwins>
{
    private readonly ScannedTwins _twins;

    public ScannedPdfTests(ScannedTwins twins) => _twins = twins;

    private static PolicyDocument TextTwin(string name) => new PolicyParser().ParseFile(Corpus.PathOf(name));

    /// <summary>What the issue asks of a scan: its 文号, title, issuers, date and level-1 headings as the text twin's.</summary>
    private static void AssertAgrees(PolicyDocument twin, PolicyDocument scanned)
    {
        Assert.Equal(twin.DocNumber?.Text, scanned.DocNumber?.Text);
        Assert.Equal(twin.Title, scanned.Title);
        Assert.Equal(twin.Issuers, scanned.Issuers);
        Assert.Equal(twin.SignDate, scanned.SignDate);
        Assert.Equal(twin.Sections.Select(s => s.Marker + s.Heading), scanned.Sections.Select(s => s.Marker + s.Heading));
        // The addressees are there, split as in the twin; OCR may misread a character in one (苏州 as 次州 in the 004 scan).
        Assert.Equal(twin.Addressees.Count, scanned.Addressees.Count);
    }

    [OcrFact]
    public void A_scanned_notice_gives_the_header_and_level_1_headings_of_its_text_twin()
    {
        var scanned = _twins.Taierzhuang; // 150 dpi
        AssertAgrees(TextTwin("003-taierzhuang-2022-shishi-fangan.txt"), scanned);
        Assert.Equal(Enumerable.Range(1, 16), scanned.Source.OcrPages!);
        Assert.Contains(scanned.Warnings, w => w.Contains("read by OCR (tesseract, chi_sim)"));
    }

    [OcrFact]
    public void A_scanned_web_page_print_gives_the_header_and_level_1_headings_of_its_text_twin()
    {
        var scanned = _twins.Suzhou; // 200 dpi
        AssertAgrees(TextTwin("004-suzhou-2019-zhengwu-gongkai-web.txt"), scanned);
        Assert.Equal(Enumerable.Range(1, 9), scanned.Source.OcrPages!);
    }

    [OcrFact]
    public void A_text_layer_with_a_scanner_s_confusions_is_read_again_by_ocr()
    {
        var file = ScannedTwins.PathOf("004-suzhou-2019-zhengwu-gongkai-web.poor-layer.pdf");
        var document = new PolicyParser().ParseFile(file);
        Assert.Equal(new[] { 1, 2 }, document.Source.OcrPages!);
        Assert.Equal("苏府办〔2019〕118号", document.DocNumber?.Text);
        Assert.Equal("市政府办公室关于印发苏州市2019年政务公开工作要点的通知", document.Title);
    }

    [Fact]
    public void Without_ocr_the_confused_layer_still_gives_the_number_and_no_page_counts_as_ocr()
    {
        var file = ScannedTwins.PathOf("004-suzhou-2019-zhengwu-gongkai-web.poor-layer.pdf");
        var document = new PolicyParser(new PolicyParserOptions { Ocr = OcrMode.Never }).ParseFile(file);
        Assert.Null(document.Source.OcrPages);
        Assert.Equal("苏府办〔2019〕118号", document.DocNumber?.Text); // "苏 府 办 [2019J 118号" in the layer
        Assert.DoesNotContain("ocrPages", PolicyJson.Serialize(document));
    }

    [Fact]
    public void A_scan_with_ocr_turned_off_is_refused_saying_so()
    {
        var parser = new PolicyParser(new PolicyParserOptions { Ocr = OcrMode.Never });
        var e = Assert.Throws<PolicyParseException>(() => parser.ParseFile(ScannedTwins.PathOf("004-suzhou-2019-zhengwu-gongkai-web.scanned.pdf")));
        Assert.Contains("no text layer: pages 1, 2, 3, 4, 5, 6, 7, 8, 9 are scanned images; OCR is needed (PolicyParserOptions.Ocr is Never)", e.Reason);
    }

    [Fact]
    public void Ocr_always_with_a_tool_that_is_not_there_is_a_refusal_naming_it()
    {
        var parser = new PolicyParser(new PolicyParserOptions { Ocr = OcrMode.Always, TesseractPath = "/nonexistent/tesseract", PdfToPpmPath = "/nonexistent/pdftoppm" });
        var e = Assert.Throws<PolicyParseException>(() => parser.ParseFile(Corpus.PathOf("pdf/004-suzhou-2019-zhengwu-gongkai-web.pdf")));
        Assert.Equal("004-suzhou-2019-zhengwu-gongkai-web.pdf", e.FileName);
        Assert.Contains("pdftoppm (/nonexistent/pdftoppm) could not be started", e.Reason);
    }

    [Fact]
    public void Ocr_languages_that_could_be_read_as_options_are_refused_when_the_parser_is_made()
    {
        Assert.Throws<ArgumentException>(() => new PolicyParser(new PolicyParserOptions { OcrLanguages = "-psm 0" }));
        Assert.Throws<ArgumentException>(() => new PolicyParser(new PolicyParserOptions { OcrLanguages = "chi_sim+" }));
        _ = new PolicyParser(new PolicyParserOptions { OcrLanguages = "chi_sim+eng" });
    }

    [Fact]
    public void A_recognizer_that_hangs_is_stopped_at_the_timeout_and_leaves_nothing_behind()
    {
        if (OperatingSystem.IsWindows()) return; // the stand-ins are shell scripts
        // A renderer that writes its page at once (the last argument names it), and a recognizer that notes its folder and hangs.
        var renderer = StandIn("for a; do last=$a; done; : > \"$last.png\"");
        var recognizer = StandIn($"pwd > '{renderer}.folder'\nsleep 60");
        try
        {
            var parser = new PolicyParser(new PolicyParserOptions { PdfToPpmPath = renderer, TesseractPath = recognizer, ConversionTimeout = TimeSpan.FromSeconds(2) });
            var e = Assert.Throws<PolicyParseException>(() => parser.ParseFile(ScannedTwins.PathOf("004-suzhou-2019-zhengwu-gongkai-web.scanned.pdf")));
            Assert.Contains("tesseract did not finish within 2 s", e.Reason);
            var folder = File.ReadAllText(renderer + ".folder").Trim();
            Assert.StartsWith(Path.Combine(Path.GetTempPath(), "policyparse-ocr-"), folder);
            Assert.False(Directory.Exists(folder));
        }
        finally
        {
            foreach (var path in new[] { renderer, recognizer, renderer + ".folder" })
                File.Delete(path);
        }
    }

    [Fact]
    public void A_recognizer_that_writes_nothing_is_a_refusal_with_what_it_said()
    {
        if (OperatingSystem.IsWindows()) return;
        var renderer = StandIn("for a; do last=$a; done; : > \"$last.png\"");
        var recognizer = StandIn("echo 'Failed loading language chi_sim' >&2; exit 1");
        try
        {
            var parser = new PolicyParser(new PolicyParserOptions { PdfToPpmPath = renderer, TesseractPath = recognizer });
            var e = Assert.Throws<PolicyParseException>(() => parser.ParseFile(ScannedTwins.PathOf("004-suzhou-2019-zhengwu-gongkai-web.scanned.pdf")));
            Assert.Equal("004-suzhou-2019-zhengwu-gongkai-web.scanned.pdf", e.FileName);
            Assert.Contains("tesseract could not read page 1 (exit 1: Failed loading language chi_sim)", e.Reason);
        }
        finally
        {
            File.Delete(renderer);
            File.Delete(recognizer);
        }
    }

    private static string StandIn(string script)
    {
        var path = Path.Combine(Path.GetTempPath(), $"stand-in-{Guid.NewGuid():N}.sh");
        File.WriteAllText(path, "#!/bin/sh\n" + script + "\n");
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }
}
