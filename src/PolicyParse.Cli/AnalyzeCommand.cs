using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using PolicyParse.Search.Analysis;

namespace PolicyParse.Cli;

/// <summary>
/// <c>policyparse analyze TEXT | --file F... [--mode index|search] [--json] [--stats] [--against smartcn|cjk]</c>: the Chinese
/// analyzer's tokens with offsets, as Elasticsearch's _analyze shows them, for tuning search; or how far
/// its words agree with another analyzer's on the files.
/// </summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var text = new Argument<string?>("text") { Description = "Text to analyze.", Arity = ArgumentArity.ZeroOrOne };
        var file = new Option<string[]>("--file") { Description = "Analyze the text of this UTF-8 file instead (several with --against).", AllowMultipleArgumentsPerToken = true };
        var mode = new Option<string>("--mode") { Description = "index (words and their sub-words) or search (best route).", DefaultValueFactory = _ => "search" };
        mode.AcceptOnlyFromAmong("index", "search");
        var json = new Option<bool>("--json") { Description = "Print a JSON array of {term, start, end, position}." };
        var stats = new Option<bool>("--stats") { Description = "Print one line of speed figures instead of the tokens." };
        var against = new Option<string?>("--against") { Description = "Print how far the words agree with this analyzer's (as reference), on Han words." };
        against.AcceptOnlyFromAmong("smartcn", "cjk");

        var command = new Command("analyze", "Show how the Chinese analyzer cuts a text.") { text, file, mode, json, stats, against };
        command.SetAction(result =>
        {
            var files = result.GetValue(file) ?? Array.Empty<string>();
            var segmentation = result.GetValue(mode) == "index" ? SegmentationMode.Index : SegmentationMode.Search;
            if (result.GetValue(against) is { } other)
                return PrintAgreement(files, result.GetValue(text), segmentation, other);
            if (files.Length > 1)
            {
                Console.Error.WriteLine("policyparse: analyze takes one --file, except with --against");
                return ExitCodes.Usage;
            }
            string? input = files.Length == 1 ? ReadFile(files[0]) : result.GetValue(text);
            if (input is null)
            {
                Console.Error.WriteLine("policyparse: analyze needs TEXT or --file F");
                return ExitCodes.Usage;
            }
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

    /// <summary>Token and boundary agreement of this analyzer with <paramref name="otherName"/>'s over the files (or the text).</summary>
    private static int PrintAgreement(string[] files, string? text, SegmentationMode mode, string otherName)
    {
        var ours = new ChineseAnalyzer(mode);
        var other = CliAnalyses.All.Single(a => a.Name == otherName).CreateQueryAnalyzer();
        var agreement = new TokenAgreement();
        var texts = files.Length > 0 ? files.Select(ReadFile).ToList() : new List<string?> { text };
        if (texts.Any(t => t is null))
            return ExitCodes.Usage;
        foreach (var input in texts)
            agreement.Add(input!, ours.Analyze(input!), other.Analyze(input!));
        Console.Out.WriteLine(string.Format(CultureInfo.InvariantCulture,
            "texts={0} han_tokens_ours={1} han_tokens_{2}={3}\ntoken spans: precision={4:F3} recall={5:F3} ({2} as reference)\nword boundaries: precision={6:F3} recall={7:F3}",
            texts.Count, agreement.OursTokens, otherName, agreement.TheirTokens, agreement.SpanPrecision, agreement.SpanRecall,
            agreement.BoundaryPrecision, agreement.BoundaryRecall));
        return ExitCodes.Success;
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
