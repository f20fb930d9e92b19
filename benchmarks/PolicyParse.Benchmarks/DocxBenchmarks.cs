using System.IO;
using System.IO.Compression;
using System.Xml;
using BenchmarkDotNet.Attributes;
using PolicyParse.Layout;

namespace PolicyParse.Benchmarks;

/// <summary>
/// Reading a .docx into the layout against the floor under any DOCX reader: unzipping
/// word/document.xml and passing over it once with a bare <see cref="XmlReader"/>.
/// </summary>
[MemoryDiagnoser]
public class DocxBenchmarks
{
    private readonly PolicyParser _parser = new();
    private byte[] _docx = System.Array.Empty<byte>();

    [Params("000-sucheng-2021-autonumber", "001-shinan-2021-zhengwu-gongkai-web", "002-linshu-2021-zhengwu-gongkai", "003-taierzhuang-2022-shishi-fangan")]
    public string Seed { get; set; } = "";

    [GlobalSetup]
    public void Setup() => _docx = File.ReadAllBytes(Path.Combine(ParseBenchmarks.CorpusDirectory(), "docx", Seed + ".docx"));

    [Benchmark(Baseline = true)]
    public int RawXmlReaderPass()
    {
        using var zip = new ZipArchive(new MemoryStream(_docx, writable: false), ZipArchiveMode.Read);
        using var xml = XmlReader.Create(zip.GetEntry("word/document.xml")!.Open());
        int nodes = 0;
        while (xml.Read()) nodes++;
        return nodes;
    }

    [Benchmark]
    public DocumentLayout ReadLayout() => _parser.ReadLayout(_docx, Seed + ".docx");
}
