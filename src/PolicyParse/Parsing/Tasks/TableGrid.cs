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
    public static List<GridCell[]> Expand(TableBlock table)
    {
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
}
