using System;
using System.CommandLine;
using System.IO;
using System.Text;
using System.Text.Json;
using PolicyParse.Search.Indexing;
using Spectre.Console;

namespace PolicyParse.Cli;

/// <summary>
/// <c>policyparse index PATH... [--index DIR] [--threads N] [--sync] [--commit-seconds S] [--analyzer jieba|smartcn|cjk]</c>: indexes files and folders,
/// shows progress on stderr (a progress bar on a terminal, else a line about once a second, with files/s
/// and the remaining time) and prints a summary; failed files are
/// listed on stderr and in DIR/last-run.json. Exit code 0 when every file was indexed or skipped, 1
/// when any failed (the others are indexed), 2 on usage errors.
/// </summary>
internal static class IndexCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files and folders to index.", Arity = ArgumentArity.OneOrMore };
        var index = IndexOption();
        var threads = new Option<int>("--threads") { Description = "Files parsed at once.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var sync = new Option<bool>("--sync") { Description = "Remove notices whose files under the given folders are gone." };
        var commit = new Option<double>("--commit-seconds") { Description = "Commit at least this often; a killed run resumes from the last commit.", DefaultValueFactory = _ => 10 };
        var analyzer = CliAnalyses.Option();
        var command = new Command("index", "Index notices into a local Lucene index.") { paths, index, threads, sync, commit, analyzer };
        var parser = CliParser.AddTo(command);
        command.SetAction(r => Run(r.GetValue(paths)!, r.GetValue(index)!, r.GetValue(threads), r.GetValue(sync), TimeSpan.FromSeconds(r.GetValue(commit)),
            parser.Create(r), r.GetValue(analyzer)));
        return command;
    }

    /// <summary>
    /// Opens an existing index for reading only (no writer lock, so an indexing run may go on beside),
    /// or says on stderr that there is none and returns null.
    /// </summary>
    internal static PolicyIndex? OpenForReading(string folder)
    {
        try
        {
            return PolicyIndex.OpenReadOnly(folder, CliAnalyses.Options());
        }
        catch (Exception e) when (e is DirectoryNotFoundException or AnalysisMismatchException)
        {
            Console.Error.WriteLine("policyparse: " + e.Message);
            return null;
        }
    }

    internal static Option<string> IndexOption() => new("--index") { Description = "Index folder.", DefaultValueFactory = _ => "policy-index" };

    private static int Run(string[] paths, string folder, int threads, bool sync, TimeSpan commitEvery, PolicyParser parser, string? analyzer)
    {
        Console.OutputEncoding = Encoding.UTF8;
        foreach (var path in paths)
        {
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                Console.Error.WriteLine($"policyparse: {path}: no such file or folder");
                return ExitCodes.Usage;
            }
        }
        PolicyIndex index;
        try
        {
            index = PolicyIndex.Open(folder, CliAnalyses.Options(analyzer));
        }
        catch (AnalysisMismatchException e)
        {
            Console.Error.WriteLine("policyparse: " + e.Message);
            return ExitCodes.Usage;
        }
        using var _ = index;
        var indexer = new BulkIndexer(index, threads, commitEvery, parser);
        var report = Console.IsErrorRedirected
            ? indexer.Run(paths, sync, new Progress(PlainLine()))
            : WithProgressBar(bar => indexer.Run(paths, sync, new Progress(bar)));
        foreach (var failure in report.Failed)
            Console.Error.WriteLine($"policyparse: {failure.Path}: {failure.Reason}");
        foreach (var duplicate in report.Duplicates)
            Console.Error.WriteLine($"policyparse: {duplicate.Path}: same content as {duplicate.Reason}; not indexed again");
        File.WriteAllText(Path.Combine(folder, "last-run.json"), JsonSerializer.Serialize(report, CliJson.Options));
        Console.Out.WriteLine($"{report.Files} files in {report.Seconds:F1} s: {report.Added} added, {report.Updated} updated, {report.Unchanged} unchanged, "
            + $"{report.Deleted} deleted, {report.Duplicates.Count} duplicates, {report.Failed.Count} failed. Index: {index.Location}");
        return report.Failed.Count > 0 ? ExitCodes.FileFailed : ExitCodes.Success;
    }

    /// <summary>Where stderr is not a terminal: a line about once a second.</summary>
    private static Action<BulkProgress> PlainLine()
    {
        var lastPrint = DateTime.MinValue;
        return p =>
        {
            if ((DateTime.UtcNow - lastPrint).TotalSeconds < 1 && p.Done < p.Total) return;
            lastPrint = DateTime.UtcNow;
            double rate = p.Done / Math.Max(p.Seconds, 1e-6);
            Console.Error.WriteLine($"indexing {p.Done}/{p.Total} files, {rate:F1} files/s, ETA {(p.Total - p.Done) / Math.Max(rate, 1e-6):F0} s");
        };
    }

    /// <summary>On a terminal: a Spectre.Console progress bar on stderr with files/s and the remaining time.</summary>
    private static BulkIndexReport WithProgressBar(Func<Action<BulkProgress>, BulkIndexReport> run)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        BulkIndexReport? report = null;
        console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("indexing");
                report = run(p =>
                {
                    task.MaxValue = Math.Max(1, p.Total);
                    task.Value = p.Done;
                    task.Description = $"indexing {p.Done}/{p.Total} files, {p.Done / Math.Max(p.Seconds, 1e-6):F1} files/s";
                });
            });
        return report!;
    }

    /// <summary>Reports on the thread that reports: the bulk indexer calls from its workers.</summary>
    private sealed class Progress : IProgress<BulkProgress>
    {
        private readonly Action<BulkProgress> _report;
        private readonly object _lock = new();
        public Progress(Action<BulkProgress> report) => _report = report;
        public void Report(BulkProgress value) { lock (_lock) _report(value); }
    }
}
