using System;
using System.IO;
using PolicyParse.Layout;
using PolicyParse.Reading.Docx;

namespace PolicyParse.Reading.Conversion;

/// <summary>
/// Reads the formats Word and WPS users still send — Word 97-2003 .doc, WPS .wps, RTF, OpenDocument .odt —
/// by converting them to .docx with LibreOffice (<c>soffice --headless --convert-to docx</c>) and reading
/// that with the DOCX reader; the layout keeps the original format. Each conversion runs in a temporary
/// folder of its own, with a LibreOffice profile of its own (parallel conversions in a bulk run do not
/// wait for each other), the input under a fixed name (a file name cannot inject options), a time
/// limit, and the output checked before it is read; the folder is removed afterwards, whatever happened.
/// </summary>
internal sealed class OfficeConverterReader : IDocumentReader
{
    private readonly DocxReader _docx = new();

    public OfficeConverterReader(SourceFormat format) => Format = format;

    /// <inheritdoc />
    public SourceFormat Format { get; }

    /// <inheritdoc />
    public DocumentLayout Read(SourceFile source, FileBudget budget)
    {
        var soffice = budget.Options.LibreOfficePath ?? ExternalTool.FindOnPath("soffice", "libreoffice")
            ?? throw new PolicyParseException(source.Name, $"a {Describe(Format)} is read through LibreOffice, which is not installed (Debian: apt install libreoffice-writer-nogui) or not on PATH; set PolicyParserOptions.LibreOfficePath");
        var folder = Path.Combine(Path.GetTempPath(), "policyparse-convert-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var input = Path.Combine(folder, "input." + Extension(Format));
            File.WriteAllBytes(input, source.Content);
            var output = Path.Combine(folder, "out");
            var profile = new Uri(Path.Combine(folder, "profile")).AbsoluteUri;
            var converting = System.Diagnostics.Stopwatch.StartNew();
            var (exit, said) = ExternalTool.Run(soffice,
                new[] { "-env:UserInstallation=" + profile, "--headless", "--norestore", "--nolockcheck", "--convert-to", "docx", "--outdir", output, input },
                folder, budget.Options.ConversionTimeout, source.Name, "LibreOffice");
            budget.Exclude(converting.Elapsed); // the conversion has its own limit; the budget is for the reading and parsing
            budget.CheckClock();
            var converted = Path.Combine(output, "input.docx");
            if (!File.Exists(converted))
                throw new PolicyParseException(source.Name, $"LibreOffice could not convert the {Describe(Format)} (exit {exit}{(said.Length > 0 ? ": " + said : "")}); the file is damaged or not what its name says");
            var docx = File.ReadAllBytes(converted);
            if (docx.Length < 4 || docx[0] != 0x50 || docx[1] != 0x4B)
                throw new PolicyParseException(source.Name, "LibreOffice wrote something that is not a Word document");
            var layout = _docx.Read(new SourceFile(docx, source.Name), budget);
            return layout with { Format = Format, Sha256 = source.Sha256 };
        }
        finally
        {
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private static string Extension(SourceFormat format) => format switch
    {
        SourceFormat.Doc => "doc",
        SourceFormat.Wps => "wps",
        SourceFormat.Rtf => "rtf",
        _ => "odt",
    };

    private static string Describe(SourceFormat format) => format switch
    {
        SourceFormat.Doc => "Word 97-2003 document (.doc)",
        SourceFormat.Wps => "WPS document (.wps)",
        SourceFormat.Rtf => "RTF document",
        _ => "OpenDocument text (.odt)",
    };
}
