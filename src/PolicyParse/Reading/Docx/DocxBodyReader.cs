using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;
using PolicyParse.Layout;

namespace PolicyParse.Reading.Docx;

/// <summary>
/// Streams word/document.xml into layout blocks with a bare <see cref="XmlReader"/> (the SDK's
/// OpenXmlReader costs many times as much on the same part). Tracked changes
/// read as accepted (w:del and w:moveFrom are skipped; deleted text is w:delText, never read); field
/// instructions (w:instrText) are skipped so fields show their result; text boxes and content controls
/// are read where they stand (the mc:Fallback copy of a text box is skipped); soft line breaks end a line.
/// </summary>
internal sealed class DocxBodyReader
{
    private readonly XmlReader _reader;
    private readonly WordNames _n;
    private readonly DocxStyles _styles;
    private readonly DocxNumbering _numbering;
    private readonly FileBudget _budget;
    private readonly List<LayoutBlock> _blocks = new();

    private DocxBodyReader(XmlReader reader, DocxStyles styles, DocxNumbering numbering, FileBudget budget)
    {
        _reader = reader;
        _budget = budget;
        _n = new WordNames(reader.NameTable);
        _styles = styles;
        _numbering = numbering;
    }

    public static List<LayoutBlock> Read(Stream documentXml, long maxCharacters, DocxStyles styles, DocxNumbering numbering, FileBudget budget)
    {
        using var reader = XmlReader.Create(documentXml, SafeXml.Settings(maxCharacters));
        var body = new DocxBodyReader(reader, styles, numbering, budget);
        body.ReadBody();
        return body._blocks;
    }

    private void ReadBody()
    {
        while (_reader.Read())
        {
            if (_reader.NodeType != XmlNodeType.Element)
                continue;
            _budget.Check();
            if (IsFallback())
                WordXml.SkipToEnd(_reader);
            else if (IsWord(_n.P))
                foreach (var line in ReadParagraph())
                    _blocks.Add(new ParagraphBlock(line.Text, line.Style, new BlockProvenance(_blocks.Count)));
            else if (IsWord(_n.Tbl))
                AddTable(ReadTable());
            else if (IsWord(_n.SectPr))
                WordXml.SkipToEnd(_reader);
        }
    }

    /// <summary>mc:Fallback repeats what mc:Choice holds (a text box as VML for old readers).</summary>
    private bool IsFallback() => (object)_reader.LocalName == _n.Fallback && (object)_reader.NamespaceURI == _n.MarkupCompatibility;

    /// <summary>
    /// Whether the current node is w:<paramref name="atom"/>. Names from the reader's name table are
    /// compared by reference: a string switch hashed every element name, a measurable share of the pass.
    /// </summary>
    private bool IsWord(string atom) => (object)_reader.LocalName == atom && (object)_reader.NamespaceURI == _n.W;

    private bool Is(string atom) => (object)_reader.LocalName == atom;

