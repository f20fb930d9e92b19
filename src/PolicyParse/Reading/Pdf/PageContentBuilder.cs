using System.Collections.Generic;
using System.Linq;

namespace PolicyParse.Reading.Pdf;

/// <summary>
/// What a fixed-layout page (PDF, OFD, or a page OCR read) contributes: its positioned text split between
/// the ruled tables and the body, cells' text read line by line, body text as lines with its columns
/// read one after the other.
/// </summary>
internal static class PageContentBuilder
{
    public static PdfPageContent Build(int number, double width, IEnumerable<PositionedText> text, List<RuledTable> tables)
    {
        var body = new List<PositionedText>();
        var cellText = new Dictionary<RuledCell, List<PositionedText>>();
        foreach (var item in text)
        {
            var (x, y) = item.Centre;
            var cell = tables.FirstOrDefault(t => t.Contains(x, y))?.CellAt(x, y);
            if (cell is null)
                body.Add(item);
            else
            {
                if (!cellText.TryGetValue(cell, out var list))
                    cellText[cell] = list = new List<PositionedText>();
                list.Add(item);
            }
        }
        foreach (var pair in cellText)
            pair.Key.Text = PdfLineBuilder.Build(pair.Value).Aggregate("", (joined, line) => PdfLayoutAssembler.Join(joined, line.Text.Trim()));
        // A grid without text (a frame, a rule under the header) is no table.
        tables.RemoveAll(t => t.Cells.All(c => c.Text.Length == 0) || t.RowCount < 1);
        return new PdfPageContent(number, width, Lines(body, width), tables);
    }

    /// <summary>A page's body text as lines, its columns read one after the other.</summary>
    public static List<PdfTextLine> Lines(List<PositionedText> body, double pageWidth) =>
        ColumnGuard.Split(body, pageWidth).SelectMany(PdfLineBuilder.Build).ToList();
}
