using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace PolicyParse.Model;

/// <summary>The file a notice was read from.</summary>
/// <param name="FileName">File name without directories, or null for an unnamed stream.</param>
/// <param name="Format">Format detected from the content: txt, md, docx, pdf, ofd, html, or doc, wps, rtf, odt (read through LibreOffice).</param>
/// <param name="PageCount">Number of pages where the format has pages; null for text and HTML.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the file's bytes.</param>
public sealed record SourceInfo(string? FileName = null, string Format = "txt", int? PageCount = null, string Sha256 = "")
{
    /// <summary>The pages (from 1) whose text was read by OCR from their image; null when none was.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<int>? OcrPages { get; init; }
}
