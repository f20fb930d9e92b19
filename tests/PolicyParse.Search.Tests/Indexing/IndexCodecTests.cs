using System;
using System.IO;
using System.Linq;
using System.Text;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Codecs;
using Lucene.Net.Codecs.Compressing;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using PolicyParse.Search.Indexing;
using PolicyParse.Search.Searching;

namespace PolicyParse.Search.Tests.Indexing;

/// <summary>PolicyParse's codec: stored fields compressed by K4os LZ4, and indexes of Lucene's own codec still read.</summary>
public class IndexCodecTests
{
    /// <summary>Notice text (compressible) or random bytes (not), <paramref name="length"/> bytes.</summary>
    private static byte[] Bytes(int length, bool compressible)
    {
        if (!compressible)
        {
            var random = new byte[length];
            new Random(length).NextBytes(random);
            return random;
        }
        var text = Encoding.UTF8.GetBytes(File.ReadAllText(Path.Combine(TestCorpus.Directory, "000-sucheng-2021-zhengwu-gongkai.txt")));
        return Enumerable.Range(0, length).Select(i => text[i % text.Length]).ToArray();
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(1, true)]
    [InlineData(300, true)]
    [InlineData(16384, true)]
    [InlineData(70000, true)]
    [InlineData(16384, false)]
    [InlineData(70000, false)]
    public void Blocks_written_back_to_back_read_back_whole_and_in_part(int length, bool compressible)
    {
        var first = Bytes(length, compressible);
        var second = Bytes(length + 7, !compressible);
        var stored = new byte[2 * LZ4Bound(length + 7) + 16];
        var output = new ByteArrayDataOutput(stored);
        var compressor = StoredFieldsCompression.Lz4.NewCompressor();
        compressor.Compress(first, 0, first.Length, output);
        if (compressible && length >= 16384) // a notice's text: its repeated phrases compress
            Assert.True(output.Position < first.Length * 3 / 4, $"{output.Position} bytes for {first.Length}");
        compressor.Compress(second, 0, second.Length, output);
        int written = output.Position;

        var input = new ByteArrayDataInput(stored, 0, written);
        var decompressor = (Decompressor)StoredFieldsCompression.Lz4.NewDecompressor().Clone();
        var bytes = new BytesRef();
        decompressor.Decompress(input, first.Length, 0, first.Length, bytes);
        Assert.Equal(first, bytes.Bytes.AsSpan(bytes.Offset, bytes.Length).ToArray());
        // A document inside a chunk: only the bytes up to its end are decoded, and the input still moves past the block.
        int offset = second.Length / 3, part = second.Length / 4;
        decompressor.Decompress(input, second.Length, offset, part, bytes);
        Assert.Equal(second.AsSpan(offset, part).ToArray(), bytes.Bytes.AsSpan(bytes.Offset, bytes.Length).ToArray());
        Assert.True(input.Eof);
    }

    private static int LZ4Bound(int length) => K4os.Compression.LZ4.LZ4Codec.MaximumOutputSize(length);

    [Fact]
    public void A_damaged_block_is_a_corrupt_index_not_garbage()
    {
        var text = Bytes(5000, compressible: true);
        var stored = new byte[LZ4Bound(text.Length) + 8];
        var output = new ByteArrayDataOutput(stored);
        StoredFieldsCompression.Lz4.NewCompressor().Compress(text, 0, text.Length, output);
        int written = output.Position;
        // The block claims to hold more than it does.
        Assert.Throws<CorruptIndexException>(() =>
            StoredFieldsCompression.Lz4.NewDecompressor().Decompress(new ByteArrayDataInput(stored, 0, written), text.Length + 100, 0, text.Length + 100, new BytesRef()));
        // A length no LZ4 block of the chunk can have (a gigabyte): refused before anything is allocated.
        var damaged = new byte[8];
        var header = new ByteArrayDataOutput(damaged);
        header.WriteVInt32(1 << 30);
        Assert.Throws<CorruptIndexException>(() =>
            StoredFieldsCompression.Lz4.NewDecompressor().Decompress(new ByteArrayDataInput(damaged, 0, header.Position), text.Length, 0, text.Length, new BytesRef()));
    }

