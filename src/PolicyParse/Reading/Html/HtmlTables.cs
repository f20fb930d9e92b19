using System.Collections.Generic;
using System.Linq;
using AngleSharp.Dom;
using PolicyParse.Layout;

namespace PolicyParse.Reading.Html;

/// <summary>Tables of a page: data tables into table blocks (rowspan, colspan, thead), layout tables told apart.</summary>
internal static class HtmlTables
{
    /// <summary>
    /// A data table has at least two rows of at least two cells, and no cell that is itself a page
    /// (a nested table, or many paragraphs): sites that lay pages out with tables put the notice in one
    /// big cell.
    /// </summary>
    public static bool IsDataTable(IElement table)
    {
        var rows = Rows(table).ToList();
        if (rows.Count < 2 || rows.Count(r => Cells(r).Count() >= 2) * 2 < rows.Count)
            return false;
        return !Rows(table).SelectMany(Cells).Any(IsPageInACell);
    }

    private static bool IsPageInACell(IElement cell)
    {
        int blocks = 0;
        foreach (var e in cell.Descendants<IElement>())
        {
            if (e.LocalName == "table" || (e.LocalName is "p" or "div" or "br" && ++blocks > 12))
                return true;
        }
        return false;
    }

    public static List<TableRow> Read(IElement table, FileBudget budget)
    {
        var result = new List<TableRow>();
        foreach (var row in Rows(table))
        {
            bool header = row.ParentElement?.LocalName == "thead" || (Cells(row).Any() && Cells(row).All(c => c.LocalName == "th"));
            var cells = Cells(row).Select(c => new TableCell(CellText(c, budget), Span(c, "rowspan"), Span(c, "colspan"))).ToList();
            result.Add(new TableRow(cells, header));
        }
        return result;
    }

    /// <summary>The rows of this table, not of tables nested in its cells.</summary>
    private static IEnumerable<IElement> Rows(IElement table) =>
        table.Children.SelectMany(c => c.LocalName is "thead" or "tbody" or "tfoot" ? c.Children.AsEnumerable() : new[] { c }).Where(r => r.LocalName == "tr");

    private static IEnumerable<IElement> Cells(IElement row) => row.Children.Where(c => c.LocalName is "td" or "th");

    private static int Span(IElement cell, string attribute) =>
        int.TryParse(cell.GetAttribute(attribute), out int span) && span > 1 ? System.Math.Min(span, 1000) : 1;

    /// <summary>Cell text with its paragraphs (p, div, br) on separate lines.</summary>
    private static string CellText(IElement cell, FileBudget budget)
    {
        var lines = HtmlBlockBuilder.Build(cell, _ => false, budget).Select(b => b switch
        {
            ParagraphBlock p => p.Text,
            TableBlock t => string.Join(" ", t.Rows.SelectMany(r => r.Cells).Select(c => c.Text)),
            _ => "",
        });
        return string.Join("\n", lines.Where(l => l.Trim().Length > 0));
    }
}
