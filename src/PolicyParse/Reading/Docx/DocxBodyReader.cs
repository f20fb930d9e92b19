using System.Collections.Generic;
using System.Linq;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using PolicyParse.Layout;
using LayoutCell = PolicyParse.Layout.TableCell;
using LayoutRow = PolicyParse.Layout.TableRow;
using TextAlignment = PolicyParse.Layout.TextAlignment;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace PolicyParse.Reading.Docx;

/// <summary>
/// Streams word/document.xml with the SDK's <see cref="OpenXmlReader"/> into layout blocks. Only the
/// small property elements (w:pPr, w:rPr, w:tcPr, w:trPr) are loaded as objects; text is taken as it
/// streams by. Tracked changes read as accepted (w:del and w:moveFrom are skipped; deleted text is
/// w:delText, which is never read); field instructions (w:instrText) are skipped so fields show their
/// result; text boxes and content controls are read where they stand; soft line breaks end a line.
/// </summary>
internal sealed class DocxBodyReader
{
    private readonly OpenXmlReader _reader;
    private readonly DocxStyles _styles;
    private readonly DocxNumbering _numbering;
    private readonly List<LayoutBlock> _blocks = new();

    private DocxBodyReader(OpenXmlReader reader, DocxStyles styles, DocxNumbering numbering)
    {
        _reader = reader;
        _styles = styles;
        _numbering = numbering;
    }

    public static List<LayoutBlock> Read(MainDocumentPart part, DocxStyles styles, DocxNumbering numbering)
    {
        using var reader = OpenXmlReader.Create(part);
        var body = new DocxBodyReader(reader, styles, numbering);
        body.ReadBody();
        return body._blocks;
    }

    private void ReadBody()
    {
        while (_reader.Read())
        {
            if (!_reader.IsStartElement)
                continue;
            var type = _reader.ElementType;
            if (type == typeof(Paragraph))
                foreach (var line in ReadParagraph())
                    AddParagraph(line);
            else if (type == typeof(Table))
                AddTable(ReadTable());
            else if (type == typeof(SectionProperties))
                _reader.Skip();
        }
    }

    private void AddParagraph(ParagraphLine line) =>
        _blocks.Add(new ParagraphBlock(line.Text, line.Style, new BlockProvenance(_blocks.Count)));

    private void AddTable(List<LayoutRow> rows)
    {
        // Word writes a table broken by a page as one w:tbl; two w:tbl in a row with nothing between are
        // one table that an editor split, and read as one.
        if (rows.Count == 0) return;
        if (_blocks.Count > 0 && _blocks[_blocks.Count - 1] is TableBlock previous)
        {
            var merged = new List<LayoutRow>(previous.Rows);
            merged.AddRange(rows);
            _blocks[_blocks.Count - 1] = previous with { Rows = merged };
            return;
        }
        _blocks.Add(new TableBlock(rows, new BlockProvenance(_blocks.Count)));
    }

    private sealed record ParagraphLine(string Text, StyleHints Style);

    /// <summary>
    /// Reads one w:p (the reader stands on its start) into lines: soft breaks split it, and paragraphs of
    /// text boxes inside it follow it.
    /// </summary>
    private List<ParagraphLine> ReadParagraph()
    {
        var lines = new List<ParagraphLine>();
        var boxed = new List<ParagraphLine>();
        var text = new StringBuilder();
        ParagraphProperties? pPr = null;
        bool? runBold = null;
        double? runSize = null;
        StyleHints? style = null;
        string? number = null;

        void EndLine()
        {
            style ??= Hints(pPr, runBold, runSize);
            var line = (number ?? "") + text;
            number = null;
            if (line.Trim().Length > 0)
                lines.Add(new ParagraphLine(line, style));
            text.Clear();
        }

        while (_reader.Read())
        {
            var type = _reader.ElementType;
            if (_reader.IsEndElement)
            {
                if (type == typeof(Paragraph)) break;
                continue;
            }
            if (type == typeof(ParagraphProperties))
            {
                pPr = (ParagraphProperties)_reader.LoadCurrentElement()!;
                number = NumberText(pPr);
            }
            else if (type == typeof(RunProperties))
            {
                var rPr = (RunProperties)_reader.LoadCurrentElement()!;
                if (runBold is null && rPr.Bold is { } bold) runBold = bold.Val?.Value ?? true;
                if (runSize is null && rPr.FontSize?.Val?.Value is { } size && double.TryParse(size, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double halfPoints))
                    runSize = halfPoints / 2;
            }
            else if (type == typeof(W.Text))
                text.Append(_reader.GetText());
            else if (type == typeof(TabChar))
                text.Append('\t');
            else if (type == typeof(Break) || type == typeof(CarriageReturn))
                EndLine();
            else if (type == typeof(NoBreakHyphen))
                text.Append('-');
            else if (type == typeof(DeletedRun) || type == typeof(MoveFromRun) || type == typeof(FieldCode)
                     || type == typeof(DeletedFieldCode) || type == typeof(FootnoteReference) || type == typeof(EndnoteReference))
                _reader.Skip();
            else if (type == typeof(Paragraph))
                boxed.AddRange(ReadParagraph()); // a text box's paragraph inside this one
            else if (type == typeof(Table))
                boxed.AddRange(TableAsLines(ReadTable()));
        }
        EndLine();
        lines.AddRange(boxed);
        return lines;
    }

