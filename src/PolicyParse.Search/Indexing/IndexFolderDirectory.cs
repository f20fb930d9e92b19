#if NET6_0_OR_GREATER
using System;
using System.IO;
using Lucene.Net.Store;
using Microsoft.Win32.SafeHandles;

namespace PolicyParse.Search.Indexing;

/// <summary>
/// An index folder as searches and merges read it. Searches of a read-only index read the term
/// dictionaries and postings, which every query walks, memory-mapped through a pointer
/// (<see cref="MappedInput"/>): no system call, no lock, no buffer per clone. Everything else reads with
/// positional reads — stored fields (read for the hits shown) and doc values (copied into arrays when a
/// segment opens) too, so that their pages do not stay in a service's resident memory — (<see cref="RandomAccess.Read(SafeFileHandle, Span{byte}, long)"/>),
/// merges into large buffers: an index writer merges segments through the readers it keeps for
/// searches, and mapped, the gigabytes a bulk run merges stayed in its resident memory (100,000
/// notices: a peak of 1,030 MB against 357). A 32-bit process, with no address space for a large
/// index, reads positionally too. Lucene.Net's own directories serialize concurrent searches:
/// SimpleFSDirectory and NIOFSDirectory read every clone of a file under one lock, and MMapDirectory's
/// byte-at-a-time reads through a view accessor slow down as searches run at once (lucenenet#1151).
/// Files are written through <see cref="FileOutput"/>, synced at commits as FSDirectory syncs.
/// </summary>
internal sealed class IndexFolderDirectory : FSDirectory
{
    private readonly bool _mapped;

    /// <summary>The files a search maps: the term dictionary (.tim, .tip) and postings (.doc, .pos, .pay).</summary>
    private static readonly string[] MappedExtensions = { ".tim", ".tip", ".doc", ".pos", ".pay" };

    /// <param name="path">The folder.</param>
    /// <param name="mapped">Whether searches read the files memory-mapped: for an index without a writer (and a 64-bit process).</param>
    public IndexFolderDirectory(DirectoryInfo path, bool mapped) : base(path, null) => _mapped = mapped && Environment.Is64BitProcess;

    public override IndexOutput CreateOutput(string name, IOContext context)
    {
        EnsureOpen();
        EnsureCanWrite(name);
        return new FileOutput(Path.Combine(Directory.FullName, name), closed: () =>
        {
            lock (m_syncLock)
                m_staleFiles.Add(name); // FSDirectory.Sync syncs the files written since the last commit
        });
    }

    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        var path = Path.Combine(Directory.FullName, name);
        if (_mapped && context.Context != IOContext.UsageContext.MERGE
            && Array.IndexOf(MappedExtensions, Path.GetExtension(name)) >= 0 && OpenMapped(path) is { } mapped)
            return mapped;
        // Delete sharing: the writer removes files that an open reader may still hold (Windows).
        var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        try
        {
            return new PositionalInput($"PositionalInput(path=\"{path}\")", handle, 0, RandomAccess.GetLength(handle), context);
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The file mapped, or null when it is empty (an empty file cannot be mapped) or the file system
    /// cannot map it; a missing file throws, as Lucene expects when it looks for a commit.
    /// </summary>
    private static MappedInput? OpenMapped(string path)
    {
        // Delete sharing: the writer removes files that an open reader may still hold (Windows).
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        try
        {
            if (stream.Length > 0)
                return MappedInput.Open($"MappedInput(path=\"{path}\")", stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // read positionally instead
        }
        stream.Dispose();
        return null;
    }

    // A merge reads its segments' files front to back, a few at a time: with a large buffer it needs few
    // reads, each a system call (at 100,000 notices merges read several gigabytes).
    private const int MergeBufferSize = 64 * 1024;

    private sealed class PositionalInput : BufferedIndexInput
    {
        private readonly SafeFileHandle _handle;
        private readonly long _start;
        private readonly long _end;
        private bool _isClone;

        public PositionalInput(string description, SafeFileHandle handle, long start, long length, IOContext context)
            : base(description, context.Context == IOContext.UsageContext.MERGE ? MergeBufferSize : BUFFER_SIZE) => (_handle, _start, _end) = (handle, start, start + length);

        public override long Length => _end - _start;

        protected override void ReadInternal(byte[] buffer, int offset, int length)
        {
            long position = _start + Position;
            if (position + length > _end)
                throw new EndOfStreamException($"read past EOF: {this}");
            int total = 0;
            while (total < length) // a positional read may return less than asked
            {
                int read = RandomAccess.Read(_handle, buffer.AsSpan(offset + total, length - total), position + total);
                if (read <= 0)
                    throw new EndOfStreamException($"read past EOF: {this}");
                total += read;
            }
        }

        protected override void SeekInternal(long position) { } // reads say where they read from

        public override object Clone()
        {
            var clone = (PositionalInput)base.Clone();
            clone._isClone = true; // the handle stays the original's to close
            return clone;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing && !_isClone)
                _handle.Dispose();
        }
    }
}
#endif
