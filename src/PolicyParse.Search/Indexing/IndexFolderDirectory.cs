#if NET6_0_OR_GREATER
using System;
using System.IO;
using Lucene.Net.Store;
using Microsoft.Win32.SafeHandles;

namespace PolicyParse.Search.Indexing;

/// <summary>
/// An index folder as searches and merges read it. Searches read memory-mapped files through a pointer
/// (<see cref="MappedInput"/>): no system call, no lock, no buffer per clone. Merges read each file once,
/// front to back, with positional reads (<see cref="RandomAccess.Read(SafeFileHandle, Span{byte}, long)"/>)
/// into large buffers, so that a bulk run does not map the gigabytes it merges into its resident memory;
/// so does a 32-bit process, which has no address space for a large index. Lucene.Net's own directories
/// serialize concurrent searches: SimpleFSDirectory and NIOFSDirectory read every clone of a file under one
/// lock, and MMapDirectory's byte-at-a-time reads through a view accessor slow down as searches run
/// at once (lucenenet#1151). Writing is FSDirectory's.
/// </summary>
internal sealed class IndexFolderDirectory : FSDirectory
{
    public IndexFolderDirectory(DirectoryInfo path) : base(path, null) { }

    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        var path = Path.Combine(Directory.FullName, name);
        if (context.Context != IOContext.UsageContext.MERGE && Environment.Is64BitProcess
            && OpenMapped(path) is { } mapped)
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

    /// <summary>The file mapped, or null when it is empty (an empty file cannot be mapped).</summary>
    private static MappedInput? OpenMapped(string path)
    {
        // Delete sharing: the writer removes files that an open reader may still hold (Windows).
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        try
        {
            if (stream.Length > 0)
                return MappedInput.Open($"MappedInput(path=\"{path}\")", stream);
        }
        catch
        {
            stream.Dispose();
            throw;
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