    private string? NumberText(ParagraphProperties pPr)
    {
        var numPr = pPr.NumberingProperties;
        var style = _styles.Get(pPr.ParagraphStyleId?.Val?.Value);
        int? numId = numPr?.NumberingId?.Val?.Value ?? style?.NumId;
        int level = numPr?.NumberingLevelReference?.Val?.Value ?? style?.NumLevel ?? 0;
        return numId is { } id and > 0 ? _numbering.Next(id, level) : null;
    }

    private StyleHints Hints(ParagraphProperties? pPr, bool? runBold, double? runSize)
    {
        var style = _styles.Get(pPr?.ParagraphStyleId?.Val?.Value);
        var jc = pPr?.Justification?.Val?.InnerText;
        var alignment = jc switch
        {
            "center" => TextAlignment.Center,
            "right" or "end" => TextAlignment.Right,
            null => style?.Centered == true ? TextAlignment.Center : TextAlignment.Unknown,
            _ => TextAlignment.Left,
        };
        // Word counts outline levels from 0 (w:outlineLvl 0 is Heading 1); the layout counts from 1.
        var outline = pPr?.OutlineLevel?.Val?.Value ?? style?.OutlineLevel;
        return new StyleHints(alignment, runBold ?? style?.Bold ?? false, runSize ?? style?.FontSize,
            outline is >= 0 and < 9 ? outline + 1 : null, style?.Name);
    }

    /// <summary>Reads one w:tbl (the reader stands on its start): gridSpan and vMerge become column and row spans.</summary>
    private List<LayoutRow> ReadTable()
    {
        var rows = new List<List<CellBuilder>>();
        var headerRows = new HashSet<int>();
        List<CellBuilder>? row = null;
        CellBuilder? cell = null;
        int column = 0;
        var openMerges = new Dictionary<int, CellBuilder>(); // grid column → the cell a vMerge continues

        while (_reader.Read())
        {
            var type = _reader.ElementType;
            if (_reader.IsEndElement)
            {
                if (type == typeof(Table)) break;
                if (type == typeof(W.TableCell) && cell is not null)
                {
                    if (!cell.ContinuesMerge) row!.Add(cell);
                    column += cell.ColSpan;
                    cell = null;
                }
                continue;
            }
            if (type == typeof(W.TableRow))
            {
                rows.Add(row = new List<CellBuilder>());
                column = 0;
            }
            else if (type == typeof(TableRowProperties))
            {
                var trPr = (TableRowProperties)_reader.LoadCurrentElement()!;
                if (trPr.GetFirstChild<TableHeader>() is { } header && (header.Val?.InnerText ?? "true") is "true" or "1" or "on")
                    headerRows.Add(rows.Count - 1);
            }
            else if (type == typeof(W.TableCell))
                cell = new CellBuilder();
            else if (type == typeof(TableCellProperties) && cell is not null)
            {
                var tcPr = (TableCellProperties)_reader.LoadCurrentElement()!;
                cell.ColSpan = tcPr.GridSpan?.Val?.Value is int span and > 1 ? span : 1;
                if (tcPr.VerticalMerge is { } merge)
                {
                    if (merge.Val?.InnerText == "restart")
                        openMerges[column] = cell;
                    else if (openMerges.TryGetValue(column, out var above))
                    {
                        above.RowSpan++;
                        cell.ContinuesMerge = true;
                    }
                }
                else
                    openMerges.Remove(column);
            }
            else if (type == typeof(Paragraph) && cell is not null)
                foreach (var line in ReadParagraph())
                    cell.Lines.Add(line.Text);
            else if (type == typeof(Table) && cell is not null)
                foreach (var line in TableAsLines(ReadTable()))
                    cell.Lines.Add(line.Text); // a nested table's text stays inside its cell
        }

        var result = new List<LayoutRow>(rows.Count);
        for (int r = 0; r < rows.Count; r++)
            result.Add(new LayoutRow(rows[r].ConvertAll(c => c.Build()), headerRows.Contains(r)));
        return result;
    }

    private static IEnumerable<ParagraphLine> TableAsLines(List<LayoutRow> rows)
    {
        foreach (var row in rows)
            yield return new ParagraphLine(string.Join(" ", row.Cells.Select(c => c.Text.Replace('\n', ' '))), StyleHints.None);
    }

    private sealed class CellBuilder
    {
        public List<string> Lines { get; } = new();
        public int ColSpan { get; set; } = 1;
        public int RowSpan { get; set; } = 1;
        public bool ContinuesMerge { get; set; }
        public LayoutCell Build() => new(string.Join("\n", Lines), RowSpan, ColSpan);
    }
}
