using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Lucene.Net.Codecs;
using Lucene.Net.Store;
using PolicyParse.Search.Indexing;

namespace PolicyParse.Search.Tests;

/// <summary>
/// The index folder's two ways of reading: mapped for the searches of a read-only index, positional
/// reads for merges and for an index with a writer.
/// </summary>
public class IndexFolderDirectoryTests
{
    /// <summary>How a file is read: "mapped" (a search of a read-only index), "positional" (a search beside a writer), "merge".</summary>
    public static TheoryData<string> Contexts => new() { "mapped", "positional", "merge" };

    private static IOContext Context(string name) => name == "merge" ? new IOContext(new MergeInfo(1, 1, false, 1)) : IOContext.READ;

    /// <summary>A file whose every byte says where it is (position mod 251).</summary>
    private static IndexFolderDirectory WithNumberedFile(TempFolder folder, string name, int length, string context = "mapped")
    {
        var directory = new IndexFolderDirectory(new DirectoryInfo(folder.Path), mapped: context != "positional");
        using var output = directory.CreateOutput(name, IOContext.DEFAULT);
        output.WriteBytes(Enumerable.Range(0, length).Select(i => (byte)(i % 251)).ToArray(), length);
        return directory;
    }

    [Theory]
    [MemberData(nameof(Contexts))]
    public void Clones_read_their_own_positions_at_once(string context)
    {
        Assert.Equal(context == "mapped", OpensMapped(context));
        using var folder = new TempFolder();
        using var directory = WithNumberedFile(folder, "f.doc", 100_000, context);
        using var input = directory.OpenInput("f.doc", Context(context));
        Assert.Equal(100_000, input.Length);
        // Eight clones read across buffer boundaries from eight places, all at once, many times over:
        // with a shared file position, one clone's seek would move another's read.
        Parallel.For(0, 8, clone =>
        {
            var reader = (IndexInput)input.Clone();
            for (int round = 0; round < 200; round++)
            {
                long at = (clone * 12_347L + round * 431L) % 99_000;
                reader.Seek(at);
                var bytes = new byte[700];
                reader.ReadBytes(bytes, 0, bytes.Length);
                for (int i = 0; i < bytes.Length; i++)
                    Assert.Equal((byte)((at + i) % 251), bytes[i]);
                Assert.Equal(at + 700, reader.Position);
            }
        });
    }

    [Theory]
    [MemberData(nameof(Contexts))]
    public void Reading_past_the_end_fails_and_a_clone_leaves_the_file_open(string context)
    {
        using var folder = new TempFolder();
        using var directory = WithNumberedFile(folder, "f.doc", 1000, context);
        using var input = directory.OpenInput("f.doc", Context(context));
        var clone = (IndexInput)input.Clone();
        clone.Seek(990);
        Assert.Throws<EndOfStreamException>(() => clone.ReadBytes(new byte[20], 0, 20));
        clone.Seek(1000);
        Assert.Throws<EndOfStreamException>(() => clone.ReadByte());
        Assert.Throws<EndOfStreamException>(() => clone.ReadInt32());
        clone.Dispose();
        input.Seek(500);
        Assert.Equal(500 % 251, input.ReadByte());
    }

    [Theory]
    [MemberData(nameof(Contexts))]
    public void Numbers_read_back_as_lucene_wrote_them_up_to_the_last_byte(string context)
    {
        using var folder = new TempFolder();
        using var directory = new IndexFolderDirectory(new DirectoryInfo(folder.Path), mapped: context != "positional");
        long[] longs = { 0, 1, 127, 128, 16_383, 16_384, int.MaxValue, long.MaxValue, 1L << 40 };
        int[] ints = { 0, 1, 127, 128, 16_384, 1 << 21, 1 << 28, int.MaxValue, -1 };
        using (var output = directory.CreateOutput("n", IOContext.DEFAULT))
        {
            foreach (var v in ints) output.WriteVInt32(v);
            foreach (var v in longs) output.WriteVInt64(v);
            output.WriteInt16(-2);
            output.WriteInt32(-123_456_789);
            output.WriteInt64(-1_234_567_890_123);
            foreach (var v in ints) output.WriteVInt32(v); // the last ones end at the file's end: the careful path
        }
        using var input = directory.OpenInput("n", Context(context));
        Assert.Equal(ints, ints.Select(_ => input.ReadVInt32()));
        Assert.Equal(longs, longs.Select(_ => input.ReadVInt64()));
        Assert.Equal((short)-2, input.ReadInt16());
        Assert.Equal(-123_456_789, input.ReadInt32());
        Assert.Equal(-1_234_567_890_123, input.ReadInt64());
        Assert.Equal(ints, ints.Select(_ => input.ReadVInt32()));
        Assert.Equal(input.Length, input.Position);
    }

