using System;
using System.Collections.Generic;
using System.Linq;

namespace PolicyParse.Reading.Pdf;

/// <summary>A cell of a ruled table: its grid position, spans and text.</summary>
internal sealed class RuledCell
{
    public RuledCell(int row, int column, int rowSpan, int colSpan)
    {
        Row = row;
        Column = column;
        RowSpan = rowSpan;
        ColSpan = colSpan;
    }

    public int Row { get; }
    public int Column { get; }
    public int RowSpan { get; set; }
    public int ColSpan { get; }
    public string Text { get; set; } = "";
}

/// <summary>
/// A table drawn with rules, on one page: column boundaries (x, left to right), row boundaries (y, top to
/// bottom) and the cells the rules enclose — a missing rule between two grid cells merges them.
/// </summary>
internal sealed class RuledTable
{
    public RuledTable(double[] xs, double[] ys, List<RuledCell> cells)
    {
        Xs = xs;
        Ys = ys;
        Cells = cells;
    }

    /// <summary>Column boundaries, left to right.</summary>
    public double[] Xs { get; }

    /// <summary>Row boundaries, top to bottom (descending y).</summary>
    public double[] Ys { get; }

    public List<RuledCell> Cells { get; }

    public double Top => Ys[0];
    public double Bottom => Ys[Ys.Length - 1];
    public int RowCount => Ys.Length - 1;

    public bool Contains(double x, double y) => x >= Xs[0] && x <= Xs[Xs.Length - 1] && y <= Top && y >= Bottom;

    /// <summary>The cell covering a point inside the table.</summary>
    public RuledCell? CellAt(double x, double y)
    {
        int column = Array.FindLastIndex(Xs, b => b <= x);
        int row = Array.FindLastIndex(Ys, b => b >= y);
        if (column < 0 || row < 0 || column >= Xs.Length - 1 || row >= Ys.Length - 1)
            return null;
        return Cells.FirstOrDefault(c => row >= c.Row && row < c.Row + c.RowSpan && column >= c.Column && column < c.Column + c.ColSpan);
    }

    /// <summary>Whether <paramref name="other"/> has the same columns, so that it continues this table on the next page.</summary>
    public bool SameColumns(RuledTable other) =>
        other.Xs.Length == Xs.Length && Xs.Zip(other.Xs, (a, b) => Math.Abs(a - b) < 2).All(same => same);
}
