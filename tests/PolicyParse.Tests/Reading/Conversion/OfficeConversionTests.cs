using System.IO;
using PolicyParse.Layout;
using PolicyParse.Model;
using PolicyParse.Reading;
using PolicyParse.Reading.Conversion;

namespace PolicyParse.Tests.Reading.Conversion;

/// <summary>A test that needs LibreOffice, skipped with a message where it is not installed (CI installs it).</summary>
public sealed class LibreOfficeTheoryAttribute : TheoryAttribute
{
    public LibreOfficeTheoryAttribute()
    {
        if (ExternalTool.FindOnPath("soffice", "libreoffice") is null)
            Skip = "LibreOffice is not installed (Debian: libreoffice-writer-nogui); the legacy formats are not read here";
    }
}

/// <summary>
/// .doc, .odt and .rtf read through LibreOffice, and what happens when the converter misbehaves: the
/// stand-in converters note the folder they ran in, and the tests check that it is gone afterwards.
/// </summary>
public class OfficeConversionTests
{
    private static readonly string Temp = Path.GetTempPath();

    private static string PathOf(string name) =>
        name.StartsWith("legacy/", StringComparison.Ordinal) ? Path.Combine(AppContext.BaseDirectory, "Fixtures", name) : Corpus.PathOf(name);

    private static PolicyDocument ParseCorpus(string name) => new PolicyParser().ParseFile(PathOf(name));

    [LibreOfficeTheory]
    [InlineData("legacy/000-sucheng-2021-zhengwu-gongkai.doc", "000-sucheng-2021-zhengwu-gongkai.txt", "doc")]
    [InlineData("legacy/000-sucheng-2021-zhengwu-gongkai.odt", "000-sucheng-2021-zhengwu-gongkai.txt", "odt")]
    [InlineData("legacy/003-taierzhuang-2022-shishi-fangan.rtf", "003-taierzhuang-2022-shishi-fangan.txt", "rtf")]
    public void A_legacy_document_parses_like_its_text_twin_and_keeps_its_format(string legacy, string text, string format)
    {
        var converted = ParseCorpus(legacy);
        var twin = ParseCorpus(text);
        Assert.Equal(format, converted.Source.Format);
        Assert.Equal(twin.DocNumber?.Text, converted.DocNumber?.Text);
        Assert.Equal(twin.Title, converted.Title);
        Assert.Equal(twin.Issuers, converted.Issuers);
        Assert.Equal(twin.SignDate, converted.SignDate);
        Assert.Equal(twin.Sections.Select(s => s.Marker + s.Heading), converted.Sections.Select(s => s.Marker + s.Heading));
        Assert.Equal(twin.Tasks.Count, converted.Tasks.Count);
    }

    /// <summary>A stand-in for soffice: a shell script that notes its working folder in <c>script.folder</c>, then does what a broken converter does.</summary>
    private static string FakeConverter(string script)
    {
        var path = Path.Combine(Temp, $"fake-soffice-{Guid.NewGuid():N}.sh");
        File.WriteAllText(path, $"#!/bin/sh\npwd > '{path}.folder'\n" + script + "\n");
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }

    /// <summary>Parses an RTF with a stand-in converter; the refusal, and whether the converter's folder is still there.</summary>
    private static (PolicyParseException Refusal, bool FolderLeft) ConvertWith(string script, TimeSpan? timeout = null)
    {
        var fake = FakeConverter(script);
        try
        {
            var parser = new PolicyParser(new PolicyParserOptions { LibreOfficePath = fake, ConversionTimeout = timeout ?? TimeSpan.FromSeconds(30) });
            var rtf = "{\\rtf1\\ansi 关于测试的通知\\par}"u8.ToArray();
            var refusal = Assert.Throws<PolicyParseException>(() => parser.Parse(rtf, "notice.rtf"));
            var folder = File.ReadAllText(fake + ".folder").Trim();
            Assert.StartsWith(Path.Combine(Temp, "policyparse-convert-"), folder);
            return (refusal, Directory.Exists(folder));
        }
        finally
        {
            File.Delete(fake);
            File.Delete(fake + ".folder");
        }
    }

