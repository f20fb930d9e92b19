using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using PolicyParse.Layout;

namespace PolicyParse.Reading.Pdf;

/// <summary>
/// Turns pages of lines and ruled tables into layout blocks. Lines join into paragraphs: Chinese text
/// wraps at a fixed width, so a line continues the one above unless it is indented (the two-character
/// first-line indent), the line above stopped short, the size changes, or either line is centered. A
/// paragraph or a table broken by a page break continues on the next page.
/// </summary>
internal sealed class PdfLayoutAssembler
{
    private readonly double _bodyLeft;
    private readonly double _bodyRight;
    private readonly List<LayoutBlock> _blocks = new();
    private PdfTextLine? _lastLine; // last line of the paragraph that ended the previous page
    private PdfTableBuilder? _openTable; // a table that ended the previous page

    private PdfLayoutAssembler(double bodyLeft, double bodyRight)
    {
        _bodyLeft = bodyLeft;
        _bodyRight = bodyRight;
    }

    public static List<LayoutBlock> Assemble(List<PdfPageContent> pages)
    {
        var (left, right) = BodyMargins(pages);
        var assembler = new PdfLayoutAssembler(left, right);
        foreach (var page in pages)
            assembler.AddPage(page);
        assembler.CloseTable();
        return assembler._blocks;
    }

    /// <summary>
    /// The body's left and right edges. The left edge is the leftmost common line start among body-size
    /// lines (the most common one, or any other of two lines or more and a quarter as many): not simply
    /// the most common, since a notice of short paragraphs has more indented first lines than lines at
    /// the margin. The right edge is where most full lines end, but never short of the margin that
    /// mirrors the left one (a document of a few short lines would otherwise have every line reach its
    /// "margin").
    /// </summary>
    internal static (double Left, double Right) BodyMargins(List<PdfPageContent> pages)
    {
        var lines = pages.SelectMany(p => p.Lines).ToList();
        if (lines.Count == 0)
            return (0, 0);
        double bodySize = lines.GroupBy(l => Math.Round(l.FontSize)).OrderByDescending(g => g.Count()).First().Key;
        var body = lines.Where(l => Math.Round(l.FontSize) == bodySize).ToList();
        var starts = body.GroupBy(l => Math.Round(l.Left)).Select(g => (Left: g.Key, Count: g.Count())).ToList();
        int mostCommon = starts.Max(s => s.Count);
        double left = starts.Where(s => s.Count == mostCommon || (s.Count >= 2 && s.Count * 4 >= mostCommon)).Min(s => s.Left);
        var rights = body.Select(l => l.Right).OrderBy(r => r).ToList();
        double width = pages.Where(p => p.Lines.Count > 0).GroupBy(p => Math.Round(p.Width)).OrderByDescending(g => g.Count()).First().Key;
        double right = Math.Max(rights[(int)(rights.Count * 0.9)], width - left - 1.5 * bodySize);
        return (left, right);
    }

    private void AddPage(PdfPageContent page)
    {
        // Lines come in reading order (a two-column page has its left column first); each table goes
        // before the first line that stands below its top.
        var tables = new Queue<RuledTable>(page.Tables.OrderByDescending(t => t.Top));
        bool first = true;
        foreach (var line in page.Lines)
        {
            while (tables.Count > 0 && tables.Peek().Top > line.Baseline + line.FontSize)
            {
                AddTable(tables.Dequeue(), page.Number, first);
                first = false;
            }
            CloseTable();
            AddLine(line, page.Number, continuesAcrossPage: first);
            first = false;
        }
        while (tables.Count > 0)
        {
            AddTable(tables.Dequeue(), page.Number, first);
            first = false;
        }
    }

    private void AddTable(RuledTable table, int page, bool firstOnPage)
    {
        if (!(firstOnPage && _openTable is not null && _openTable.TryContinue(table)))
        {
            CloseTable();
            _openTable = new PdfTableBuilder(table, page);
        }
        _lastLine = null;
    }

    private void AddLine(PdfTextLine line, int page, bool continuesAcrossPage)
    {
        if (_lastLine is not null && Continues(_lastLine, line, continuesAcrossPage) && _blocks[_blocks.Count - 1] is ParagraphBlock previous)
            _blocks[_blocks.Count - 1] = previous with { Text = Join(previous.Text, line.Text) };
        else
            _blocks.Add(new ParagraphBlock(line.Text, Hints(line), new BlockProvenance(_blocks.Count, page)));
        _lastLine = line;
    }

    private bool Continues(PdfTextLine above, PdfTextLine line, bool acrossPage)
    {
        if (Math.Abs(above.FontSize - line.FontSize) > 0.5 || Indented(line) || EndedEarly(above, line) || Centered(above) || Centered(line))
            return false;
        return acrossPage || above.Baseline - line.Baseline < 2.2 * line.FontSize;
    }

    private bool Indented(PdfTextLine line) => line.Left > _bodyLeft + 0.8 * line.FontSize;

    /// <summary>
    /// The line above stopped although the next line's first word would have fit: a paragraph end. (A
    /// line also stops early before a word that may not be split, "〔2019〕56号", which is no paragraph end.)
    /// </summary>
    private bool EndedEarly(PdfTextLine above, PdfTextLine line) =>
        above.Right + FirstWordWidth(line) < _bodyRight - 0.5 * above.FontSize;

    /// <summary>Estimated width of what cannot be split from the start of a line: a Han character, or a run of Latin, digits and brackets.</summary>
    private static double FirstWordWidth(PdfTextLine line)
    {
        double width = 0;
        foreach (char c in line.Text)
        {
            bool han = c >= '\u3400' && c <= '\u9FFF';
            if (han)
                return width == 0 ? line.FontSize : width;
            if (c == ' ')
                return width; // a space ends a Latin word
            width += c < 0x2E80 ? 0.55 * line.FontSize : line.FontSize;
        }
        return width;
    }

    /// <summary>Set in from both margins by about the same amount, more than a first-line indent.</summary>
    private bool Centered(PdfTextLine line) =>
        line.Left > _bodyLeft + 2.5 * line.FontSize && Math.Abs((line.Left - _bodyLeft) - (_bodyRight - line.Right)) < 1.5 * line.FontSize;

    private StyleHints Hints(PdfTextLine line)
    {
        var alignment = Centered(line) ? TextAlignment.Center
            : line.Left > (_bodyLeft + _bodyRight) / 2 - line.FontSize && Math.Abs(line.Right - _bodyRight) < 3 * line.FontSize ? TextAlignment.Right
            : TextAlignment.Left;
        return new StyleHints(alignment, line.Bold, Math.Round(line.FontSize, 1), Red: line.Red);
    }

    /// <summary>Wrapped lines join without a space, except between two Latin letters.</summary>
    internal static string Join(string left, string right)
    {
        if (left.Length == 0 || right.Length == 0)
            return left + right;
        bool latin = IsLatin(left[left.Length - 1]) && IsLatin(right[0]);
        return latin ? left + " " + right : left + right;
    }

    private static bool IsLatin(char c) => c < 0x80 && char.IsLetter(c);

    private void CloseTable()
    {
        if (_openTable is null) return;
        _blocks.Add(_openTable.Build(_blocks.Count));
        _openTable = null;
    }
}
