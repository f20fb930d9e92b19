using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Security;
using System.Text;
using PolicyParse.Layout;

namespace PolicyParse.TestSupport;

/// <summary>
/// Writes a layout as an OFD package the way a typesetter lays out a 公文 (GB/T 9704 page: 156 mm text
/// width, 28 characters a line, 22 lines a page, first lines indented two characters, a page number
/// under each page): paragraphs as TextObjects with DeltaX runs ("g" repeats included), a line break in a
/// paragraph starting a new indented line, tables as ruled grids of PathObjects with their cells' text in
/// a smaller size, rows never split across pages. Only for tests and benchmarks.
/// </summary>
internal static class OfdTestWriter
{
    private const double PageWidth = 210, PageHeight = 297, Left = 28, TextWidth = 156, Top = 37, Bottom = 262;
    private const double Size = 5.6, LinePitch = 10.2, CellSize = 3.7, CellPitch = 5.6, CellPadding = 1.5;

    public static byte[] Write(DocumentLayout layout)
    {
        var pages = new List<StringBuilder> { new() };
        double y = Top;
        int id = 100;
        void NewPage()
        {
            pages.Add(new StringBuilder());
            y = Top;
        }
        foreach (var block in layout.Blocks)
        {
            switch (block)
            {
                case ParagraphBlock paragraph:
                    foreach (var part in paragraph.Text.Split('\n'))
                        foreach (var (line, indent) in Wrap(part.Trim(), TextWidth, 2 * Size, Size))
                        {
                            if (y + LinePitch > Bottom) NewPage();
                            pages[^1].Append(Text(++id, Left + indent, y, line, Size, LinePitch));
                            y += LinePitch;
                        }
                    break;
                case TableBlock table:
                    int columns = table.Rows.Max(r => r.Cells.Count);
                    double columnWidth = TextWidth / columns;
                    foreach (var row in table.Rows)
                    {
                        var cells = row.Cells.Select(c => Wrap(c.Text.Trim(), columnWidth - 2 * CellPadding, 0, CellSize).ToList()).ToList();
                        double height = Math.Max(1, cells.Max(c => c.Count)) * CellPitch;
                        if (y + height > Bottom) NewPage();
                        var page = pages[^1];
                        page.Append(Rule(++id, Left, y, Left + TextWidth, y)).Append(Rule(++id, Left, y + height, Left + TextWidth, y + height));
                        for (int c = 0; c <= columns; c++)
                            page.Append(Rule(++id, Left + c * columnWidth, y, Left + c * columnWidth, y + height));
                        for (int c = 0; c < cells.Count; c++)
                            for (int l = 0; l < cells[c].Count; l++)
                                page.Append(Text(++id, Left + c * columnWidth + CellPadding, y + l * CellPitch, cells[c][l].Line, CellSize, CellPitch));
                        y += height;
                    }
                    break;
            }
        }
        for (int p = 0; p < pages.Count; p++)
        {
            var number = $"— {p + 1} —";
            pages[p].Append(Text(++id, (PageWidth - Measure(number, Size)) / 2, Bottom + 12, number, Size, LinePitch));
        }
        return Package(pages);
    }

    /// <summary>Lines of at most <paramref name="width"/> mm, the first indented; each with its indent.</summary>
    private static IEnumerable<(string Line, double Indent)> Wrap(string text, double width, double firstIndent, double size)
    {
        var line = new StringBuilder();
        double used = firstIndent, indent = firstIndent;
        foreach (char c in text)
        {
            double advance = Advance(c, size);
            if (used + advance > width + 0.01 && line.Length > 0)
            {
                yield return (line.ToString(), indent);
                line.Clear();
                used = indent = 0;
            }
            line.Append(c);
            used += advance;
        }
        if (line.Length > 0)
            yield return (line.ToString(), indent);
    }

    /// <summary>A character's width at <paramref name="size"/>: full for Chinese, half for Latin letters and digits.</summary>
    private static double Advance(char c, double size) => c < 0x2E80 ? size / 2 : size;

    private static double Measure(string text, double size) => text.Sum(c => Advance(c, size));

    /// <summary>A TextObject whose line box starts at (x, top); advances written as "g" runs where they repeat.</summary>
    private static string Text(int id, double x, double top, string text, double size, double pitch)
    {
        var deltas = new StringBuilder();
        var advances = text.Select(c => Advance(c, size)).Take(Math.Max(0, text.Length - 1)).ToList();
        for (int i = 0; i < advances.Count;)
        {
            int run = 1;
            while (i + run < advances.Count && advances[i + run] == advances[i]) run++;
            deltas.Append(run > 2 ? $"g {run} {N(advances[i])} " : string.Concat(Enumerable.Repeat(N(advances[i]) + " ", run)));
            i += run;
        }
        return $"<ofd:TextObject ID=\"{id}\" Font=\"2\" Size=\"{N(size)}\" Boundary=\"{N(x)} {N(top)} {N(Measure(text, size) + 1)} {N(pitch)}\">"
               + $"<ofd:FillColor Value=\"0 0 0\"/><ofd:TextCode X=\"0\" Y=\"{N(size)}\" DeltaX=\"{deltas.ToString().Trim()}\">{SecurityElement.Escape(text)}</ofd:TextCode></ofd:TextObject>\n";
    }

    private static string Rule(int id, double x1, double y1, double x2, double y2) =>
        $"<ofd:PathObject ID=\"{id}\" Stroke=\"true\" Boundary=\"0 0 {N(PageWidth)} {N(PageHeight)}\" LineWidth=\"0.25\"><ofd:AbbreviatedData>M {N(x1)} {N(y1)} L {N(x2)} {N(y2)}</ofd:AbbreviatedData></ofd:PathObject>\n";

    private static string N(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static byte[] Package(List<StringBuilder> pages)
    {
        const string Ns = "xmlns:ofd=\"http://www.ofdspec.org/2016\"";
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Add(string name, string xml)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + xml);
            }
            Add("OFD.xml", $"<ofd:OFD {Ns} Version=\"1.0\" DocType=\"OFD\"><ofd:DocBody><ofd:DocInfo><ofd:DocID>test</ofd:DocID></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>");
            Add("Doc_0/Document.xml", $"<ofd:Document {Ns}><ofd:CommonData><ofd:MaxUnitID>9999</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 {N(PageWidth)} {N(PageHeight)}</ofd:PhysicalBox></ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData><ofd:Pages>"
                                      + string.Concat(pages.Select((_, i) => $"<ofd:Page ID=\"{i + 10}\" BaseLoc=\"Pages/Page_{i}/Content.xml\"/>")) + "</ofd:Pages></ofd:Document>");
            Add("Doc_0/PublicRes.xml", $"<ofd:Res {Ns} BaseLoc=\"Res\"><ofd:Fonts><ofd:Font ID=\"2\" FontName=\"仿宋\" FamilyName=\"仿宋\"/></ofd:Fonts></ofd:Res>");
            for (int i = 0; i < pages.Count; i++)
                Add($"Doc_0/Pages/Page_{i}/Content.xml", $"<ofd:Page {Ns}><ofd:Content><ofd:Layer ID=\"{i + 50}\">\n{pages[i]}</ofd:Layer></ofd:Content></ofd:Page>");
        }
        return stream.ToArray();
    }
}
