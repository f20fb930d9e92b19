using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using PolicyParse;
using PolicyParse.Layout;
using PolicyParse.Model;

namespace PolicyParse.Benchmarks;

/// <summary>
/// Parsing a notice from an in-memory string against a baseline that only splits the same text into
/// trimmed lines. The ratio says what structure extraction costs over touching every character once.
/// </summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private static readonly char[] LineBreaks = { '\r', '\n' };
    private readonly PolicyParser _parser = new();
    private readonly PolicyParser _parserWithoutTimeBudget = new(new PolicyParserOptions { TimeBudget = null });
    private string _text = "";

    [Params("000-sucheng-2021-zhengwu-gongkai", "001-shinan-2021-zhengwu-gongkai-web", "002-linshu-2021-zhengwu-gongkai",
            "003-taierzhuang-2022-shishi-fangan", "004-suzhou-2019-zhengwu-gongkai-web")]
    public string Seed { get; set; } = "";

    [GlobalSetup]
    public void Setup() => _text = File.ReadAllText(Path.Combine(CorpusDirectory(), Seed + ".txt"));

    [Benchmark(Baseline = true)]
    public List<string> SplitTrimmedLines()
    {
        var lines = new List<string>();
        foreach (var line in _text.Split(LineBreaks, StringSplitOptions.RemoveEmptyEntries))
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0) lines.Add(trimmed);
        }
        return lines;
    }

    /// <summary>
    /// The SHA-256 that <c>source.sha256</c> carries, on its own: a floor under any parse, shown so the
    /// ratio of the parse can be read against it.
    /// </summary>
    [Benchmark]
    public string Sha256OfText() => Hashing.Sha256Hex(System.Text.Encoding.UTF8.GetBytes(_text));

    [Benchmark]
    public PolicyDocument Parse() => _parser.ParseText(_text, Seed);

    /// <summary>The same parse without the per-file time budget's looks at the clock: what the budget costs.</summary>
    [Benchmark]
    public PolicyDocument ParseWithoutTimeBudget() => _parserWithoutTimeBudget.ParseText(_text, Seed);

    /// <summary>The seed notices' text files, in ordinal order (the licence beside them left out).</summary>
    internal static IEnumerable<string> SeedTexts() =>
        Directory.GetFiles(CorpusDirectory(), "*.txt").Where(f => !Path.GetFileName(f).StartsWith("LICENSE")).OrderBy(f => f, StringComparer.Ordinal);

    /// <summary>Walks up from the working directory (BenchmarkDotNet runs from a generated folder below the project).</summary>
    internal static string CorpusDirectory()
    {
        string? dir = Directory.GetCurrentDirectory();
        while (dir is not null && !Directory.Exists(Path.Combine(dir, "corpus")))
            dir = Path.GetDirectoryName(dir);
        return Path.Combine(dir ?? throw new DirectoryNotFoundException("corpus/"), "corpus");
    }
}
