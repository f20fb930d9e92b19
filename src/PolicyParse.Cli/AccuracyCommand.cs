using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using PolicyParse.Evaluation;

namespace PolicyParse.Cli;

/// <summary>
/// <c>policyparse accuracy DIR --labels FILE [--floors FILE] [--json]</c>: parses every labeled file of
/// DIR and prints how many labeled values of each field the parser got right, per format, then every miss.
/// With --floors, exits 1 when a field is below its floor.
/// </summary>
internal static class AccuracyCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("dir") { Description = "Folder of documents; a file's labels are found by its name without extension." };
        var labels = new Option<string>("--labels") { Description = "labels.json: {id: {doc_number, issuer, title, date, level1_headings, chapters, article_count, tasks_count, attachments}}.", Required = true };
        var floors = new Option<string?>("--floors") { Description = "Floors file ({field: {format: percent}}); exit 1 when a field is below its floor." };
        var json = new Option<bool>("--json") { Description = "Print the report as JSON." };
        var command = new Command("accuracy", "Score the parser against labeled documents.") { folder, labels, floors, json };
        command.SetAction(r => Run(r.GetValue(folder)!, r.GetValue(labels)!, r.GetValue(floors), r.GetValue(json)));
        return command;
    }

    private static int Run(string folder, string labelsPath, string? floorsPath, bool json)
    {
        Console.OutputEncoding = Encoding.UTF8;
        AccuracyReport report;
        AccuracyFloors? floors;
        try
        {
            floors = floorsPath is null ? null : AccuracyFloors.Load(floorsPath);
            report = new AccuracyEvaluator(CliParser.Create()).Run(folder, DocumentLabels.Load(labelsPath));
        }
        catch (PolicyParseException e)
        {
            Console.Error.WriteLine("policyparse: " + e.Message);
            return ExitCodes.Usage;
        }

        if (json)
            Console.Out.WriteLine(JsonSerializer.Serialize(new
            {
                report.Files,
                report.Failed,
                report.Unlabeled,
                Scores = report.Scores.Select(s => new { s.Field, s.Format, s.Correct, s.Labeled, Percent = Math.Round(s.Percent, 1) }),
                report.Misses,
            }, CliJson.Options));
        else
            Console.Out.Write(report.ToText());

        var violations = floors?.Violations(report) ?? Array.Empty<string>();
        foreach (var violation in violations)
            Console.Error.WriteLine("policyparse: below floor: " + violation);
        return violations.Count > 0 ? ExitCodes.FileFailed : ExitCodes.Success;
    }
}
