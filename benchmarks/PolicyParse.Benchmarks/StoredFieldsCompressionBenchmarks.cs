using System;
using System.IO;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using Lucene.Net.Codecs.Compressing;
using Lucene.Net.Store;
using Lucene.Net.Util;
using PolicyParse.Json;
using PolicyParse.Search.Indexing;

namespace PolicyParse.Benchmarks;

/// <summary>
/// Compressing and reading back what a notice stores (its contract JSON and body, UTF-8, in the 16 KB
/// chunks the stored fields writer hands over) with PolicyParse's LZ4 (<see cref="StoredFieldsCompression"/>,
/// K4os) against Lucene.Net's own FAST mode, the same algorithm. Reading asks for a whole chunk, as a
/// search reading one large notice does.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkDotNet.Configs.BenchmarkLogicalGroupRule.ByCategory)]
public class StoredFieldsCompressionBenchmarks
{
    private const int Chunk = 1 << 14;

    private byte[][] _chunks = [];
    private readonly byte[] _output = new byte[2 * Chunk];
    private byte[] _luceneCompressed = [];
    private byte[] _oursCompressed = [];
    private readonly Compressor _luceneCompressor = CompressionMode.FAST.NewCompressor();
    private readonly Compressor _oursCompressor = StoredFieldsCompression.Lz4.NewCompressor();
    private readonly Decompressor _luceneDecompressor = CompressionMode.FAST.NewDecompressor();
    private readonly Decompressor _oursDecompressor = StoredFieldsCompression.Lz4.NewDecompressor();
    private readonly BytesRef _read = new();

    [GlobalSetup]
    public void Setup()
    {
        var parser = new PolicyParser();
        var stored = ParseBenchmarks.SeedTexts()
            .Select(path => parser.ParseFile(path))
            .SelectMany(notice => PolicyJson.SerializeToUtf8Bytes(notice).Concat(Encoding.UTF8.GetBytes(NoticeText.Body(notice))))
            .ToArray();
        _chunks = Enumerable.Range(0, stored.Length / Chunk).Select(i => stored.AsSpan(i * Chunk, Chunk).ToArray()).ToArray();
        _luceneCompressed = CompressFirst(_luceneCompressor);
        _oursCompressed = CompressFirst(_oursCompressor);
    }

    private byte[] CompressFirst(Compressor compressor)
    {
        var output = new ByteArrayDataOutput(_output);
        compressor.Compress(_chunks[0], 0, Chunk, output);
        return _output.AsSpan(0, output.Position).ToArray();
    }

    [Benchmark(Baseline = true), BenchmarkCategory("compress")]
    public int LuceneCompress() => Compress(_luceneCompressor);

    [Benchmark, BenchmarkCategory("compress")]
    public int OursCompress() => Compress(_oursCompressor);

    private int Compress(Compressor compressor)
    {
        int total = 0;
        foreach (var chunk in _chunks)
        {
            var output = new ByteArrayDataOutput(_output);
            compressor.Compress(chunk, 0, chunk.Length, output);
            total += output.Position;
        }
        return total;
    }

    [Benchmark(Baseline = true), BenchmarkCategory("decompress")]
    public int LuceneDecompress() => Decompress(_luceneDecompressor, _luceneCompressed);

    [Benchmark, BenchmarkCategory("decompress")]
    public int OursDecompress() => Decompress(_oursDecompressor, _oursCompressed);

    private int Decompress(Decompressor decompressor, byte[] compressed)
    {
        decompressor.Decompress(new ByteArrayDataInput(compressed), Chunk, 0, Chunk, _read);
        return _read.Length;
    }
}
