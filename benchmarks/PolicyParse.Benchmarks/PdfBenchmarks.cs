using System.IO;
using BenchmarkDotNet.Attributes;
using PolicyParse.Model;
using UglyToad.PdfPig;

namespace PolicyParse.Benchmarks;

/// <summary>
/// Reading and parsing a PDF against the floor under any PdfPig-based reader: opening the same file
/// and touching every letter of every page.
/// </summary>
[MemoryDiagnoser]
public class PdfBenchmarks
{
    private readonly PolicyParser _parser = new();
    private byte[] _pdf = System.Array.Empty<byte>();

    [Params("govdoc-cn-397", "000-sucheng-2021-zhengwu-gongkai", "002-linshu-2021-zhengwu-gongkai", "003-taierzhuang-2022-shishi-fangan")]
    public string Seed { get; set; } = "";

    [GlobalSetup]
    public void Setup() => _pdf = File.ReadAllBytes(Path.Combine(ParseBenchmarks.CorpusDirectory(), "pdf", Seed + ".pdf"));

    [Benchmark(Baseline = true)]
    public int PdfPigLetters()
    {
        using var document = PdfDocument.Open(_pdf);
        int letters = 0;
        foreach (var page in document.GetPages())
            letters += page.Letters.Count;
        return letters;
    }

    [Benchmark]
    public PolicyDocument ReadAndParse() => _parser.Parse(_pdf, Seed);
}
