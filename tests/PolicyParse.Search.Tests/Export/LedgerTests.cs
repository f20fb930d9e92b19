using System.IO;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using PolicyParse.Model;
using PolicyParse.Search.Export;

namespace PolicyParse.Search.Tests;

/// <summary>Task ledgers (任务台账) of a real work plan: Excel read back with the SDK, CSV as Excel reads it, a calendar as RFC 5545 has it.</summary>
public class LedgerTests
{
    // Seed 001: 32 tasks in its attached table, 9 of them with a dated deadline.
    private static readonly PolicyDocument Plan = new PolicyParser().ParseFile(Path.Combine(TestCorpus.Directory, "001-shinan-2021-zhengwu-gongkai-web.txt"));

    private static List<LedgerRow> Rows() => LedgerRow.Of(Plan).ToList();

    [Fact]
    public void The_workbook_has_a_frozen_filtered_header_and_dates_as_dates()
    {
        var rows = Rows();
        using var stream = new MemoryStream();
        XlsxLedger.Write(rows, stream);
        stream.Position = 0;
        using var workbook = SpreadsheetDocument.Open(stream, false);
        var part = workbook.WorkbookPart!;
        Assert.Equal("任务台账", part.Workbook.Sheets!.Elements<Sheet>().Single().Name!.Value);
        var sheet = part.WorksheetParts.Single().Worksheet;
        var lines = sheet.GetFirstChild<SheetData>()!.Elements<Row>().ToList();
        Assert.Equal(rows.Count + 1, lines.Count);
        string Text(Cell c) => c.InlineString?.Text?.Text ?? c.CellValue?.Text ?? "";
        Assert.Equal(CsvHeader(), lines[0].Elements<Cell>().Select(Text));
        var pane = sheet.Descendants<Pane>().Single();
        Assert.Equal((1.0, "A2", PaneStateValues.Frozen), (pane.VerticalSplit!.Value, pane.TopLeftCell!.Value, pane.State!.Value));
        Assert.Equal($"A1:L{rows.Count + 1}", sheet.GetFirstChild<AutoFilter>()!.Reference!.Value);
        Assert.Equal(12, sheet.GetFirstChild<Columns>()!.Elements<Column>().Count());

        // A dated deadline is a number formatted yyyy-mm-dd, not text.
        var dated = rows.FindIndex(r => r.Task.Deadline?.Date is not null);
        var cell = lines[dated + 1].Elements<Cell>().ElementAt(10);
        Assert.Equal(rows[dated].Task.Deadline!.Date!.Value, DateTime.FromOADate(double.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)));
        var format = part.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)cell.StyleIndex!.Value);
        Assert.Equal("yyyy-mm-dd", part.WorkbookStylesPart.Stylesheet.NumberingFormats!.Elements<NumberingFormat>()
            .Single(f => f.NumberFormatId!.Value == format.NumberFormatId!.Value).FormatCode!.Value);
        Assert.Equal(rows[3].Task.Content, Text(lines[4].Elements<Cell>().ElementAt(6)));
    }

    private static IEnumerable<string> CsvHeader() =>
        new[] { "序号", "公文", "文号", "发文机关", "成文日期", "类别", "任务", "牵头单位", "责任单位", "完成时限", "时限日期", "长期" };

    [Fact]
    public void The_csv_opens_in_excel_as_utf8_with_every_field_whole()
    {
        using var stream = new MemoryStream();
        CsvLedger.Write(Rows(), stream);
        var bytes = stream.ToArray();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes.Take(3));
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(",", CsvHeader()), lines[0]);
        Assert.Equal(Rows().Count + 1, lines.Length); // no field breaks a line
        Assert.Equal("\"a,b\"", CsvLedger.Field("a,b"));
        Assert.Equal("\"他说\"\"好\"\"\"", CsvLedger.Field("他说\"好\""));
        Assert.Equal("\"一\n二\"", CsvLedger.Field("一\n二"));
        Assert.Equal("'=SUM(A1)", CsvLedger.Field("=SUM(A1)")); // not run as a formula
    }

    [Fact]
    public void The_calendar_has_one_all_day_event_per_dated_task_with_a_uid_that_stays()
    {
        var rows = Rows();
        string Calendar()
        {
            var writer = new StringWriter();
            IcsLedger.Write(rows, writer, new DateTime(2026, 12, 6, 8, 0, 0, DateTimeKind.Utc));
            return writer.ToString();
        }
        var ics = Calendar();
        Assert.Equal(ics, Calendar()); // the same ledger, the same file: calendars update, not double
        Assert.All(ics.Split("\r\n"), l => Assert.True(Encoding.UTF8.GetByteCount(l) <= 75, l)); // long lines folded
        var lines = ics.Replace("\r\n ", "").Split("\r\n");
        Assert.Equal("BEGIN:VCALENDAR", lines[0]);
        int dated = rows.Count(r => r.Task.Deadline?.Date is not null);
        Assert.Equal(9, dated);
        Assert.Equal(dated, lines.Count(l => l == "BEGIN:VEVENT"));
        var uids = lines.Where(l => l.StartsWith("UID:")).ToList();
        Assert.Equal(dated, uids.Distinct().Count());
        Assert.All(uids, u => Assert.Matches("^UID:[0-9a-f]{64}-[0-9]+@policyparse$", u));
        var first = rows.First(r => r.Task.Deadline?.Date is not null).Task.Deadline!.Date!.Value;
        Assert.Contains("DTSTART;VALUE=DATE:" + first.ToString("yyyyMMdd"), lines);
        Assert.Contains("DTEND;VALUE=DATE:" + first.AddDays(1).ToString("yyyyMMdd"), lines);
        Assert.Equal(dated, lines.Count(l => l.StartsWith("SUMMARY:")));
        Assert.Equal("a\\,b\\;c\\\\d\\ne", IcsLedger.Text("a,b;c\\d\ne"));
    }
}
