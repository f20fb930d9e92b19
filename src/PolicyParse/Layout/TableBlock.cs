using System.Collections.Generic;

namespace PolicyParse.Layout;

/// <summary>
/// A table. Rows list the cells that start in them, as HTML does: a cell with <see cref="TableCell.RowSpan"/> 2
/// is absent from the next row. Readers of flattened tables (plain text) leave merged cells as empty cells instead.
/// </summary>
public sealed record TableBlock(IReadOnlyList<TableRow> Rows, BlockProvenance Provenance) : LayoutBlock(Provenance);

/// <summary>A table row.</summary>
/// <param name="Cells">The cells that start in this row, left to right.</param>
/// <param name="IsHeader">True for a header row the source marked as such (thead, repeated header).</param>
public sealed record TableRow(IReadOnlyList<TableCell> Cells, bool IsHeader = false);

/// <summary>A table cell.</summary>
/// <param name="Text">The cell's text; paragraphs inside a cell are separated by line feeds.</param>
/// <param name="RowSpan">Rows the cell covers (1 when not merged).</param>
/// <param name="ColSpan">Columns the cell covers (1 when not merged).</param>
public sealed record TableCell(string Text, int RowSpan = 1, int ColSpan = 1);
