#if NET6_0_OR_GREATER
using System;
using System.IO;
using System.IO.Hashing;
using Lucene.Net.Store;

namespace PolicyParse.Search.Indexing;

/// <summary>
/// An index file being written: bytes gather in a buffer, which goes to the file and into the file's
/// CRC-32 (the checksum Lucene writes in every file's footer and checks when it merges) a buffer at a
/// time. Lucene.Net's FSDirectory output updates its own table-driven CRC-32 and the file stream for
/// every byte written; the vectorized CRC-32 of System.IO.Hashing is the same checksum (IEEE 802.3, as
/// java.util.zip.CRC32), computed over whole buffers.
/// </summary>
internal sealed class FileOutput : IndexOutput
{
    private const int BufferSize = 64 * 1024;

    private readonly FileStream _file;
    private readonly Action _closed;
    private readonly Crc32 _crc = new();
    private readonly byte[] _buffer = new byte[BufferSize];
    private int _buffered;
    private long _flushed; // bytes of the file before the buffer
    private bool _disposed;

    /// <param name="path">The file, created (or emptied).</param>
    /// <param name="closed">Called once the file is complete and closed.</param>
    public FileOutput(string path, Action closed)
    {
        _file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.ReadWrite, bufferSize: 0);
        _closed = closed;
    }

    public override void WriteByte(byte b)
    {
        if (_buffered == BufferSize)
            FlushBuffer();
        _buffer[_buffered++] = b;
    }

    public override void WriteBytes(byte[] b, int offset, int length)
    {
        if (length > BufferSize - _buffered)
        {
            FlushBuffer();
            if (length >= BufferSize)
            {
                WriteThrough(new ReadOnlySpan<byte>(b, offset, length)); // copies of whole chunks as segments merge
                return;
            }
        }
        Buffer.BlockCopy(b, offset, _buffer, _buffered, length);
        _buffered += length;
    }

    private void FlushBuffer()
    {
        if (_disposed)
            throw new ObjectDisposedException(ToString());
        if (_buffered == 0)
            return;
        WriteThrough(new ReadOnlySpan<byte>(_buffer, 0, _buffered));
        _buffered = 0;
    }

    /// <summary>Writes <paramref name="bytes"/> to the file after what is there, and into its checksum.</summary>
    private void WriteThrough(ReadOnlySpan<byte> bytes)
    {
        _crc.Append(bytes);
        _file.Write(bytes);
        _flushed += bytes.Length;
    }

    public override long Position => _flushed + _buffered;

    public override long Checksum
    {
        get
        {
            FlushBuffer();
            return _crc.GetCurrentHashAsUInt32();
        }
    }

    public override long Length
    {
        get => Position;
        set { } // a length hint; the file is as long as what is written
    }

    public override void Flush() => FlushBuffer();

    /// <summary>Not used by the codecs of Lucene 4.8, which write every file front to back.</summary>
    [Obsolete("(4.1) this method will be removed in Lucene 5.0")]
    public override void Seek(long pos) => throw new NotSupportedException("index files are written front to back");

    protected override void Dispose(bool disposing)
    {
        if (!disposing || _disposed)
            return;
        try
        {
            FlushBuffer();
        }
        finally
        {
            _disposed = true;
            _file.Dispose();
            _closed();
        }
    }
}
#endif
