using System.Collections.Generic;
using PolicyParse.Layout;
using PolicyParse.Normalizing;

namespace PolicyParse.Parsing.Tasks;

/// <summary>One grid position: the normalized text, and whether a merged cell above or to the left put it there.</summary>
internal readonly record struct GridCell(string Text, bool Spanned);

/// <summary>
/// A table laid out as a rectangle: row and column spans are expanded so that every row has a value
/// in every column, as a reader of the printed table sees it.
/// </summary>
internal static class TableGrid
{
    /// <summary>
    /// Expands the spans. A table whose spans claim more than <paramref name="maxCells"/> positions
    /// (<see cref="PolicyParserOptions.MaxTableCells"/>; 100 cells of rowspan=colspan=1000 is 100 million)
    /// is refused, not expanded.
    /// </summary>
    public static List<GridCell[]> Expand(TableBlock table, long maxCells)
    {
        long claimed = 0;
        foreach (var row in table.Rows)
            foreach (var cell in row.Cells)
                claimed += (long)cell.RowSpan * cell.ColSpan;
        if (claimed > maxCells)
            throw TooLarge(claimed, maxCells);
        var rows = new List<List<GridCell?>>();
        for (int r = 0; r < table.Rows.Count; r++)
        {
            while (rows.Count <= r) rows.Add(new List<GridCell?>());
            var row = rows[r];
            int column = 0;
            foreach (var cell in table.Rows[r].Cells)
            {
                while (column < row.Count && row[column] is not null)
                    column++; // taken by a cell spanning down from above
                var text = TextNormalizer.Normalize(cell.Text.Replace('\n', ' '));
                for (int dr = 0; dr < cell.RowSpan; dr++)
                {
                    while (rows.Count <= r + dr) rows.Add(new List<GridCell?>());
                    var target = rows[r + dr];
                    for (int dc = 0; dc < cell.ColSpan; dc++)
                    {
                        while (target.Count <= column + dc) target.Add(null);
                        target[column + dc] = new GridCell(text, dr > 0 || dc > 0);
                    }
                }
                column += cell.ColSpan;
            }
        }

        int width = 0;
        foreach (var row in rows) width = System.Math.Max(width, row.Count);
        if ((long)width * rows.Count > maxCells)
            throw TooLarge((long)width * rows.Count, maxCells);
        var grid = new List<GridCell[]>(rows.Count);
        foreach (var row in rows)
        {
            var cells = new GridCell[width];
            for (int c = 0; c < width; c++)
                cells[c] = c < row.Count && row[c] is { } value ? value : new GridCell("", false);
            grid.Add(cells);
        }
        return grid;
    }

    private static PolicyParseException TooLarge(long cells, long maxCells) =>
        new(null, $"a table's row and column spans expand it to {cells:N0} cells, over the limit of {maxCells:N0} (PolicyParserOptions.MaxTableCells); refused so that it cannot exhaust memory");
}
