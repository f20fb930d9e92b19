using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using PolicyParse.Search.Indexing;
using PolicyParse.Search.Searching;

namespace PolicyParse.Cli;

/// <summary>
/// <c>policyparse search QUERY [--index DIR] [--tasks] [--issuer X] [--unit X] [--from D] [--to D]
/// [--status S [--as-of D]] [--sort relevance|date|cited] [--top N] [--json]</c>: hits with highlighted snippets for a person, or the documented JSON.
/// </summary>
internal static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("query") { Description = "Words, \"phrases\", field:value, AND/OR/NOT." };
        var index = IndexCommand.IndexOption();
        var tasks = new Option<bool>("--tasks") { Description = "Search tasks instead of notices." };
        var issuer = new Option<string?>("--issuer") { Description = "Only notices of this issuer (or part of its name)." };
        var unit = new Option<string?>("--unit") { Description = "Only tasks of this unit (or part of its name)." };
        var from = new Option<string?>("--from") { Description = "Signed on or after yyyy-MM-dd." };
        var to = new Option<string?>("--to") { Description = "Signed on or before yyyy-MM-dd." };
        var status = new Option<string?>("--status") { Description = "Only notices in this state on --as-of (today): inForce, notYetInForce, expired, repealed, unknown." };
        status.AcceptOnlyFromAmong("inForce", "notYetInForce", "expired", "repealed", "unknown");
        var asOf = new Option<string?>("--as-of") { Description = "The day --status is judged on, yyyy-MM-dd." };
        var sort = new Option<string>("--sort") { Description = "relevance (default), date (newest first) or cited (most cited first).", DefaultValueFactory = _ => "relevance" };
        sort.AcceptOnlyFromAmong("relevance", "date", "cited");
        var top = new Option<int>("--top") { Description = "Hits to show.", DefaultValueFactory = _ => 10 };
        var json = new Option<bool>("--json") { Description = "Print JSON." };
        var command = new Command("search", "Search the local index.") { query, index, tasks, issuer, unit, from, to, status, asOf, sort, top, json };
        command.SetAction(r =>
        {
            if (!TryDate(r.GetValue(from), out var fromDate) || !TryDate(r.GetValue(to), out var toDate) || !TryDate(r.GetValue(asOf), out var asOfDate))
            {
                Console.Error.WriteLine("policyparse: dates are yyyy-MM-dd");
                return ExitCodes.Usage;
            }
            using var policyIndex = IndexCommand.OpenForReading(r.GetValue(index)!);
            if (policyIndex is null)
                return ExitCodes.Usage;
            SearchResults results;
            try
            {
                results = policyIndex.CreateSearcher().Search(r.GetValue(query)!, new SearchOptions
                {
                    Kind = r.GetValue(tasks) ? SearchKind.Tasks : SearchKind.Notices,
                    Issuer = r.GetValue(issuer),
                    Unit = r.GetValue(unit),
                    From = fromDate,
                    To = toDate,
                    Status = r.GetValue(status) is { } state ? Enum.Parse<PolicyParse.Model.ValidityStatus>(state, ignoreCase: true) : null,
                    AsOf = asOfDate,
                    SortByDate = r.GetValue(sort) == "date",
                    SortByCitations = r.GetValue(sort) == "cited",
                    Top = r.GetValue(top),
                });
            }
            catch (QuerySyntaxException e)
            {
                Console.Error.WriteLine("policyparse: the query is not understood: " + e.Message);
                return ExitCodes.Usage;
            }
            Console.OutputEncoding = Encoding.UTF8;
            Console.Out.WriteLine(r.GetValue(json) ? SearchJson.Results(results).ToJsonString(CliJson.Options) : Text(results));
            return ExitCodes.Success;
        });
        return command;
    }

    private static bool TryDate(string? text, out DateTime? date)
    {
        date = null;
        if (text is null) return true;
        if (!DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return false;
        date = d;
        return true;
    }

    private static string Text(SearchResults results)
    {
        var sb = new StringBuilder(results.Total switch
        {
            0 => "0 hits. Fewer words, OR between alternatives, or fewer filters may find more.\n",
            var total when total > results.Hits.Count => $"{total} hits, showing {results.Hits.Count} (--top N shows more)\n",
            var total => $"{total} hits\n",
        });
        int n = 0;
        foreach (var hit in results.Hits)
        {
            sb.Append($"\n{++n}. {hit.Title}  {hit.DocNumber}  {string.Join("、", hit.Issuers)}  {hit.SignDate:yyyy-MM-dd}  (score {hit.Score:F2})\n");
            if (hit.TaskJson is not null && JsonNode.Parse(hit.TaskJson) is { } task)
                sb.Append($"   task: {task["content"]}  → {string.Join("、", task["responsibleUnits"]!.AsArray().Select(u => u!.ToString()))}\n");
            foreach (var snippet in hit.Snippets)
                sb.Append("   ").Append(snippet).Append('\n');
            sb.Append("   ").Append(hit.Path);
            if (hit.Files.Count > 1)
                sb.Append("  (").Append(string.Join(" · ", hit.Files.Select(f => f.Format.ToUpperInvariant()))).Append(')');
            sb.Append('\n');
        }
        return sb.ToString();
    }
}
