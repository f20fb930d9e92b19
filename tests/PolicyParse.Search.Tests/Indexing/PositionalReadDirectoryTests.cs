using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Lucene.Net.Store;
using PolicyParse.Search.Indexing;

namespace PolicyParse.Search.Tests;

public class PositionalReadDirectoryTests
{
    /// <summary>A file whose every byte says where it is (position mod 251).</summary>
    private static PositionalReadDirectory WithNumberedFile(TempFolder folder, string name, int length)
    {
        var directory = new PositionalReadDirectory(new DirectoryInfo(folder.Path));
        using var output = directory.CreateOutput(name, IOContext.DEFAULT);
        output.WriteBytes(Enumerable.Range(0, length).Select(i => (byte)(i % 251)).ToArray(), length);
        return directory;
    }

    [Fact]
    public void Clones_read_their_own_positions_at_once()
    {
        using var folder = new TempFolder();
        using var directory = WithNumberedFile(folder, "f", 100_000);
        using var input = directory.OpenInput("f", IOContext.DEFAULT);
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
            }
        });
    }

    [Fact]
    public void Reading_past_the_end_fails_and_a_clone_leaves_the_file_open()
    {
        using var folder = new TempFolder();
        using var directory = WithNumberedFile(folder, "f", 1000);
        using var input = directory.OpenInput("f", IOContext.DEFAULT);
        var clone = (IndexInput)input.Clone();
        clone.Seek(990);
        Assert.Throws<EndOfStreamException>(() => clone.ReadBytes(new byte[20], 0, 20));
        clone.Dispose();
        input.Seek(500); // nothing buffered yet: this reads the file
        Assert.Equal(500 % 251, input.ReadByte());
    }
}
