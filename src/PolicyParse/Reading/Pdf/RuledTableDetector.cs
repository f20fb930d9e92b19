using System;
using System.Collections.Generic;
using System.Linq;

namespace PolicyParse.Reading.Pdf;

/// <summary>
/// Finds ruled tables in a page's rules: horizontal and vertical rules that touch each other form one grid; the rules present
/// between grid cells decide which cells are merged.
/// </summary>
internal static class RuledTableDetector
{
    private const double Tolerance = RuleSegment.Tolerance;

    /// <summary>The tables the page's rules (in points, y up) draw.</summary>
    public static List<RuledTable> Detect(IEnumerable<RuleSegment> rules)
    {
        var segments = rules.Where(s => s.IsHorizontal != s.IsVertical).ToList();
        var tables = new List<RuledTable>();
        foreach (var group in Connected(segments))
        {
            var horizontals = group.Where(s => s.IsHorizontal).ToList();
            var verticals = group.Where(s => s.IsVertical).ToList();
            if (horizontals.Count < 2 || verticals.Count < 2)
                continue;
            var xs = Cluster(verticals.Select(v => (v.X1 + v.X2) / 2)).ToArray();
            var ys = Cluster(horizontals.Select(h => (h.Y1 + h.Y2) / 2)).AsEnumerable().Reverse().ToArray();
            if (xs.Length < 2 || ys.Length < 2)
                continue;
            tables.Add(new RuledTable(xs, ys, Cells(xs, ys, horizontals, verticals)));
        }
        return tables;
    }

    /// <summary>Walks the grid; a cell extends right while no rule separates columns, and down while no rule separates rows.</summary>
    private static List<RuledCell> Cells(double[] xs, double[] ys, List<RuleSegment> horizontals, List<RuleSegment> verticals)
    {
        int rows = ys.Length - 1, columns = xs.Length - 1;
        var taken = new bool[rows, columns];
        var cells = new List<RuledCell>();
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < columns; c++)
            {
                if (taken[r, c]) continue;
                double midY = (ys[r] + ys[r + 1]) / 2;
                int colSpan = 1;
                while (c + colSpan < columns && !taken[r, c + colSpan] && !HasVertical(verticals, xs[c + colSpan], midY))
                    colSpan++;
                double midX = (xs[c] + xs[c + colSpan]) / 2;
                int rowSpan = 1;
                while (r + rowSpan < rows && !HasHorizontal(horizontals, ys[r + rowSpan], midX))
                    rowSpan++;
                for (int dr = 0; dr < rowSpan; dr++)
                    for (int dc = 0; dc < colSpan; dc++)
                        taken[r + dr, c + dc] = true;
                cells.Add(new RuledCell(r, c, rowSpan, colSpan));
            }
        }
        return cells;
    }

    private static bool HasVertical(List<RuleSegment> verticals, double x, double y) =>
        verticals.Exists(v => Math.Abs(v.X1 - x) < Tolerance && v.MinY - Tolerance <= y && y <= v.MaxY + Tolerance);

    private static bool HasHorizontal(List<RuleSegment> horizontals, double y, double x) =>
        horizontals.Exists(h => Math.Abs(h.Y1 - y) < Tolerance && h.MinX - Tolerance <= x && x <= h.MaxX + Tolerance);

    /// <summary>Positions closer than the tolerance are one boundary.</summary>
    private static List<double> Cluster(IEnumerable<double> values)
    {
        var result = new List<double>();
        foreach (var v in values.OrderBy(v => v))
            if (result.Count == 0 || v - result[result.Count - 1] > Tolerance)
                result.Add(v);
        return result;
    }

    /// <summary>Groups of segments that touch, directly or through others.</summary>
    private static IEnumerable<List<RuleSegment>> Connected(List<RuleSegment> segments)
    {
        var group = new int[segments.Count];
        for (int i = 0; i < group.Length; i++) group[i] = i;
        int Find(int i) => group[i] == i ? i : group[i] = Find(group[i]);
        for (int i = 0; i < segments.Count; i++)
            for (int j = i + 1; j < segments.Count; j++)
                if (segments[i].IsHorizontal != segments[j].IsHorizontal && segments[i].Touches(segments[j]))
                    group[Find(i)] = Find(j);
        return Enumerable.Range(0, segments.Count).GroupBy(Find).Select(g => g.Select(i => segments[i]).ToList());
    }
}
