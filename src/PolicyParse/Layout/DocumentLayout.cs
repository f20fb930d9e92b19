using System.Collections.Generic;

namespace PolicyParse.Layout;

/// <summary>
/// What every reader produces: the document's blocks in reading order. Structure parsing works on
/// this alone, so the GB/T 9704 rules are written once for all formats.
/// </summary>
/// <param name="FileName">File name without directories, or null.</param>
/// <param name="Format">The format the reader decoded.</param>
/// <param name="PageCount">Pages, where the format has them.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the source bytes.</param>
/// <param name="Blocks">Paragraphs and tables in reading order; <see cref="LayoutBlock.Provenance"/> indexes match positions here.</param>
public sealed record DocumentLayout(
    string? FileName,
    SourceFormat Format,
    int? PageCount,
    string Sha256,
    IReadOnlyList<LayoutBlock> Blocks)
{
    /// <summary>What the reader noticed but could not fix (scanned pages without text, say); the parser passes them on.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = System.Array.Empty<string>();

    /// <summary>The pages (from 1) whose text OCR read from their image rather than from a text layer.</summary>
    public IReadOnlyList<int> OcrPages { get; init; } = System.Array.Empty<int>();

    /// <summary>
    /// Fields a source states apart from the text, such as the metadata table of a government web page
    /// (发文字号, 发文机关, 成文日期, 标题 …), by label. The parser takes them as authoritative.
    /// </summary>
    public IReadOnlyDictionary<string, string> Metadata { get; init; } = new Dictionary<string, string>();
}
