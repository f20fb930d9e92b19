using System.Collections.Generic;
using System.Linq;
using PolicyParse.Layout;
using PolicyParse.Parsing.Dates;

namespace PolicyParse.Parsing.Tasks;

/// <summary>
/// Rebuilds a numbered task table that a copy-and-paste flattened into one cell per line (seed 001):
/// a run of header words (序号, 公开领域, 具体要求, 责任单位, 完成时限), then rows that each start with the next
/// 序号. A row with fewer lines than columns lost its merged leading cells (left empty, to fill down); a
/// row with more had its category cell wrapped onto several lines (joined).
/// </summary>
internal static class FlattenedTableRecovery
{
    private const int MinColumns = 3;

    public static List<Line> Recover(List<Line> lines)
    {
        var result = new List<Line>(lines.Count);
        for (int i = 0; i < lines.Count; i++)
        {
            if (TryReadTable(lines, i, out var table, out int end))
            {
                result.Add(table);
                i = end - 1;
            }
            else
            {
                result.Add(lines[i]);
            }
        }
        return result;
    }

    private static bool TryReadTable(List<Line> lines, int start, out Line table, out int end)
    {
        table = lines[start];
        end = start;
        int headerEnd = start;
        while (headerEnd < lines.Count && !lines[headerEnd].IsTable && ColumnRoles.Of(lines[headerEnd].Text) is not null)
            headerEnd++;
        int columns = headerEnd - start;
        if (columns < MinColumns)
            return false;
        var headers = lines.Skip(start).Take(columns).Select(l => l.Text).ToList();
        var roles = ColumnRoles.ForHeader(headers);
        if (roles is null || roles[0] != ColumnRole.Number)
            return false; // without 序号 the row boundaries cannot be told

        var rows = new List<TableRow> { new(headers.Select(h => new TableCell(h)).ToArray(), IsHeader: true) };
        int i = headerEnd;
        for (int number = 1; i < lines.Count && IsNumber(lines[i], number); number++)
        {
            int next = FindNumber(lines, i + 1, number + 1, columns + 3);
            int rowEnd = next >= 0 ? next : LastRowEnd(lines, i + 1, columns - 1);
            var cells = lines.Skip(i + 1).Take(rowEnd - i - 1).Select(l => l.Text).ToList();
            rows.Add(new TableRow(Fit(lines[i].Text, cells, roles).Select(c => new TableCell(c)).ToArray()));
            i = rowEnd;
        }
        if (rows.Count < 2)
            return false;

        var first = lines[start];
        table = new Line("", "", first.Location, StyleHints.None, new TableBlock(rows, new BlockProvenance(first.Location.Block, first.Location.Page)));
        end = i;
        return true;
    }

    /// <summary>Places a row's lines into the columns after 序号.</summary>
    private static List<string> Fit(string number, List<string> cells, ColumnRole[] roles)
    {
        int dataColumns = roles.Length - 1;
        if (cells.Count > dataColumns)
        {
            // A wrapped cell: join the extra lines into the first category column (or the content).
            int target = System.Array.IndexOf(roles, ColumnRole.Category, 1);
            if (target < 0) target = System.Array.IndexOf(roles, ColumnRole.Content, 1);
            int at = System.Math.Max(target, 1) - 1;
            int extra = cells.Count - dataColumns;
            var joined = string.Concat(cells.Skip(at).Take(extra + 1));
            cells = cells.Take(at).Append(joined).Concat(cells.Skip(at + extra + 1)).ToList();
        }
        while (cells.Count < dataColumns)
            cells.Insert(0, ""); // merged leading cells left no line
        return new[] { number }.Concat(cells).ToList();
    }

    private static int FindNumber(List<Line> lines, int from, int number, int within)
    {
        for (int i = from; i < lines.Count && i < from + within; i++)
            if (IsNumber(lines[i], number))
                return i;
        return -1;
    }

    /// <summary>The last row has no next number to end it: it ends after its columns, or at a line that cannot be a cell.</summary>
    private static int LastRowEnd(List<Line> lines, int from, int dataColumns)
    {
        int i = from;
        while (i < lines.Count && i < from + dataColumns && !lines[i].IsTable && !ChineseDate.TryParseWhole(lines[i].Text, out _))
            i++;
        return i;
    }

    private static bool IsNumber(Line line, int number) =>
        !line.IsTable && line.Text.TrimEnd('.', '、', '．') == number.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
