using System;
using System.CommandLine;
using PolicyParse.Cli;

var root = new RootCommand("PolicyParse: read Chinese government notices (公文) and extract their structure.")
{
    ParseCommand.Create(),
    AnalyzeCommand.Create(),
    IndexCommand.Create(),
    SearchCommand.Create(),
    StatsCommand.Create(),
    PolicyParse.Cli.Serve.ServeCommand.Create(),
    ExportCommand.Create(),
    AccuracyCommand.Create(),
};

var parseResult = root.Parse(args);
if (parseResult.Errors.Count > 0)
{
    foreach (var error in parseResult.Errors)
        Console.Error.WriteLine("policyparse: " + error.Message);
    Console.Error.WriteLine("Try 'policyparse --help'.");
    return ExitCodes.Usage;
}
return parseResult.Invoke();
