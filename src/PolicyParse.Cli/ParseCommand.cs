using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using PolicyParse.Json;
using PolicyParse.Markdown;
using PolicyParse.Model;
using PolicyParse.Search.Indexing;

namespace PolicyParse.Cli;

/// <summary>
/// <c>policyparse parse PATH... [--format json|markdown]</c>. One file prints one indented JSON
/// object; several files print one compact JSON object per line (JSON Lines), in argument order; a
/// folder gives its notice files, recursively, as <c>index</c> picks them. A file that fails is
/// reported on stderr and the others are still printed.
/// </summary>
internal static class ParseCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files")
        {
            Description = "Notice files or folders to parse (text, Markdown, DOCX, PDF or HTML; format detected from content).",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: json (the schemaVersion 1 contract) or markdown (a readable outline).",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong("json", "markdown");

        var command = new Command("parse", "Parse notices and print their structure.") { files, format };
        var parser = CliParser.AddTo(command);
        command.SetAction(result => Run(result.GetValue(files)!, result.GetValue(format)!, parser.Create(result)));
        return command;
    }

    private static int Run(string[] files, string format, PolicyParser parser)
    {
        Console.OutputEncoding = Encoding.UTF8;
        int exit = ExitCodes.Success;
        bool first = true;
        var paths = Expand(files).ToList();
        foreach (var file in paths)
        {
            PolicyDocument document;
            try
            {
                document = parser.ParseFile(file);
            }
            catch (PolicyParseException e)
            {
                Console.Error.WriteLine($"policyparse: {file}: {e.Reason}");
                exit = ExitCodes.FileFailed;
                continue;
            }

            if (format == "markdown")
            {
                if (!first) Console.Out.WriteLine("\n---\n");
                Console.Out.Write(MarkdownWriter.Write(document));
            }
            else
            {
                Console.Out.WriteLine(PolicyJson.Serialize(document, indented: paths.Count == 1));
            }
            first = false;
        }
        return exit;
    }

    /// <summary>Files as named; folders as the notice files in them (a name that is neither stays, to be reported as not found).</summary>
    internal static IEnumerable<string> Expand(string[] paths) =>
        paths.SelectMany(p => Directory.Exists(p) ? BulkIndexer.Walk(new[] { p }) : new[] { p });
}
