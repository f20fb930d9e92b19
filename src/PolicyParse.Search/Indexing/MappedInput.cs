#if NET6_0_OR_GREATER
using System;
using System.Buffers.Binary;
using System.IO;
using System.IO.MemoryMappedFiles;
using Lucene.Net.Store;

namespace PolicyParse.Search.Indexing;

/// <summary>
/// An index file read straight from a memory-mapped view through a pointer: a read is a copy from
/// memory, with no system call, no lock and no buffer, and a clone is an offset. Lucene.Net's own
/// MMapDirectory reads through MemoryMappedViewAccessor a byte at a time, which slows down under
/// concurrent searches (lucenenet#1151). The view stays mapped until the input Lucene opened (not a
/// clone) is disposed, which a reader does only when no search holds it any more.
/// </summary>
internal sealed unsafe class MappedInput : IndexInput
{
    private readonly Mapping _mapping;
    private readonly byte* _start;
    private readonly long _length;
    private long _position;
    private bool _isClone;

    private MappedInput(string description, Mapping mapping, byte* start, long length) : base(description)
    {
        _mapping = mapping;
        _start = start;
        _length = length;
    }

    /// <summary>Maps the whole of <paramref name="file"/> (not empty), which the input then owns.</summary>
    public static MappedInput Open(string description, FileStream file)
    {
        var mapping = new Mapping(file);
        return new MappedInput(description, mapping, mapping.Pointer, file.Length);
    }

    public override long Length => _length;

    public override long Position => _position;

    public override void Seek(long pos)
    {
        if (pos < 0 || pos > _length)
            throw new EndOfStreamException($"seek past EOF ({pos} of {_length}): {this}");
        _position = pos;
    }

    public override byte ReadByte()
    {
        if (_position >= _length)
            throw new EndOfStreamException($"read past EOF: {this}");
        return _start[_position++];
    }

    public override void ReadBytes(byte[] b, int offset, int len)
    {
        if (len > _length - _position)
            throw new EndOfStreamException($"read past EOF: {this}");
        new ReadOnlySpan<byte>(_start + _position, len).CopyTo(b.AsSpan(offset, len));
        _position += len;
    }

    public override short ReadInt16() => BinaryPrimitives.ReadInt16BigEndian(Take(2));

    public override int ReadInt32() => BinaryPrimitives.ReadInt32BigEndian(Take(4));

    public override long ReadInt64() => BinaryPrimitives.ReadInt64BigEndian(Take(8));

    public override int ReadVInt32()
    {
        if (_length - _position < 5)
            return base.ReadVInt32(); // near the end: byte by byte, with the bounds checks
        byte* p = _start + _position;
        int value = 0;
        for (int shift = 0; shift <= 28; shift += 7)
        {
            byte b = *p++;
            value |= (b & 0x7F) << shift;
            if (b < 0x80)
            {
                _position = p - _start;
                return value;
            }
        }
        throw new IOException($"invalid vInt: {this}");
    }

    public override long ReadVInt64()
    {
        if (_length - _position < 9)
            return base.ReadVInt64();
        byte* p = _start + _position;
        long value = 0;
        for (int shift = 0; shift <= 56; shift += 7)
        {
            byte b = *p++;
            value |= (long)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                _position = p - _start;
                return value;
            }
        }
        throw new IOException($"invalid vLong: {this}");
    }

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count > _length - _position)
            throw new EndOfStreamException($"read past EOF: {this}");
        var span = new ReadOnlySpan<byte>(_start + _position, count);
        _position += count;
        return span;
    }

    public override object Clone()
    {
        var clone = (MappedInput)base.Clone();
        clone._isClone = true; // the mapping stays the original's to release
        return clone;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_isClone)
            _mapping.Dispose();
    }

    /// <summary>A file's mapping and the pointer to its first byte, held until disposed.</summary>
    private sealed class Mapping : IDisposable
    {
        private readonly MemoryMappedFile _file;
        private readonly MemoryMappedViewAccessor _view;

        public Mapping(FileStream file)
        {
            _file = MemoryMappedFile.CreateFromFile(file, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: false);
            try
            {
                _view = _file.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read);
                byte* pointer = null;
                _view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
                Pointer = pointer + _view.PointerOffset;
            }
            catch
            {
                _view?.Dispose();
                _file.Dispose();
                throw;
            }
        }

        public byte* Pointer { get; }

        public void Dispose()
        {
            _view.SafeMemoryMappedViewHandle.ReleasePointer();
            _view.Dispose();
            _file.Dispose();
        }
    }
}
#endif
