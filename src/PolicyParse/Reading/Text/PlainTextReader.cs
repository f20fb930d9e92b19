using System;
using System.Collections.Generic;
using PolicyParse.Layout;

namespace PolicyParse.Reading.Text;

/// <summary>
/// Reads plain text: every non-blank line is a paragraph, and runs of lines with tab-separated or
/// "|"-separated cells (blank lines between them allowed) become one table.
/// </summary>
internal sealed class PlainTextReader : IDocumentReader
{
    /// <inheritdoc />
    public SourceFormat Format => SourceFormat.Text;

    /// <inheritdoc />
    public DocumentLayout Read(SourceFile source, FileBudget budget)
    {
        var fileName = source.Name;
        var (text, _) = TextDecoder.Decode(source.Content, fileName);
        var blocks = ReadBlocks(text);
        if (blocks.Count == 0)
            throw new PolicyParseException(fileName, "the file contains only whitespace");
        return new DocumentLayout(fileName, SourceFormat.Text, null, source.Sha256, blocks);
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
            if (TableRowCells(line) is { } cells)
            {
                if (tableRows is null) { tableRows = new List<TableRow>(); tableLine = lineNumber; }
                if (!IsRule(cells))
                    tableRows.Add(new TableRow(cells));
                continue;
            }
            FlushTable();
            blocks.Add(new ParagraphBlock(line, StyleHints.None, new BlockProvenance(blocks.Count, Line: lineNumber)));
        }
        FlushTable();
        return blocks;
    }

    /// <summary>The cells of a table line: split on tabs, or on "|" when a line has at least two (outer bars dropped).</summary>
    private static TableCell[]? TableRowCells(string line)
    {
        string[] parts;
        if (line.IndexOf('\t') >= 0)
            parts = line.Split('\t');
        else if (CountBars(line) >= 2)
        {
            var trimmed = line.Trim();
            int start = trimmed[0] is '|' or '｜' ? 1 : 0;
            int end = trimmed[trimmed.Length - 1] is '|' or '｜' ? trimmed.Length - 1 : trimmed.Length;
            parts = trimmed.Substring(start, Math.Max(0, end - start)).Split('|', '｜');
        }
        else
            return null;
        var cells = new TableCell[parts.Length];
        for (int i = 0; i < parts.Length; i++)
            cells[i] = new TableCell(parts[i].Trim());
        return cells;
    }

    private static int CountBars(string line)
    {
        int count = 0;
        foreach (char c in line)
            if (c is '|' or '｜') count++;
        return count;
    }

    /// <summary>A Markdown rule row ("---|:---:") separates a header from the body; it is no row.</summary>
    private static bool IsRule(TableCell[] cells)
    {
        foreach (var cell in cells)
            foreach (char c in cell.Text)
                if (c is not ('-' or ':' or '—' or ' ')) return false;
        return cells.Length > 0 && cells[0].Text.Length > 0;
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
