using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using PolicyParse.Search.Analysis;

namespace PolicyParse.Cli;

/// <summary>
/// <c>policyparse analyze TEXT | --file F [--mode index|search] [--json] [--stats]</c>: the Chinese
/// analyzer's tokens with offsets, as Elasticsearch's _analyze shows them, for tuning search.
/// </summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var text = new Argument<string?>("text") { Description = "Text to analyze.", Arity = ArgumentArity.ZeroOrOne };
        var file = new Option<string?>("--file") { Description = "Analyze the text of this UTF-8 file instead." };
        var mode = new Option<string>("--mode") { Description = "index (words and their sub-words) or search (best route).", DefaultValueFactory = _ => "search" };
        mode.AcceptOnlyFromAmong("index", "search");
        var json = new Option<bool>("--json") { Description = "Print a JSON array of {term, start, end, position}." };
        var stats = new Option<bool>("--stats") { Description = "Print one line of speed figures instead of the tokens." };

        var command = new Command("analyze", "Show how the Chinese analyzer cuts a text.") { text, file, mode, json, stats };
        command.SetAction(result =>
        {
            string? input = result.GetValue(file) is { } path ? ReadFile(path) : result.GetValue(text);
            if (input is null)
            {
                Console.Error.WriteLine("policyparse: analyze needs TEXT or --file F");
                return ExitCodes.Usage;
            }
            var segmentation = result.GetValue(mode) == "index" ? SegmentationMode.Index : SegmentationMode.Search;
            return result.GetValue(stats) ? PrintStats(input, segmentation) : PrintTokens(input, segmentation, result.GetValue(json));
        });
        return command;
    }

    private static string? ReadFile(string path)
    {
        try
        {
            return File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"policyparse: {path}: {e.Message}");
            return null;
        }
    }

    private static int PrintTokens(string text, SegmentationMode mode, bool json)
    {
        Console.OutputEncoding = Encoding.UTF8;
        var tokens = new ChineseAnalyzer(mode).Analyze(text);
        if (json)
        {
            Console.Out.WriteLine(JsonSerializer.Serialize(tokens, CliJson.Options));
            return ExitCodes.Success;
        }
        foreach (var t in tokens)
            Console.Out.WriteLine($"{t.Term}\t{t.Start}\t{t.End}\t{t.Position}");
        return ExitCodes.Success;
    }

    /// <summary>First use (the dictionary load), then the best of three passes after a warm-up of three seconds.</summary>
    private static int PrintStats(string text, SegmentationMode mode)
    {
        var analyzer = new ChineseAnalyzer(mode);
        var watch = Stopwatch.StartNew();
        ChineseDictionary.Preload();
        double firstUse = watch.Elapsed.TotalSeconds;
        // Warm up until the JIT has settled (three seconds, as the SmartCn comparison does), then time.
        int tokens = 0;
        for (watch.Restart(); watch.Elapsed.TotalSeconds < 3 || tokens == 0;)
            tokens = analyzer.Analyze(text).Count;
        double best = double.MaxValue;
        for (int pass = 0; pass < 3; pass++)
        {
            watch.Restart();
            tokens = analyzer.Analyze(text).Count;
            best = Math.Min(best, watch.Elapsed.TotalSeconds);
        }
        Console.Out.WriteLine(string.Format(CultureInfo.InvariantCulture, "chars={0} tokens={1} seconds={2:F4} chars_per_s={3:F0} first_use_s={4:F3}",
            text.Length, tokens, best, text.Length / Math.Max(best, 1e-9), firstUse));
        return ExitCodes.Success;
    }
}
