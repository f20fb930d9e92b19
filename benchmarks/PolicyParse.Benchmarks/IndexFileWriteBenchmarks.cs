using System;
using System.IO;
using BenchmarkDotNet.Attributes;
using Lucene.Net.Codecs;
using Lucene.Net.Store;
using PolicyParse.Search.Indexing;
using Directory = Lucene.Net.Store.Directory;

namespace PolicyParse.Benchmarks;

/// <summary>
/// Writing an index file of 8 MB as the codecs write one — single bytes (vInts of postings) between
/// blocks of 128 bytes to 16 KB (compressed stored fields, packed blocks), then the checksum footer —
/// through the index folder's output (<see cref="FileOutput"/>) against Lucene.Net's FSDirectory
/// output (SimpleFSDirectory), in the page cache of one folder.
/// </summary>
[MemoryDiagnoser]
public class IndexFileWriteBenchmarks
{
    private const int FileBytes = 8 << 20;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "policyparse-bench-" + Guid.NewGuid().ToString("N"));
    private readonly byte[] _block = new byte[16 * 1024];
    private Directory _lucene = null!;
    private Directory _ours = null!;

    [GlobalSetup]
    public void Setup()
    {
        new Random(1).NextBytes(_block);
        var info = System.IO.Directory.CreateDirectory(_folder);
        _lucene = new SimpleFSDirectory(info);
        _ours = new IndexFolderDirectory(info, mapped: false);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _lucene.Dispose();
        _ours.Dispose();
        System.IO.Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Baseline = true)]
    public long LuceneFileOutput() => Write(_lucene, "lucene.fdt");

    [Benchmark]
    public long IndexFolderOutput() => Write(_ours, "ours.fdt");

    private long Write(Directory directory, string name)
    {
        using var output = directory.CreateOutput(name, IOContext.DEFAULT);
        int length = 128;
        while (output.Position < FileBytes)
        {
            for (int i = 0; i < 64; i++)
                output.WriteVInt32(i * 37);
            output.WriteBytes(_block, 0, length);
            length = length >= _block.Length ? 128 : length * 2;
        }
        CodecUtil.WriteFooter(output);
        return output.Position;
    }
}
