using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PolicyParse.Search.Export;

/// <summary>
/// A task ledger as an Excel workbook: one sheet "任务台账", the columns of <see cref="CsvLedger"/>, a frozen
/// header row with filters, column widths that fit the content, the task text wrapped, and dates as
/// dates (yyyy-mm-dd), so that the ledger sorts and filters by deadline as it is.
/// </summary>
public static class XlsxLedger
{
    private const string SheetName = "任务台账";

    private static readonly double[] Widths = { 6, 30, 20, 18, 11, 24, 60, 20, 28, 14, 11, 6 };

    // Cell formats of the stylesheet below, by index.
    private const uint Plain = 0, Heading = 1, Date = 2, Wrapped = 3;

    /// <summary>Writes the workbook to <paramref name="stream"/>.</summary>
    public static void Write(IEnumerable<LedgerRow> rows, Stream stream)
    {
        using var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
        var sheetPart = workbookPart.AddNewPart<WorksheetPart>();

        var data = new SheetData();
        var header = new Row { RowIndex = 1 };
        for (int c = 0; c < CsvLedger.Header.Length; c++)
            header.Append(Text(c, 1, CsvLedger.Header[c], Heading));
        data.Append(header);
        uint r = 1;
        foreach (var row in rows)
        {
            r++;
            var task = row.Task;
            var line = new Row { RowIndex = r };
            line.Append(
                Number(0, r, r - 1), Text(1, r, row.Notice), Text(2, r, row.DocNumber), Text(3, r, row.Issuer), DateCell(4, r, row.SignDate),
                Text(5, r, task.Category), Text(6, r, task.Content, Wrapped), Text(7, r, string.Join("、", task.LeadUnits)),
                Text(8, r, string.Join("、", task.ResponsibleUnits)), Text(9, r, task.Deadline?.Text), DateCell(10, r, task.Deadline?.Date),
                Text(11, r, task.Deadline?.Ongoing == true ? "是" : null));
            data.Append(line);
        }

        var columns = new Columns();
        for (int c = 0; c < Widths.Length; c++)
            columns.Append(new Column { Min = (uint)c + 1, Max = (uint)c + 1, Width = Widths[c], CustomWidth = true });
        string last = ColumnName(CsvLedger.Header.Length - 1);
        string range = $"A1:{last}{r}";
        sheetPart.Worksheet = new Worksheet(
            new SheetViews(new SheetView(
                new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
            { WorkbookViewId = 0 }),
            columns,
            data,
            new AutoFilter { Reference = range });

        workbookPart.Workbook = new Workbook(
            new Sheets(new Sheet { Name = SheetName, SheetId = 1, Id = workbookPart.GetIdOfPart(sheetPart) }),
            new DefinedNames(new DefinedName($"'{SheetName}'!$A$1:${last}${r}") { Name = "_xlnm._FilterDatabase", LocalSheetId = 0, Hidden = true }));
    }

    private static Cell Text(int column, uint row, string? value, uint style = Plain) => new()
    {
        CellReference = ColumnName(column) + row.ToString(CultureInfo.InvariantCulture),
        DataType = CellValues.InlineString,
        InlineString = new InlineString(new Text(value ?? "") { Space = SpaceProcessingModeValues.Preserve }),
        StyleIndex = style,
    };

    private static Cell Number(int column, uint row, uint value) => new()
    {
        CellReference = ColumnName(column) + row.ToString(CultureInfo.InvariantCulture),
        CellValue = new CellValue(value.ToString(CultureInfo.InvariantCulture)),
        DataType = CellValues.Number,
    };

    private static Cell DateCell(int column, uint row, DateTime? value) => value is { } date
        ? new Cell
        {
            CellReference = ColumnName(column) + row.ToString(CultureInfo.InvariantCulture),
            CellValue = new CellValue(date.ToOADate().ToString(CultureInfo.InvariantCulture)),
            StyleIndex = Date,
        }
        : Text(column, row, null);

    internal static string ColumnName(int column) => ((char)('A' + column)).ToString();

    /// <summary>Default, bold (the header), yyyy-mm-dd, and wrapped text.</summary>
    private static Stylesheet Styles() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "yyyy-mm-dd" }) { Count = 1 },
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { FontId = 1, ApplyFont = true },
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { ApplyAlignment = true })
        { Count = 4 });
}
