using System;
using System.CommandLine;

namespace PolicyParse.Cli.Serve;

/// <summary><c>policyparse serve [--index DIR] [--urls URLS]</c>: the search service and its page, read-only.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var index = IndexCommand.IndexOption();
        var urls = new Option<string>("--urls")
        {
            Description = "Where to listen; loopback only unless told otherwise.",
            DefaultValueFactory = _ => SearchServer.DefaultUrls,
        };
        var command = new Command("serve", "Serve a search page and JSON API over the index (read-only).") { index, urls };
        command.SetAction(r =>
        {
            var policyIndex = IndexCommand.OpenForReading(r.GetValue(index)!);
            if (policyIndex is null)
                return ExitCodes.Usage;
            using (policyIndex)
            {
                var app = SearchServer.Build(policyIndex, r.GetValue(urls)!);
                Console.WriteLine($"policyparse: serving {policyIndex.Location} on {r.GetValue(urls)} (Ctrl+C stops)");
                app.Run();
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
