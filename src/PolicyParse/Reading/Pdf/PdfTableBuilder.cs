using System;
using System.Collections.Generic;
using System.Linq;
using PolicyParse.Layout;

namespace PolicyParse.Reading.Pdf;

/// <summary>
/// Collects a ruled table over the pages it runs across. A part on the next page with the same columns
/// continues it: a repeated header row is dropped, and a first row that only carries the rest of some
/// cells (the others empty) is the row the page break split, so its text joins the row above.
/// </summary>
internal sealed class PdfTableBuilder
{
    private const string SentenceEnds = "。；;！？!?";
    private const string ClosingMarks = "”’」』）)】\"'";

    private readonly RuledTable _first;
    private readonly int _page;
    private readonly List<RuledCell> _cells = new();
    private int _rows;

    public PdfTableBuilder(RuledTable table, int page)
    {
        _first = table;
        _page = page;
        Append(table, fromRow: 0);
    }

    public bool TryContinue(RuledTable next)
    {
        if (!_first.SameColumns(next))
            return false;
        int from = 0;
        if (next.RowCount > 0 && RowTexts(next, 0).SequenceEqual(RowTexts(_first, 0)))
            from = 1; // the header repeated on the new page
        if (from < next.RowCount && IsSplitRow(next, from))
        {
            foreach (var cell in next.Cells.Where(c => c.Row == from && c.Text.Length > 0))
                if (CellAt(_rows - 1, cell.Column) is { } above)
                    above.Text = PdfLayoutAssembler.Join(above.Text, cell.Text);
            // A cell of the split row that also spans the rows below stays there, one row shorter.
            foreach (var cell in next.Cells.Where(c => c.Row == from && c.RowSpan > 1))
                _cells.Add(new RuledCell(_rows, cell.Column, cell.RowSpan - 1, cell.ColSpan));
            Append(next, from + 1);
            return true;
        }
        Append(next, from);
        return true;
    }

    public TableBlock Build(int blockIndex)
    {
        var rows = new List<TableRow>(_rows);
        for (int r = 0; r < _rows; r++)
            rows.Add(new TableRow(_cells.Where(c => c.Row == r).OrderBy(c => c.Column)
                .Select(c => new TableCell(c.Text, c.RowSpan, c.ColSpan)).ToList()));
        return new TableBlock(rows, new BlockProvenance(blockIndex, _page));
    }

    /// <summary>
    /// A first row that continues cells the page break cut: its 序号 does not follow the row above's, none of its cells follows a cell that ended
    /// a sentence, and either some of its cells are empty (the cut fell after their text) or a long cell
    /// above stops mid-sentence ("…法定时限和要求，").
    /// </summary>
    private bool IsSplitRow(RuledTable table, int row)
    {
        if (_rows == 0)
            return false;
        var own = table.Cells.Where(c => c.Row == row).ToList();
        if (NumbersOn(own.OrderBy(c => c.Column).FirstOrDefault()))
            return false;
        var filled = own.Where(c => c.Text.Length > 0).Select(c => CellAt(_rows - 1, c.Column)?.Text ?? "").ToList();
        if (filled.Count == 0 || filled.Exists(above => above.Length == 0 || EndsSentence(above)))
            return false;
        return own.Exists(c => c.Text.Length == 0) || filled.Exists(above => above.Length >= 8);
    }

    /// <summary>
    /// Whether a cell's text ends a sentence: its last character, past closing quotes and brackets
    /// ("…信息。”") and a closing markup tag that text copied from a web page keeps ("…工作。&lt;/p&gt;"), is 。；！？.
    /// </summary>
    internal static bool EndsSentence(string text)
    {
        int end = text.Length;
        while (end > 0)
        {
            char c = text[end - 1];
            if (char.IsWhiteSpace(c) || ClosingMarks.IndexOf(c) >= 0)
                end--;
            else if (c == '>' && text.LastIndexOf("</", end - 1, StringComparison.Ordinal) is int tag and >= 0 && end - tag <= 12)
                end = tag;
            else
                break;
        }
        return end > 0 && SentenceEnds.IndexOf(text[end - 1]) >= 0;
    }

    /// <summary>A first cell whose 序号 follows the one above it ("4" under "3") starts a row of its own.</summary>
    private bool NumbersOn(RuledCell? first) =>
        first is not null && int.TryParse(first.Text.Trim(), out int number)
        && int.TryParse(CellAt(_rows - 1, first.Column)?.Text.Trim(), out int above) && number == above + 1;

    private void Append(RuledTable table, int fromRow)
    {
        int offset = _rows - fromRow;
        foreach (var cell in table.Cells.Where(c => c.Row >= fromRow))
            _cells.Add(new RuledCell(cell.Row + offset, cell.Column, cell.RowSpan, cell.ColSpan) { Text = cell.Text });
        _rows += table.RowCount - fromRow;
    }

    private RuledCell? CellAt(int row, int column) =>
        _cells.FirstOrDefault(c => row >= c.Row && row < c.Row + c.RowSpan && column >= c.Column && column < c.Column + c.ColSpan);

    private static IEnumerable<string> RowTexts(RuledTable table, int row) =>
        table.Cells.Where(c => c.Row == row).OrderBy(c => c.Column).Select(c => c.Text);
}
