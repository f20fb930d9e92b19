using System.IO;
using System.Text;
using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;
using PolicyParse.Model;

namespace PolicyParse.Benchmarks;

/// <summary>Reading and parsing a web page against AngleSharp's bare parse of the same page (decoded as UTF-8).</summary>
[MemoryDiagnoser]
public class HtmlBenchmarks
{
    private readonly PolicyParser _parser = new();
    private readonly HtmlParser _html = new();
    private byte[] _page = System.Array.Empty<byte>();

    [Params("000-sucheng-2021-zhengwu-gongkai", "001-shinan-2021-zhengwu-gongkai-web", "002-linshu-2021-zhengwu-gongkai", "003-taierzhuang-2022-shishi-fangan")]
    public string Seed { get; set; } = "";

    [GlobalSetup]
    public void Setup() => _page = File.ReadAllBytes(Path.Combine(ParseBenchmarks.CorpusDirectory(), "html", Seed + ".html"));

    [Benchmark(Baseline = true)]
    public int AngleSharpParse()
    {
        using var document = _html.ParseDocument(Encoding.UTF8.GetString(_page));
        return document.All.Length;
    }

    [Benchmark]
    public PolicyDocument ReadAndParse() => _parser.Parse(_page, Seed);
}
