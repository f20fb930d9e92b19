using System;
using System.Collections.Generic;
using System.Linq;
using AngleSharp.Html.Parser;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using PolicyParse.Layout;
using PolicyParse.Reading.Html;
using MdParagraph = Markdig.Syntax.ParagraphBlock;
using MdTable = Markdig.Extensions.Tables.Table;
using ParagraphBlock = PolicyParse.Layout.ParagraphBlock;
using TableCell = PolicyParse.Layout.TableCell;
using TableRow = PolicyParse.Layout.TableRow;

namespace PolicyParse.Reading.Markdown;

/// <summary>
/// Walks a Markdig syntax tree into layout blocks, in reading order, without recursion (a file nested
/// thousands of quotes or lists deep cannot exhaust the stack). Every block records its source line.
/// </summary>
internal sealed class MarkdownBlockBuilder
{
    private readonly string _source;
    private readonly FileBudget _budget;
    private readonly List<LayoutBlock> _blocks = new();

    public MarkdownBlockBuilder(string source, FileBudget budget)
    {
        _source = source;
        _budget = budget;
    }

    public List<LayoutBlock> Build(MarkdownDocument document, Action<YamlFrontMatterBlock> frontMatter)
    {
        var pending = new Stack<(Block Block, string? Prefix)>();
        Push(pending, document, null);
        while (pending.Count > 0)
        {
            _budget.Check();
            var (block, prefix) = pending.Pop();
            switch (block)
            {
                case YamlFrontMatterBlock yaml:
                    frontMatter(yaml);
                    break;
                case HeadingBlock heading: // a setext heading's Line is its underline; its text starts where its span does
                    AddParagraph(prefix + MarkdownInlines.Text(heading.Inline), heading.IsSetext ? LineOf(heading.Span.Start) : heading.Line, new StyleHints(Bold: true, OutlineLevel: heading.Level), endsParagraph: true);
                    break;
                case MdTable table:
                    AddTable(PipeTable(table), table.Line);
                    break;
                case HtmlBlock html:
                    AddHtml(html);
                    break;
                case CodeBlock code: // fenced or indented: kept as text, a paragraph a line
                    foreach (var line in code.Lines.Lines.Take(code.Lines.Count))
                        AddParagraph(line.Slice.ToString(), line.Line, StyleHints.None);
                    break;
                case MdParagraph paragraph:
                    var lines = MarkdownInlines.Lines(paragraph.Inline);
                    for (int i = 0; i < lines.Count; i++)
                        AddParagraph((i == 0 ? prefix : null) + lines[i].Text, lines[i].Line ?? paragraph.Line, StyleHints.None, endsParagraph: i == lines.Count - 1);
                    break;
                case ListItemBlock item:
                    Push(pending, item, ItemPrefix(item));
                    break;
                case ContainerBlock container: // the document, lists, quotes
                    Push(pending, container, null);
                    break;
            }
        }
        return _blocks;
    }

    /// <summary>Children onto the stack in reverse, so they pop in order; an ordered item's number goes to its first child.</summary>
    private static void Push(Stack<(Block, string?)> pending, ContainerBlock container, string? firstPrefix)
    {
        for (int i = container.Count - 1; i >= 0; i--)
            pending.Push((container[i], i == 0 ? firstPrefix : null));
    }

    /// <summary>
    /// "1. 加强领导" is a list to CommonMark but a numbered heading to a notice: an ordered item keeps its
    /// number as written ("1." or "1)"), so the parser sees the marker. Bullets are dropped.
    /// </summary>
    private static string? ItemPrefix(ListItemBlock item) =>
        item.Parent is ListBlock { IsOrdered: true } list ? item.Order + list.OrderedDelimiter.ToString() : null;

    private List<int>? _lineEnds;

    /// <summary>The 0-based line of a source offset (the line ends are found once, on first use).</summary>
    private int LineOf(int offset)
    {
        if (_lineEnds is null)
        {
            _lineEnds = new List<int>();
            for (int i = _source.IndexOf('\n'); i >= 0; i = _source.IndexOf('\n', i + 1))
                _lineEnds.Add(i);
        }
        int found = _lineEnds.BinarySearch(offset);
        return found >= 0 ? found : ~found;
    }

    /// <summary>Adds a paragraph; <paramref name="endsParagraph"/> when Markdown ends it here (not a hard line break within one).</summary>
    private void AddParagraph(string text, int zeroBasedLine, StyleHints style, bool endsParagraph = false)
    {
        if (!string.IsNullOrWhiteSpace(text))
            _blocks.Add(new ParagraphBlock(text, style, new BlockProvenance(_blocks.Count, Line: zeroBasedLine + 1)) { EndsParagraph = endsParagraph });
    }

    private void AddTable(List<TableRow> rows, int zeroBasedLine)
    {
        if (rows.Count > 0)
            _blocks.Add(new TableBlock(rows, new BlockProvenance(_blocks.Count, Line: zeroBasedLine + 1)));
    }

    private static List<TableRow> PipeTable(MdTable table)
    {
        var rows = new List<TableRow>(table.Count);
        foreach (var block in table)
        {
            if (block is not Markdig.Extensions.Tables.TableRow row)
                continue;
            var cells = new List<TableCell>(row.Count);
            foreach (var cell in row)
                if (cell is Markdig.Extensions.Tables.TableCell tableCell)
                    cells.Add(new TableCell(CellText(tableCell), 1, Math.Max(1, tableCell.ColumnSpan)));
            rows.Add(new TableRow(cells, row.IsHeader));
        }
        return rows;
    }

    /// <summary>A cell's lines — a &lt;br&gt; in a pipe cell, as converters write two units — on separate lines, as the HTML reader gives them.</summary>
    private static string CellText(Markdig.Extensions.Tables.TableCell cell)
    {
        if (cell.Count == 1 && cell[0] is LeafBlock only)
        {
            var lines = MarkdownInlines.Lines(only.Inline);
            return lines.Count == 1 ? lines[0].Text : string.Join("\n", lines.Select(l => l.Text));
        }
        return string.Join("\n", cell.OfType<LeafBlock>().SelectMany(leaf => MarkdownInlines.Lines(leaf.Inline)).Select(l => l.Text));
    }

    /// <summary>
    /// An HTML block: comments ("&lt;!-- INFO END --&gt;") are dropped; anything else — converters write
    /// tables as HTML — is read by the web-page reader's block builder, spans and all.
    /// </summary>
    private void AddHtml(HtmlBlock html)
    {
        if (html.Type == HtmlBlockType.Comment)
            return;
        var fragment = _source.Substring(html.Span.Start, Math.Min(html.Span.Length, _source.Length - html.Span.Start));
        using var document = new HtmlParser().ParseDocument("<body>" + fragment + "</body>");
        HtmlDepth.Check(document, null, _budget.Options.MaxNestingDepth); // the caller names the file
        foreach (var block in HtmlBlockBuilder.Build(document.Body!, _ => false, _budget))
        {
            switch (block)
            {
                case ParagraphBlock p:
                    AddParagraph(p.Text, html.Line, p.Style);
                    break;
                case PolicyParse.Layout.TableBlock t:
                    AddTable(t.Rows.ToList(), html.Line);
                    break;
            }
        }
    }
}