    private static bool OpensMapped(string context)
    {
        using var folder = new TempFolder();
        using var directory = WithNumberedFile(folder, "f.doc", 10, context);
        using var input = directory.OpenInput("f.doc", Context(context));
        return input is MappedInput;
    }

    [Theory]
    [InlineData("_0_Lucene41_0.pos", true)]
    [InlineData("_0.tim", true)]
    [InlineData("_0.fdt", false)] // stored fields: read for the hits shown
    [InlineData("_0_Lucene42_0.dvd", false)] // doc values: copied into arrays once
    public void A_read_only_index_maps_its_term_dictionaries_and_postings(string name, bool mapped)
    {
        using var folder = new TempFolder();
        using var directory = WithNumberedFile(folder, name, 10);
        using var input = directory.OpenInput(name, IOContext.READ);
        Assert.Equal(mapped, input is MappedInput);
    }

    [Fact]
    public void An_empty_file_opens_with_nothing_to_read()
    {
        using var folder = new TempFolder();
        using var directory = WithNumberedFile(folder, "empty.doc", 0);
        using var input = directory.OpenInput("empty.doc", IOContext.READ);
        Assert.Equal(0, input.Length);
        Assert.Throws<EndOfStreamException>(() => input.ReadByte());
    }

    [Fact]
    public void A_written_file_holds_every_byte_and_the_checksum_lucene_computes_for_it()
    {
        using var folder = new TempFolder();
        using var directory = new IndexFolderDirectory(new DirectoryInfo(folder.Path), mapped: false);
        var random = new System.Random(7);
        var expected = new System.Collections.Generic.List<byte>();
        long written;
        using (var output = directory.CreateOutput("f.fdt", IOContext.DEFAULT))
        {
            CodecUtil.WriteHeader(output, "test", 0);
            // Single bytes and writes smaller than, as large as and larger than the output's buffer, in turn.
            foreach (int length in new[] { 1, 700, 65_536, 3, 200_000, 65_535, 2, 64_000, 1 })
            {
                var bytes = new byte[length];
                random.NextBytes(bytes);
                if (length == 1)
                    output.WriteByte(bytes[0]);
                else
                    output.WriteBytes(bytes, 0, length);
                expected.AddRange(bytes);
            }
            CodecUtil.WriteFooter(output); // the checksum of everything before it
            written = output.Position;
        }
        Assert.Equal(written, new FileInfo(Path.Combine(folder.Path, "f.fdt")).Length);
        using var input = directory.OpenInput("f.fdt", IOContext.READ);
        CodecUtil.ChecksumEntireFile(input); // Lucene's own CRC-32 of the file against its footer: throws when they differ
        input.Seek(CodecUtil.HeaderLength("test"));
        var read = new byte[expected.Count];
        input.ReadBytes(read, 0, read.Length);
        Assert.Equal(expected.ToArray(), read);
    }

    [Fact]
    public void An_index_written_and_merged_in_the_folder_checks_clean()
    {
        using var folder = new TempFolder();
        using (var index = PolicyIndex.Open(folder.Path))
        {
            // A commit after every file: a segment each, merged as the run ends.
            var report = new BulkIndexer(index, threads: 1, commitEvery: System.TimeSpan.Zero).Run(TestCorpus.Texts());
            Assert.True(report.Added >= 5);
        }
        using var directory = new IndexFolderDirectory(new DirectoryInfo(folder.Path), mapped: false);
        var status = new Lucene.Net.Index.CheckIndex(directory).DoCheckIndex(); // reads every file back, checksums included
        Assert.True(status.Clean);
    }
}
