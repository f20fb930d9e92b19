using System;
using System.CommandLine;
using PolicyParse.Cli;

var root = new RootCommand("PolicyParse: read Chinese government notices (公文) and extract their structure.")
{
    ParseCommand.Create(),
    AnalyzeCommand.Create(),
    IndexCommand.Create(),
    SearchCommand.Create(),
    TasksCommand.Create(),
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
try
{
    return parseResult.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (ArgumentException e) // a setting from the environment (POLICYPARSE_OCR) that the options refuse
{
    Console.Error.WriteLine("policyparse: " + e.Message);
    return ExitCodes.Usage;
}
catch (Exception e) when (e is not OutOfMemoryException)
{
    // Not one file's failure (those are reported per file, exit 1) but the run's own: an index that
    // cannot be opened or written, a full disk. What was committed before it stays in the index.
    Console.Error.WriteLine($"policyparse: the run failed: {e.GetType().Name}: {e.Message}");
    return ExitCodes.RunFailed;
}
