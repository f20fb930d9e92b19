#if NET6_0_OR_GREATER
using System;
using System.IO;
using Lucene.Net.Store;
using Microsoft.Win32.SafeHandles;

namespace PolicyParse.Search.Indexing;

/// <summary>
/// An index folder read with positional reads (<see cref="RandomAccess.Read(SafeFileHandle, Span{byte}, long)"/>):
/// every clone of an input reads at its own offset, with no lock and no shared file position.
/// Lucene.Net's SimpleFSDirectory seeks and reads one FileStream under a lock shared by all clones of a
/// file, and every search reads the same postings files through clones of their inputs: searches
/// running at once wait for each other there (four clients on the 100,000-notice archive: 6–16% more
/// searches a second this way; one search alone runs the same). NIOFSDirectory locks the same way;
/// memory-mapped reads slow down under concurrent searches (lucenenet#1151). Writing is FSDirectory's.
/// </summary>
internal sealed class PositionalReadDirectory : FSDirectory
{
    public PositionalReadDirectory(DirectoryInfo path) : base(path, null) { }

    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        var path = Path.Combine(Directory.FullName, name);
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

    // A merge reads its segments' files front to back, a few at a time: with a large buffer it needs few
    // reads, each a system call (at 100,000 notices merges read several gigabytes). Searches keep Lucene's
    // 1 KB: they read short runs through many inputs at once, each with its own buffer.
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
