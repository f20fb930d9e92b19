using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PolicyParse.Benchmarks;

/// <summary>
/// Writes an archive's notices to disk in a mix of formats ("txt=60,html=20,md=10,docx=10,pdf=0"), 1,000
/// files to a sub-folder: text as UTF-8, a web page with the title in h1 and a paragraph per line,
/// Markdown with the title as a heading, a Word document with a paragraph per line, and PDF made from
/// such Word documents by LibreOffice (soffice on PATH; one conversion per sub-folder).
/// </summary>
public static class ArchiveWriter
{
    public static readonly string[] Formats = { "txt", "html", "md", "docx", "pdf" };

    /// <summary>Each format's share, from "txt=60,html=20,…" (shares in any unit; formats left out get none).</summary>
    public static Dictionary<string, double> Mix(string spec)
    {
        var mix = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var part in spec.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            var (format, share) = (part.Split('=')[0].Trim(), double.Parse(part.Split('=')[1], CultureInfo.InvariantCulture));
            if (!Formats.Contains(format))
                throw new ArgumentException($"unknown format '{format}' in the mix (known: {string.Join(", ", Formats)})");
            mix[format] = share;
        }
        double total = mix.Values.Sum();
        return mix.ToDictionary(m => m.Key, m => m.Value / total);
    }

    /// <summary>Writes notices 0 … <paramref name="count"/> − 1, each different, into <paramref name="folder"/>; the format of each follows the mix in turn.</summary>
    public static void Write(RealisticArchive archive, int count, string folder, Dictionary<string, double> mix)
    {
        archive.MakeDistinct(count);
        if (mix.GetValueOrDefault("pdf") > 0 && !OnPath("soffice"))
            throw new InvalidOperationException("PDF in the mix needs LibreOffice's soffice on PATH (Debian: libreoffice-writer-nogui, fonts-wqy-zenhei)");
        var pending = new Dictionary<string, double>(StringComparer.Ordinal);
        for (int n = 0; n < count; n++)
        {
            foreach (var (format, share) in mix)
                pending[format] = pending.GetValueOrDefault(format) + share;
            var chosen = pending.OrderByDescending(p => p.Value).First().Key; // smooth weighted round robin
            pending[chosen] -= 1;
            var sub = Path.Combine(folder, (n / 1000).ToString("D3", CultureInfo.InvariantCulture));
            Directory.CreateDirectory(sub);
            var lines = archive.Notice(n);
            var path = Path.Combine(sub, $"n{n}.{(chosen == "pdf" ? "pdf-source.docx" : chosen)}");
            switch (chosen)
            {
                case "txt": File.WriteAllText(path, string.Join("\n", lines) + "\n"); break;
                case "html": File.WriteAllText(path, Html(lines)); break;
                case "md": File.WriteAllText(path, "# " + lines[0] + "\n\n" + string.Join("\n\n", lines.Skip(1)) + "\n"); break;
                default: Docx(path, lines); break;
            }
            if (n % 1000 == 999 || n == count - 1)
                ConvertToPdf(sub);
        }
    }

    private static string Html(string[] lines)
    {
        var sb = new StringBuilder("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>")
            .Append(WebUtility.HtmlEncode(lines[0])).Append("</title></head>\n<body><div class=\"article\">\n<h1>")
            .Append(WebUtility.HtmlEncode(lines[0])).Append("</h1>\n");
        foreach (var line in lines.Skip(1))
            sb.Append("<p>").Append(WebUtility.HtmlEncode(line)).Append("</p>\n");
        return sb.Append("</div></body></html>\n").ToString();
    }

    private static void Docx(string path, string[] lines)
    {
        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var body = new Body();
        foreach (var line in lines)
            body.Append(new Paragraph(new Run(new Text(line) { Space = SpaceProcessingModeValues.Preserve })));
        document.AddMainDocumentPart().Document = new Document(body);
    }

    /// <summary>The folder's "*.pdf-source.docx" files as PDF, by one soffice run; the sources are removed.</summary>
    private static void ConvertToPdf(string folder)
    {
        var sources = Directory.GetFiles(folder, "*.pdf-source.docx");
        if (sources.Length == 0)
            return;
        var info = new ProcessStartInfo("soffice") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "--headless", "--convert-to", "pdf", "--outdir", folder }.Concat(sources))
            info.ArgumentList.Add(arg);
        using (var soffice = Process.Start(info)!)
        {
            soffice.StandardOutput.ReadToEnd();
            soffice.WaitForExit();
        }
        foreach (var source in sources)
        {
            var pdf = source.Replace(".pdf-source.docx", ".pdf-source.pdf");
            if (File.Exists(pdf))
                File.Move(pdf, source.Replace(".pdf-source.docx", ".pdf"), overwrite: true);
            File.Delete(source);
        }
    }

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(dir => File.Exists(Path.Combine(dir, program)));
}
