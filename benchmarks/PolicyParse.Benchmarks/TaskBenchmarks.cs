using System.IO;
using BenchmarkDotNet.Attributes;
using PolicyParse.Model;

namespace PolicyParse.Benchmarks;

/// <summary>
/// What task extraction adds to a parse: the same notice parsed with and without
/// <see cref="PolicyParserOptions.ExtractTasks"/> (the baseline), on the seeds that carry tasks.
/// </summary>
[MemoryDiagnoser]
public class TaskBenchmarks
{
    private readonly PolicyParser _withoutTasks = new(new PolicyParserOptions { ExtractTasks = false });
    private readonly PolicyParser _withTasks = new();
    private string _text = "";

    [Params("001-shinan-2021-zhengwu-gongkai-web", "002-linshu-2021-zhengwu-gongkai", "003-taierzhuang-2022-shishi-fangan")]
    public string Seed { get; set; } = "";

    [GlobalSetup]
    public void Setup() => _text = File.ReadAllText(Path.Combine(ParseBenchmarks.CorpusDirectory(), Seed + ".txt"));

    [Benchmark(Baseline = true)]
    public PolicyDocument ParseWithoutTasks() => _withoutTasks.ParseText(_text, Seed);

    [Benchmark]
    public PolicyDocument ParseWithTasks() => _withTasks.ParseText(_text, Seed);
}
