using System;
using System.Collections.Generic;
using PolicyParse.Layout;

namespace PolicyParse.Reading.Text;

/// <summary>
/// Reads plain text: every non-blank line is a paragraph, and runs of lines with tab-separated
/// cells (blank lines between them allowed) become one table.
/// </summary>
public sealed class PlainTextReader : IDocumentReader
{
    /// <inheritdoc />
    public DocumentFormat Format => DocumentFormat.Text;

    /// <inheritdoc />
    public DocumentLayout Read(byte[] content, string? fileName)
    {
        var (text, _) = TextDecoder.Decode(content, fileName);
        var blocks = ReadBlocks(text);
        if (blocks.Count == 0)
            throw new PolicyParseException(fileName, "the file contains only whitespace");
        return new DocumentLayout(fileName, DocumentFormat.Text, null, Hashing.Sha256Hex(content), blocks);
    }

    /// <summary>Splits decoded text into blocks; exposed for callers that already hold a string.</summary>
    public static IReadOnlyList<LayoutBlock> ReadBlocks(string text)
    {
        var blocks = new List<LayoutBlock>();
        List<TableRow>? tableRows = null;
        int tableLine = 0;

        void FlushTable()
        {
            if (tableRows is null) return;
            blocks.Add(new TableBlock(tableRows, new BlockProvenance(blocks.Count, Line: tableLine)));
            tableRows = null;
        }

        int lineNumber = 0;
        foreach (var line in SplitLines(text))
        {
            lineNumber++;
            if (IsBlank(line))
                continue; // blank lines inside a table do not end it
            if (line.IndexOf('\t') >= 0)
            {
                if (tableRows is null) { tableRows = new List<TableRow>(); tableLine = lineNumber; }
                tableRows.Add(ToRow(line));
                continue;
            }
            FlushTable();
            blocks.Add(new ParagraphBlock(line, StyleHints.None, new BlockProvenance(blocks.Count, Line: lineNumber)));
        }
        FlushTable();
        return blocks;
    }

    private static TableRow ToRow(string line)
    {
        var parts = line.Split('\t');
        var cells = new TableCell[parts.Length];
        for (int i = 0; i < parts.Length; i++)
            cells[i] = new TableCell(parts[i].Trim());
        return new TableRow(cells);
    }

    private static bool IsBlank(string line)
    {
        foreach (var c in line)
            if (!char.IsWhiteSpace(c)) return false;
        return true;
    }

    /// <summary>Splits on CRLF, LF and lone CR.</summary>
    private static IEnumerable<string> SplitLines(string text)
    {
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c != '\n' && c != '\r') continue;
            yield return text.Substring(start, i - start);
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            start = i + 1;
        }
        if (start < text.Length)
            yield return text.Substring(start);
    }
}
