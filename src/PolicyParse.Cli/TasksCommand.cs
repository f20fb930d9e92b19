using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using PolicyParse.Search.Export;
using PolicyParse.Search.Searching;

namespace PolicyParse.Cli;

/// <summary>
/// <c>policyparse tasks PATH... | --index DIR [--unit U] [--due-before D] [--ongoing] --out FILE.xlsx|.csv|.ics</c>:
/// the tasks of parsed files, or of an index, as a ledger (任务台账): an Excel workbook, a CSV file, or a
/// calendar of the dated deadlines.
/// </summary>
internal static class TasksCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Notice files or folders (or --index).", Arity = ArgumentArity.ZeroOrMore };
        var index = new Option<string?>("--index") { Description = "Take the tasks from this index instead of parsing files." };
        var unit = new Option<string?>("--unit") { Description = "Only tasks of this unit (or part of its name), lead or responsible." };
        var dueBefore = new Option<string?>("--due-before") { Description = "Only tasks due on or before yyyy-MM-dd." };
        var ongoing = new Option<bool>("--ongoing") { Description = "Only ongoing tasks (实时公开, 长期坚持 …)." };
        var output = new Option<string>("--out") { Description = "The ledger: FILE.xlsx, FILE.csv (UTF-8 with BOM) or FILE.ics (dated deadlines).", Required = true };
        var command = new Command("tasks", "Write the tasks of notices as a ledger (Excel, CSV or calendar).") { paths, index, unit, dueBefore, ongoing, output };
        var parsing = CliParser.AddTo(command);
        command.SetAction(r =>
        {
            var outPath = r.GetValue(output)!;
            var format = Path.GetExtension(outPath).ToLowerInvariant();
            if (format is not (".xlsx" or ".csv" or ".ics"))
            {
                Console.Error.WriteLine("policyparse: --out names a .xlsx, .csv or .ics file");
                return ExitCodes.Usage;
            }
            DateTime? due = null;
            if (r.GetValue(dueBefore) is { } text)
            {
                if (!DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    Console.Error.WriteLine("policyparse: --due-before is yyyy-MM-dd");
                    return ExitCodes.Usage;
                }
                due = date;
            }
            var files = r.GetValue(paths) ?? Array.Empty<string>();
            var folder = r.GetValue(index);
            if ((folder is null) == (files.Length == 0))
            {
                Console.Error.WriteLine("policyparse: tasks takes files and folders, or --index DIR");
                return ExitCodes.Usage;
            }
            var filter = new TaskFilter(r.GetValue(unit), due, r.GetValue(ongoing) ? true : null);
            int exit = ExitCodes.Success;
            List<LedgerRow> rows;
            if (folder is not null)
            {
                using var policyIndex = IndexCommand.OpenForReading(folder);
                if (policyIndex is null)
                    return ExitCodes.Usage;
                rows = policyIndex.CreateSearcher().Rows("", new SearchOptions { Unit = filter.Unit, DeadlineBefore = filter.DueBefore, Ongoing = filter.Ongoing }).ToList();
            }
            else
            {
                rows = new List<LedgerRow>();
                var parser = parsing.Create(r);
                foreach (var file in ParseCommand.Expand(files))
                {
                    try
                    {
                        rows.AddRange(LedgerRow.Of(parser.ParseFile(file)).Where(filter.Keeps));
                    }
                    catch (PolicyParseException e)
                    {
                        Console.Error.WriteLine($"policyparse: {file}: {e.Reason}");
                        exit = ExitCodes.FileFailed;
                    }
                }
            }
            Write(rows, outPath, format);
            Console.Out.WriteLine($"{rows.Count} tasks written to {outPath}"
                + (format == ".ics" ? $" ({rows.Count(row => row.Task.Deadline?.Date is not null)} with a date)" : ""));
            return exit;
        });
        return command;
    }

    private static void Write(List<LedgerRow> rows, string path, string format)
    {
        using var stream = File.Create(path);
        switch (format)
        {
            case ".xlsx":
                XlsxLedger.Write(rows, stream);
                break;
            case ".csv":
                CsvLedger.Write(rows, stream);
                break;
            default:
                using (var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false)))
                    IcsLedger.Write(rows, writer, DateTime.UtcNow);
                break;
        }
    }

    /// <summary>The filters as they apply to parsed files (an index applies them in its search).</summary>
    private sealed record TaskFilter(string? Unit, DateTime? DueBefore, bool? Ongoing)
    {
        public bool Keeps(LedgerRow row)
        {
            var task = row.Task;
            if (Unit is not null && !task.LeadUnits.Concat(task.ResponsibleUnits).Any(u => u.Contains(Unit)))
                return false;
            if (DueBefore is { } due && !(task.Deadline?.Date is { } date && date <= due))
                return false;
            return Ongoing is not true || task.Deadline?.Ongoing == true;
        }
    }
}
