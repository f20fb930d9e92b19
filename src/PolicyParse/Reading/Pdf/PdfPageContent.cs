using System.Collections.Generic;

namespace PolicyParse.Reading.Pdf;

/// <summary>What one page contributes once its letters are read: body lines and ruled tables. Letters are not kept.</summary>
internal sealed class PdfPageContent
{
    public PdfPageContent(int number, List<PdfTextLine> lines, List<RuledTable> tables)
    {
        Number = number;
        Lines = lines;
        Tables = tables;
    }

    public int Number { get; }

    /// <summary>Lines outside tables, top to bottom.</summary>
    public List<PdfTextLine> Lines { get; }

    public List<RuledTable> Tables { get; }
}
