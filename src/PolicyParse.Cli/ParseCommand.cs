using System;
using System.CommandLine;
using System.Text;
using PolicyParse.Json;
using PolicyParse.Markdown;
using PolicyParse.Model;

namespace PolicyParse.Cli;

/// <summary>
/// <c>policyparse parse FILE... [--format json|markdown]</c>. One file prints one indented JSON
/// object; several files print one compact JSON object per line (JSON Lines), in argument order.
/// A file that fails is reported on stderr and the others are still printed.
/// </summary>
internal static class ParseCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files")
        {
            Description = "Notice files to parse (text, DOCX, PDF or HTML; format detected from content).",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: json (the schemaVersion 1 contract) or markdown (a readable outline).",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong("json", "markdown");

        var command = new Command("parse", "Parse notices and print their structure.") { files, format };
        command.SetAction(result => Run(result.GetValue(files)!, result.GetValue(format)!));
        return command;
    }

    private static int Run(string[] files, string format)
    {
        Console.OutputEncoding = Encoding.UTF8;
        var parser = new PolicyParser();
        int exit = ExitCodes.Success;
        bool first = true;
        foreach (var file in files)
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
                Console.Out.WriteLine(PolicyJson.Serialize(document, indented: files.Length == 1));
            }
            first = false;
        }
        return exit;
    }
}
