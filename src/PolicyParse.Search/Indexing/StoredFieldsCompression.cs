using System;
using K4os.Compression.LZ4;
using Lucene.Net.Codecs.Compressing;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace PolicyParse.Search.Indexing;

/// <summary>
/// LZ4 for the stored fields' chunks, through K4os.Compression.LZ4 rather than Lucene.Net's own port,
/// which compresses at a quarter of its speed and decompresses at a sixth
/// (StoredFieldsCompressionBenchmarks): the stored notice, body and task JSON are most of what a bulk run
/// writes, and what a search reads back. Same algorithm and level as Lucene's FAST mode, so the index is
/// as large. A block is its compressed length (VInt) and the LZ4 block: Lucene's reader may ask for part
/// of a chunk, and the length lets a partial decode still leave the input after the block.
/// </summary>
internal sealed class StoredFieldsCompression : CompressionMode
{
    public static readonly StoredFieldsCompression Lz4 = new();

    private StoredFieldsCompression() { }

    public override Compressor NewCompressor() => new Lz4Compressor();

    public override Decompressor NewDecompressor() => new Lz4Decompressor();

    public override string ToString() => "K4os LZ4";

    private sealed class Lz4Compressor : Compressor
    {
        private byte[] _compressed = [];

        public override void Compress(byte[] bytes, int off, int len, DataOutput output)
        {
            int bound = LZ4Codec.MaximumOutputSize(len);
            if (_compressed.Length < bound)
                _compressed = new byte[ArrayUtil.Oversize(bound, 1)];
            int length = len == 0 ? 0 : LZ4Codec.Encode(bytes, off, len, _compressed, 0, _compressed.Length);
            if (length < 0)
                throw new InvalidOperationException($"LZ4 could not compress {len} bytes into {_compressed.Length}");
            output.WriteVInt32(length);
            output.WriteBytes(_compressed, 0, length);
        }
    }

    private sealed class Lz4Decompressor : Decompressor
    {
        private byte[] _compressed = [];

        public override void Decompress(DataInput input, int originalLength, int offset, int length, BytesRef bytes)
        {
            int compressedLength = input.ReadVInt32();
            // LZ4 never writes more than its bound: a damaged length must not allocate what it claims.
            if (compressedLength < 0 || compressedLength > LZ4Codec.MaximumOutputSize(originalLength) || (compressedLength == 0) != (originalLength == 0))
                throw new CorruptIndexException($"an LZ4 block of {compressedLength} bytes for {originalLength} bytes of stored fields");
            if (_compressed.Length < compressedLength)
                _compressed = new byte[ArrayUtil.Oversize(compressedLength, 1)];
            input.ReadBytes(_compressed, 0, compressedLength);
            if (bytes.Bytes.Length < originalLength)
                bytes.Bytes = new byte[ArrayUtil.Oversize(originalLength, 1)];
            // Only as far as the caller reads: a document at the start of a chunk needs none of the rest.
            int wanted = offset + length;
            var source = new ReadOnlySpan<byte>(_compressed, 0, compressedLength);
            int decoded = wanted == 0 ? 0
                : wanted < originalLength ? LZ4Codec.PartialDecode(source, new Span<byte>(bytes.Bytes, 0, wanted))
                : LZ4Codec.Decode(source, new Span<byte>(bytes.Bytes, 0, originalLength));
            int expected = Math.Min(wanted, originalLength);
            if (decoded != expected)
                throw new CorruptIndexException($"an LZ4 block of {compressedLength} bytes decoded to {decoded} bytes, not {expected}");
            bytes.Offset = offset;
            bytes.Length = length;
        }

        public override object Clone() => new Lz4Decompressor();
    }
}