    [Fact]
    public void A_converter_that_hangs_is_stopped_at_the_timeout_and_leaves_nothing_behind()
    {
        if (OperatingSystem.IsWindows()) return; // the stand-ins are shell scripts
        var (e, folderLeft) = ConvertWith("sleep 60", TimeSpan.FromSeconds(1));
        Assert.Equal("notice.rtf", e.FileName);
        Assert.Contains("did not finish within 1 s (PolicyParserOptions.ConversionTimeout)", e.Reason);
        Assert.False(folderLeft);
    }

    [Theory]
    [InlineData("exit 0")]
    [InlineData("echo 'Error: source file could not be loaded' >&2; exit 1")]
    [InlineData("kill -SEGV $$")]
    public void A_converter_that_writes_nothing_or_crashes_is_a_refusal_with_what_it_said(string script)
    {
        if (OperatingSystem.IsWindows()) return;
        var (e, folderLeft) = ConvertWith(script);
        Assert.Contains("LibreOffice could not convert the RTF document (exit", e.Reason);
        if (script.Contains("Error:"))
            Assert.Contains("source file could not be loaded", e.Reason);
        Assert.False(folderLeft);
    }

    [Fact]
    public void A_converter_that_writes_something_else_is_refused()
    {
        if (OperatingSystem.IsWindows()) return;
        // The fake writes a text file where the .docx should be: the output is checked before it is read.
        var (e, folderLeft) = ConvertWith("out=\"\"; for a in \"$@\"; do [ \"$prev\" = --outdir ] && out=\"$a\"; prev=\"$a\"; done; mkdir -p \"$out\"; echo text > \"$out/input.docx\"");
        Assert.Contains("not a Word document", e.Reason);
        Assert.False(folderLeft);
    }

    [Fact]
    public void The_conversions_time_does_not_count_against_the_files_time_budget()
    {
        if (OperatingSystem.IsWindows()) return;
        // A converter that takes 2 s and writes a real .docx, under a time budget of 1 s for the file.
        var docx = Corpus.PathOf("docx/000-sucheng-2021-zhengwu-gongkai.docx");
        var fake = FakeConverter($"sleep 2; out=\"\"; for a in \"$@\"; do [ \"$prev\" = --outdir ] && out=\"$a\"; prev=\"$a\"; done; mkdir -p \"$out\"; cp '{docx}' \"$out/input.docx\"");
        try
        {
            var parser = new PolicyParser(new PolicyParserOptions { LibreOfficePath = fake, TimeBudget = TimeSpan.FromSeconds(1) });
            var d = parser.Parse("{\\rtf1\\ansi x}"u8.ToArray(), "slow.rtf");
            Assert.Equal("rtf", d.Source.Format);
            Assert.Equal("宿区政办发〔2021〕24号", d.DocNumber?.Text);
        }
        finally
        {
            File.Delete(fake);
        }
    }

    [Fact]
    public void A_converter_that_cannot_be_started_is_named()
    {
        var parser = new PolicyParser(new PolicyParserOptions { LibreOfficePath = Path.Combine(Temp, "no-such-soffice") });
        var e = Assert.Throws<PolicyParseException>(() => parser.Parse("{\\rtf1 x}"u8.ToArray(), "x.rtf"));
        Assert.Contains("LibreOffice", e.Reason);
        Assert.Contains("could not be started", e.Reason);
    }

    [Theory]
    [InlineData("legacy/000-sucheng-2021-zhengwu-gongkai.doc", "notice.bin", SourceFormat.Doc)]
    [InlineData("legacy/000-sucheng-2021-zhengwu-gongkai.doc", "notice.wps", SourceFormat.Wps)]
    [InlineData("legacy/000-sucheng-2021-zhengwu-gongkai.odt", "notice.zip", SourceFormat.Odt)]
    [InlineData("legacy/003-taierzhuang-2022-shishi-fangan.rtf", "notice.txt", SourceFormat.Rtf)]
    [InlineData("docx/000-sucheng-2021-zhengwu-gongkai.docx", "notice.odt", SourceFormat.Docx)]
    public void The_legacy_formats_are_told_by_content(string file, string name, SourceFormat expected) =>
        Assert.Equal(expected, FormatSniffer.Detect(File.ReadAllBytes(PathOf(file)), name));
}