    private void AddTable(List<TableRow> rows)
    {
        // Word writes a table broken by a page as one w:tbl; two w:tbl in a row with nothing between are
        // one table that an editor split, and read as one.
        if (rows.Count == 0) return;
        if (_blocks.Count > 0 && _blocks[_blocks.Count - 1] is TableBlock previous)
        {
            _blocks[_blocks.Count - 1] = previous with { Rows = previous.Rows.Concat(rows).ToList() };
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
        CheckNesting();
        var lines = new List<ParagraphLine>();
        if (_reader.IsEmptyElement)
            return lines;
        int depth = _reader.Depth;
        var boxed = new List<ParagraphLine>();
        var text = new StringBuilder();
        var properties = new ParagraphProperties();
        bool? runBold = null, runRed = null;
        double? runSize = null;
        StyleHints? style = null;
        string? number = null;
        bool inText = false;

        void EndLine()
        {
            style ??= Hints(properties, runBold, runSize, runRed);
            var line = number + text.ToString();
            number = null;
            if (line.Trim().Length > 0)
                lines.Add(new ParagraphLine(line, style));
            text.Clear();
        }

        while (_reader.Read() && !WordXml.IsEndAt(_reader, depth))
        {
            switch (_reader.NodeType)
            {
                case XmlNodeType.Text or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace or XmlNodeType.CDATA when inText:
                    text.Append(_reader.Value);
                    continue;
                case XmlNodeType.EndElement:
                    if (Is(_n.T)) inText = false;
                    continue;
                case not XmlNodeType.Element:
                    continue;
            }
            if (IsFallback())
            {
                WordXml.SkipToEnd(_reader);
                continue;
            }
            if ((object)_reader.NamespaceURI != _n.W)
                continue;
            if (Is(_n.PPr))
            {
                properties = ReadParagraphProperties();
                number = properties.NumId is { } id and > 0 ? _numbering.Next(id, properties.NumLevel ?? 0) : null;
            }
            else if (Is(_n.RPr))
                ReadRunProperties(ref runBold, ref runSize, ref runRed);
            else if (Is(_n.T))
                inText = !_reader.IsEmptyElement;
            else if (Is(_n.Tab))
                text.Append('\t');
            else if (Is(_n.Br) || Is(_n.Cr))
                EndLine();
            else if (Is(_n.NoBreakHyphen))
                text.Append('-');
            else if (Is(_n.P))
                boxed.AddRange(ReadParagraph()); // a text box's paragraph inside this one
            else if (Is(_n.Tbl))
                boxed.AddRange(TableAsLines(ReadTable()));
            else if (_n.IsSkippedInRuns(_reader.LocalName))
                WordXml.SkipToEnd(_reader);
        }
        EndLine();
        lines.AddRange(boxed);
        return lines;
    }

    private sealed class ParagraphProperties
    {
        public string? StyleId;
        public int? NumId, NumLevel, OutlineLevel;
        public string? Justification;
    }

    /// <summary>Reads w:pPr; the numbering falls back to the paragraph style's.</summary>
    private ParagraphProperties ReadParagraphProperties()
    {
        var result = new ParagraphProperties();
        if (!_reader.IsEmptyElement)
        {
            int depth = _reader.Depth;
            while (_reader.Read() && !WordXml.IsEndAt(_reader, depth))
            {
                if (_reader.NodeType != XmlNodeType.Element || (object)_reader.NamespaceURI != _n.W)
                    continue;
                if (Is(_n.PStyle)) result.StyleId = WordXml.Val(_reader);
                else if (Is(_n.NumId)) result.NumId = WordXml.IntVal(_reader);
                else if (Is(_n.Ilvl)) result.NumLevel = WordXml.IntVal(_reader);
                else if (Is(_n.OutlineLvl)) result.OutlineLevel = WordXml.IntVal(_reader);
                else if (Is(_n.Jc)) result.Justification = WordXml.Val(_reader);
                else if (Is(_n.RPr)) WordXml.SkipToEnd(_reader); // the paragraph mark's run properties
            }
        }
        var style = _styles.Get(result.StyleId);
        result.NumId ??= style?.NumId;
        result.NumLevel ??= style?.NumLevel;
        return result;
    }

    /// <summary>The first run that says so sets the paragraph's bold, size and colour.</summary>
    private void ReadRunProperties(ref bool? bold, ref double? size, ref bool? red)
    {
        if (_reader.IsEmptyElement) return;
        int depth = _reader.Depth;
        while (_reader.Read() && !WordXml.IsEndAt(_reader, depth))
        {
            if (_reader.NodeType != XmlNodeType.Element || (object)_reader.NamespaceURI != _n.W)
                continue;
            if (Is(_n.B)) bold ??= WordXml.OnOff(_reader);
            else if (Is(_n.Sz)) size ??= WordXml.HalfPoints(_reader);
            else if (Is(_n.Color)) red ??= TextColour.IsRedHex(WordXml.Val(_reader));
        }
    }

    private StyleHints Hints(ParagraphProperties properties, bool? runBold, double? runSize, bool? runRed)
    {
        var style = _styles.Get(properties.StyleId);
        var alignment = properties.Justification switch
        {
            "center" => TextAlignment.Center,
            "right" or "end" => TextAlignment.Right,
            null => style?.Centered == true ? TextAlignment.Center : TextAlignment.Unknown,
            _ => TextAlignment.Left,
        };
        // Word counts outline levels from 0 (w:outlineLvl 0 is Heading 1); the layout counts from 1.
        var outline = properties.OutlineLevel ?? style?.OutlineLevel;
        return new StyleHints(alignment, runBold ?? style?.Bold ?? false, runSize ?? style?.FontSize,
            outline is >= 0 and < 9 ? outline + 1 : null, style?.Name, runRed ?? false);
    }

    /// <summary>
    /// Paragraphs in text boxes and tables in cells are read by recursion; a document nested deeper than any
    /// editor writes (a table in a table in a text box is about 20 elements) is refused before the stack runs out.
    /// </summary>
    private void CheckNesting()
    {
        if (_reader.Depth > _budget.Options.MaxNestingDepth)
            throw new PolicyParseException(null, $"the document nests paragraphs or tables {_reader.Depth} elements deep, over the limit of {_budget.Options.MaxNestingDepth} (PolicyParserOptions.MaxNestingDepth)");
    }

    /// <summary>Word's own limit on the columns of a table.</summary>
    internal const int MaxGridSpan = 63;

    /// <summary>Reads one w:tbl (the reader stands on its start): gridSpan and vMerge become column and row spans.</summary>
    private List<TableRow> ReadTable()
    {
        CheckNesting();
        var rows = new List<List<CellBuilder>>();
        var headerRows = new HashSet<int>();
        if (_reader.IsEmptyElement)
            return new List<TableRow>();
        int depth = _reader.Depth;
        List<CellBuilder>? row = null;
        CellBuilder? cell = null;
        int column = 0;
        var openMerges = new Dictionary<int, CellBuilder>(); // grid column → the cell a vMerge continues

        void EndCell()
        {
            if (!cell!.SawMerge) openMerges.Remove(column); // a plain cell ends any merge running down its column
            if (!cell.ContinuesMerge) row!.Add(cell);
            column += cell.ColSpan;
            cell = null;
        }

        while (_reader.Read() && !WordXml.IsEndAt(_reader, depth))
        {
            if ((object)_reader.NamespaceURI != _n.W)
                continue;
            if (_reader.NodeType == XmlNodeType.EndElement)
            {
                if (Is(_n.Tc) && cell is not null) EndCell();
                continue;
            }
            if (_reader.NodeType != XmlNodeType.Element)
                continue;
            if (Is(_n.Tr))
            {
                _budget.Check();
                rows.Add(row = new List<CellBuilder>());
                column = 0;
            }
            else if (Is(_n.TblHeader) && row is not null && WordXml.OnOff(_reader))
                headerRows.Add(rows.Count - 1);
            else if (Is(_n.Tc))
            {
                cell = new CellBuilder();
                if (_reader.IsEmptyElement) EndCell();
            }
            else if (cell is null)
                continue;
            else if (Is(_n.GridSpan))
                cell.ColSpan = WordXml.IntVal(_reader) switch
                {
                    > MaxGridSpan and var span => throw new PolicyParseException(null, $"a table cell spans {span} columns, over Word's limit of {MaxGridSpan}"),
                    > 1 and var span => span,
                    _ => 1,
                };
            else if (Is(_n.VMerge))
            {
                cell.SawMerge = true;
                if (WordXml.Val(_reader) == "restart")
                    openMerges[column] = cell;
                else if (openMerges.TryGetValue(column, out var above))
                {
                    above.RowSpan++;
                    cell.ContinuesMerge = true;
                }
            }
            else if (Is(_n.P))
                foreach (var line in ReadParagraph())
                    cell.Lines.Add(line.Text);
            else if (Is(_n.Tbl))
                foreach (var line in TableAsLines(ReadTable()))
                    cell.Lines.Add(line.Text); // a nested table's text stays inside its cell
        }

        var result = new List<TableRow>(rows.Count);
        for (int r = 0; r < rows.Count; r++)
            result.Add(new TableRow(rows[r].ConvertAll(c => c.Build()), headerRows.Contains(r)));
        return result;
    }

    private static IEnumerable<ParagraphLine> TableAsLines(List<TableRow> rows) =>
        rows.Select(row => new ParagraphLine(string.Join(" ", row.Cells.Select(c => c.Text.Replace('\n', ' '))), StyleHints.None));

    private sealed class CellBuilder
    {
        public List<string> Lines { get; } = new();
        public int ColSpan { get; set; } = 1;
        public int RowSpan { get; set; } = 1;
        public bool ContinuesMerge { get; set; }
        public bool SawMerge { get; set; }
        public TableCell Build() => new(string.Join("\n", Lines), RowSpan, ColSpan);
    }
}
