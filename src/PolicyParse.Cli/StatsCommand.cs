using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using PolicyParse.Search.Indexing;
using PolicyParse.Search.Searching;

namespace PolicyParse.Cli;

/// <summary><c>policyparse stats [--index DIR] [--json]</c>: what the index holds.</summary>
internal static class StatsCommand
{
    public static Command Create()
    {
        var index = IndexCommand.IndexOption();
        var json = new Option<bool>("--json") { Description = "Print JSON." };
        var command = new Command("stats", "Show what the local index holds.") { index, json };
        const int TopIssuers = 20;
        command.SetAction(r =>
        {
            using var policyIndex = IndexCommand.OpenForReading(r.GetValue(index)!);
            if (policyIndex is null)
                return ExitCodes.Usage;
            var stats = policyIndex.Statistics();
            Console.OutputEncoding = Encoding.UTF8;
            if (r.GetValue(json))
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(stats, CliJson.Options));
                return ExitCodes.Success;
            }
            Console.Out.WriteLine($"notices: {stats.Notices} (in {stats.Files} files)  tasks: {stats.Tasks}");
            Console.Out.WriteLine("files by format: " + string.Join(", ", stats.NoticesByFormat.Select(p => $"{p.Key} {p.Value}")));
            Console.Out.WriteLine("by year: " + string.Join(", ", stats.NoticesByYear.OrderBy(p => p.Key).Select(p => $"{p.Key} {p.Value}")));
            // The twenty largest issuers: an archive of a province has thousands (all of them in --json).
            var issuers = stats.NoticesByIssuer.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).ToList();
            Console.Out.WriteLine("by issuer: " + string.Join(", ", issuers.Take(TopIssuers).Select(p => $"{p.Key} {p.Value}"))
                + (issuers.Count > TopIssuers ? $" … and {issuers.Count - TopIssuers} more" : ""));
            Console.Out.WriteLine($"analyzer: {policyIndex.Analysis.Name}");
            Console.Out.WriteLine($"size on disk: {stats.BytesOnDisk / 1024.0:F0} KB  last commit: {stats.LastCommitUtc:yyyy-MM-dd HH:mm:ss} UTC");
            return ExitCodes.Success;
        });
        return command;
    }
}
