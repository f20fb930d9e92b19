using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using PolicyParse.Search.Export;
using PolicyParse.Search.Indexing;

namespace PolicyParse.Cli;

/// <summary>
/// <c>policyparse export PATH... --to elasticsearch [--out FILE]</c> writes bulk NDJSON, one notice at a
/// time; <c>policyparse export --mapping [--out FILE]</c> writes the index definitions.
/// </summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files and folders to export.", Arity = ArgumentArity.ZeroOrMore };
        var to = new Option<string>("--to") { Description = "Target: elasticsearch (also right for OpenSearch).", DefaultValueFactory = _ => "elasticsearch" };
        var output = new Option<string?>("--out") { Description = "Write here instead of standard output." };
        var mapping = new Option<bool>("--mapping") { Description = "Write the index mapping instead of documents." };
        var command = new Command("export", "Export notices and tasks for a search cluster (Elasticsearch/OpenSearch bulk NDJSON).") { paths, to, output, mapping };
        var parser = CliParser.AddTo(command);
        command.SetAction(r =>
        {
            if (r.GetValue(to) != "elasticsearch")
                return Usage("--to takes elasticsearch (its bulk format is also OpenSearch's)");
            var files = r.GetValue(paths) ?? Array.Empty<string>();
            if (!r.GetValue(mapping) && files.Length == 0)
                return Usage("name files or folders to export, or --mapping");
            var path = r.GetValue(output);
            using var stream = path is null ? Console.OpenStandardOutput() : new FileStream(path, FileMode.Create, FileAccess.Write);
            using var buffered = new BufferedStream(stream, 1 << 16);
            if (r.GetValue(mapping))
            {
                var json = Encoding.UTF8.GetBytes(ElasticsearchExport.Mapping() + "\n");
                buffered.Write(json, 0, json.Length);
                return ExitCodes.Success;
            }
            return Export(files, buffered, parser.Create(r));
        });
        return command;
    }

    private static int Export(string[] roots, Stream output, PolicyParser parser)
    {
        var export = new ElasticsearchExport(output);
        int notices = 0, documents = 0, failed = 0;
        foreach (var path in BulkIndexer.Walk(roots))
        {
            try
            {
                documents += export.Write(parser.ParseFile(path));
                notices++;
            }
            catch (Exception e) when (e is PolicyParseException or IOException or UnauthorizedAccessException)
            {
                failed++;
                Console.Error.WriteLine($"policyparse: {path}: {(e is PolicyParseException p ? p.Reason : e.Message)}");
            }
        }
        output.Flush();
        Console.Error.WriteLine($"exported {notices} notices, {documents - notices} tasks; {failed} files failed");
        return failed == 0 ? ExitCodes.Success : ExitCodes.FileFailed;
    }

    private static int Usage(string message)
    {
        Console.Error.WriteLine("policyparse: " + message);
        return ExitCodes.Usage;
    }
}