    [Fact]
    public void An_index_writes_its_segments_with_its_codec_and_they_check_clean()
    {
        using var folder = new TempFolder();
        using (var index = PolicyIndex.Open(folder.Path))
            new BulkIndexer(index, threads: 1).Run(TestCorpus.Texts());

        var segments = new SegmentInfos();
        using var directory = FSDirectory.Open(folder.Path);
        segments.Read(directory);
        Assert.NotEmpty(segments.Segments);
        Assert.All(segments.Segments, s => Assert.Equal("PolicyParse46", s.Info.Codec.Name));
        Assert.True(new CheckIndex(directory).DoCheckIndex().Clean);
    }

    [Fact]
    public void An_index_of_Lucenes_own_codec_still_reads_grows_and_merges()
    {
        using var folder = new TempFolder();
        // An index written before PolicyParse had its own codec: Lucene's default.
        using (var directory = FSDirectory.Open(folder.Path))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new KeywordAnalyzer())))
            writer.AddDocument(new Document { new StringField("before", "yes", Field.Store.YES), new StoredField(IndexFields.Body, "写在之前的正文") });

        using (var index = PolicyIndex.Open(folder.Path))
        {
            new BulkIndexer(index, threads: 1).Run(TestCorpus.Texts());
            Assert.True(index.CreateSearcher().Search("政务公开").Total > 0);
        }

        using (var directory = FSDirectory.Open(folder.Path))
        {
            var segments = new SegmentInfos();
            segments.Read(directory);
            Assert.Contains(segments.Segments, s => s.Info.Codec.Name == "Lucene46");
            Assert.Contains(segments.Segments, s => s.Info.Codec.Name == "PolicyParse46");
            // Merged into one segment of PolicyParse's codec, the old document's stored fields come along.
            using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new KeywordAnalyzer()) { Codec = IndexCodec.Instance }))
                writer.ForceMerge(1);
            using var reader = DirectoryReader.Open(directory);
            var before = new IndexSearcher(reader).Search(new TermQuery(new Term("before", "yes")), 1);
            Assert.Equal("写在之前的正文", reader.Document(before.ScoreDocs.Single().Doc).Get(IndexFields.Body));
            Assert.True(new CheckIndex(directory).DoCheckIndex().Clean);
        }
    }
}

/// <summary>Tests that replace Lucene's codec factory, a process-wide setting: run alone, after the others.</summary>
[CollectionDefinition(nameof(CodecFactoryCollection), DisableParallelization = true)]
public class CodecFactoryCollection;

[Collection(nameof(CodecFactoryCollection))]
public class CodecFactoryTests
{
    [Fact]
    public void A_codec_factory_the_application_set_is_wrapped_when_an_index_opens()
    {
        using var folder = new TempFolder();
        using (var index = PolicyIndex.Open(folder.Path))
            new BulkIndexer(index, threads: 1).Run(TestCorpus.Texts());
        var before = Codec.GetCodecFactory();
        try
        {
            // The application's own factory, which knows Lucene's codecs only.
            var own = new DefaultCodecFactory();
            Codec.SetCodecFactory(own);
            Assert.Throws<ArgumentException>(() => Codec.ForName("PolicyParse46"));

            using var reopened = PolicyIndex.OpenReadOnly(folder.Path);
            Assert.True(reopened.CreateSearcher().Search("政务公开").Total > 0);
            Assert.Equal("PolicyParse46", Codec.ForName("PolicyParse46").Name);
            Assert.Equal("Lucene46", Codec.ForName("Lucene46").Name); // the rest still from the application's factory
        }
        finally
        {
            Codec.SetCodecFactory(before);
        }
    }
}
