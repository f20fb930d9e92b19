using System.IO;
using System.Text;
using BenchmarkDotNet.Attributes;
using PolicyParse.Model;
using PolicyParse.Reading.Markdown;

namespace PolicyParse.Benchmarks;

/// <summary>
/// Reading and parsing a Markdown notice against Markdig's bare parse of the same text (decoded as UTF-8,
/// with the reader's own pipeline of extensions), the reader alone (the layout, before any GB/T 9704
/// parsing), and parsing the notice's plain-text twin, which together show what the Markdown reading adds.
/// </summary>
[MemoryDiagnoser]
public class MarkdownBenchmarks
{
    private readonly PolicyParser _parser = new();
    private byte[] _file = System.Array.Empty<byte>();
    private byte[] _textTwin = System.Array.Empty<byte>();

    [Params("000-sucheng-2021-zhengwu-gongkai", "002-linshu-2021-zhengwu-gongkai")]
    public string Seed { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _file = File.ReadAllBytes(Path.Combine(ParseBenchmarks.CorpusDirectory(), "md", Seed + ".md"));
        _textTwin = File.ReadAllBytes(Path.Combine(ParseBenchmarks.CorpusDirectory(), Seed + ".txt"));
    }

    [Benchmark(Baseline = true)]
    public int MarkdigParse() => Markdig.Markdown.Parse(Encoding.UTF8.GetString(_file), MarkdownReader.Pipeline).Count;

    [Benchmark]
    public int ReadLayout() => _parser.ReadLayout(_file, Seed + ".md").Blocks.Count;

    [Benchmark]
    public PolicyDocument ReadAndParse() => _parser.Parse(_file, Seed + ".md");

    [Benchmark]
    public PolicyDocument TextTwinReadAndParse() => _parser.Parse(_textTwin, Seed + ".txt");
}
