using System.IO;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PolicyParse.Cli.Tests;

/// <summary><c>policyparse tasks</c>: ledgers of parsed files and of an index, filtered as asked.</summary>
public class TasksCommandTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args) => PolicyParse.TestSupport.CliProcess.Run(args);

    private static readonly string Plan = Path.Combine(TestCorpus.Directory, "003-taierzhuang-2022-shishi-fangan.txt");

    [Fact]
    public void A_units_tasks_from_files_and_from_an_index_make_the_same_ledger()
    {
        using var folder = new TempFolder();
        var (exit, stdout, stderr) = Run("tasks", Plan, "--unit", "区财政局", "--out", folder.File("files.csv"));
        Assert.True(exit == 0, stderr);
        var fromFiles = File.ReadAllLines(folder.File("files.csv"), Encoding.UTF8).Skip(1).ToList();
        Assert.NotEmpty(fromFiles);
        Assert.All(fromFiles, line => Assert.Contains("区财政局", line));
        Assert.Contains($"{fromFiles.Count} tasks written", stdout);

        Assert.Equal(0, Run("index", Plan, "--index", folder.File("index")).Exit);
        (exit, _, stderr) = Run("tasks", "--index", folder.File("index"), "--unit", "区财政局", "--out", folder.File("index.xlsx"));
        Assert.True(exit == 0, stderr);
        using var workbook = SpreadsheetDocument.Open(folder.File("index.xlsx"), false);
        var rows = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().Skip(1).ToList();
        Assert.Equal(fromFiles.Count, rows.Count);
    }

    [Fact]
    public void A_calendar_holds_the_dated_deadlines_before_a_day()
    {
        using var folder = new TempFolder();
        var web = Path.Combine(TestCorpus.Directory, "001-shinan-2021-zhengwu-gongkai-web.txt");
        var (exit, stdout, stderr) = Run("tasks", web, "--due-before", "2021-11-30", "--out", folder.File("due.ics"));
        Assert.True(exit == 0, stderr);
        var events = File.ReadAllText(folder.File("due.ics")).Replace("\r\n ", "").Split("\r\n").Where(l => l.StartsWith("DTSTART;VALUE=DATE:")).ToList();
        Assert.Equal(3, events.Count); // 07-31, 08-31 and 11-30 of the nine dated tasks
        Assert.All(events, e => Assert.True(string.CompareOrdinal(e.Substring(19), "20211130") <= 0, e));
        Assert.Contains($"({events.Count} with a date)", stdout);
    }

    [Theory]
    [InlineData("--out", "ledger.pdf")]
    [InlineData("--due-before", "soon", "--out", "ledger.csv")]
    public void Bad_requests_are_usage_errors(params string[] args)
    {
        var (exit, _, stderr) = Run(new[] { "tasks", Plan }.Concat(args).ToArray());
        Assert.Equal(2, exit);
        Assert.StartsWith("policyparse:", stderr);
    }
}
