using System.Collections.Generic;

namespace PolicyParse.Reading.Pdf;

/// <summary>What one page contributes once its letters are read: body lines and ruled tables. Letters are not kept.</summary>
internal sealed class PdfPageContent
{
    public PdfPageContent(int number, double width, List<PdfTextLine> lines, List<RuledTable> tables)
    {
        Number = number;
        Width = width;
        Lines = lines;
        Tables = tables;
    }

    public int Number { get; }

    /// <summary>Page width in points.</summary>
    public double Width { get; }

    /// <summary>Lines outside tables, top to bottom.</summary>
    public List<PdfTextLine> Lines { get; }

    public List<RuledTable> Tables { get; }
}
