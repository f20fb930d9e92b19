using System.IO;
using System.IO.Compression;
using System.Xml;
using BenchmarkDotNet.Attributes;
using PolicyParse.Model;
using PolicyParse.TestSupport;

namespace PolicyParse.Benchmarks;

/// <summary>
/// Reading and parsing an OFD notice against the floor under any OFD reader: unzipping the package's
/// page contents (every Content.xml) and passing over each once with a bare <see cref="XmlReader"/>.
/// The seeds' OFD twins are written in the set-up by the tests' OFD writer (a typeset GB/T 9704 page:
/// text objects with DeltaX runs, ruled tables); n.ofd is a real notice from another producer.
/// </summary>
[MemoryDiagnoser]
public class OfdBenchmarks
{
    private readonly PolicyParser _parser = new();
    private byte[] _ofd = System.Array.Empty<byte>();

    [Params("000-sucheng-2021-zhengwu-gongkai", "003-taierzhuang-2022-shishi-fangan", "n")]
    public string Seed { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        string corpus = ParseBenchmarks.CorpusDirectory();
        _ofd = Seed == "n"
            ? File.ReadAllBytes(Path.Combine(corpus, "ofd", "n.ofd"))
            : OfdTestWriter.Write(_parser.ReadLayout(File.ReadAllBytes(Path.Combine(corpus, Seed + ".txt")), Seed + ".txt"));
    }

    [Benchmark(Baseline = true)]
    public int RawXmlReaderPass()
    {
        using var zip = new ZipArchive(new MemoryStream(_ofd, writable: false), ZipArchiveMode.Read);
        int nodes = 0;
        foreach (var entry in zip.Entries)
        {
            if (!entry.FullName.EndsWith("Content.xml", System.StringComparison.OrdinalIgnoreCase))
                continue;
            using var xml = XmlReader.Create(entry.Open());
            while (xml.Read()) nodes++;
        }
        return nodes;
    }

    [Benchmark]
    public PolicyDocument ReadAndParse() => _parser.Parse(_ofd, Seed + ".ofd");
}
