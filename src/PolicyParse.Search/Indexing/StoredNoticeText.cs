using System;
using System.Collections.Generic;
using System.Linq;
using Lucene.Net.Index;
using PolicyParse.Model;

namespace PolicyParse.Search.Indexing;

/// <summary>
/// A notice stored once: the stored body (<see cref="NoticeText.Body"/>, which snippets read) holds its
/// text, and the contract JSON stored beside it holds everything else — the preamble, headings and
/// section texts left out — with the length of each of those pieces in the body (<see cref="NoticeText.Pieces"/>).
/// The text was half of every notice's stored bytes a second time.
/// </summary>
internal static class StoredNoticeText
{
    /// <summary><paramref name="notice"/> without the text its body holds: no preamble, no headings, empty section texts.</summary>
    public static PolicyDocument WithoutText(PolicyDocument notice) =>
        notice with { Preamble = null, Sections = SectionsWithoutText(notice.Sections) };

    private static IReadOnlyList<SectionNode> SectionsWithoutText(IReadOnlyList<SectionNode> sections) =>
        sections.Count == 0 ? sections : sections.Select(s => s with { Heading = null, Text = "", Children = SectionsWithoutText(s.Children) }).ToArray();

    /// <summary>The notice <see cref="WithoutText"/> made of, given its body and the lengths of the pieces.</summary>
    /// <exception cref="CorruptIndexException">The pieces do not make up the body.</exception>
    public static PolicyDocument Restore(PolicyDocument withoutText, string body, IReadOnlyList<int> pieces)
    {
        var reader = new PieceReader(body, pieces);
        var preamble = reader.Line();
        var sections = reader.Sections(withoutText.Sections);
        reader.End();
        return withoutText with { Preamble = preamble, Sections = sections };
    }

    /// <summary>Encodes piece lengths for storing: each as a variable-length integer, 7 bits a byte.</summary>
    public static byte[] Encode(List<int> pieces)
    {
        var bytes = new List<byte>(pieces.Count * 2);
        foreach (int piece in pieces)
        {
            uint value = (uint)piece;
            for (; value >= 0x80; value >>= 7)
                bytes.Add((byte)(value | 0x80));
            bytes.Add((byte)value);
        }
        return bytes.ToArray();
    }

    /// <summary>Reads back the piece lengths <see cref="Encode"/> wrote.</summary>
    /// <exception cref="CorruptIndexException">The bytes end within a number, or a number is over 31 bits.</exception>
    public static List<int> Decode(ReadOnlySpan<byte> bytes)
    {
        var pieces = new List<int>();
        for (int i = 0; i < bytes.Length;)
        {
            uint value = 0;
            for (int shift = 0; ; shift += 7)
            {
                if (i == bytes.Length || shift > 28)
                    throw new CorruptIndexException("a stored notice's piece lengths are damaged");
                byte b = bytes[i++];
                value |= (uint)(b & 0x7F) << shift;
                if (b < 0x80)
                    break;
            }
            if (value > int.MaxValue)
                throw new CorruptIndexException("a stored notice's piece length is out of range");
            pieces.Add((int)value);
        }
        return pieces;
    }

    /// <summary>Takes the pieces off the body in the order <see cref="NoticeText.Body"/> wrote them, checking every length against it.</summary>
    private sealed class PieceReader(string body, IReadOnlyList<int> pieces)
    {
        private int _position;
        private int _piece;

        /// <summary>A piece written with its line feed (0: null).</summary>
        public string? Line()
        {
            int length = Next();
            if (length == 0)
                return null;
            var line = Take(length - 1);
            Skip(1);
            return line;
        }

        /// <summary>A section's text (0: empty), written with a line feed when not empty.</summary>
        public string Text()
        {
            int length = Next();
            if (length == 0)
                return "";
            var text = Take(length);
            Skip(1);
            return text;
        }

        public IReadOnlyList<SectionNode> Sections(IReadOnlyList<SectionNode> sections)
        {
            if (sections.Count == 0)
                return sections;
            var whole = new SectionNode[sections.Count];
            for (int i = 0; i < sections.Count; i++)
            {
                var section = sections[i];
                Skip(section.Marker.Length);
                var heading = Line();
                var text = Text();
                whole[i] = section with { Heading = heading, Text = text, Children = Sections(section.Children) };
            }
            return whole;
        }

        /// <exception cref="CorruptIndexException">Pieces or body are left over.</exception>
        public void End()
        {
            if (_piece != pieces.Count || _position != body.Length)
                throw Damaged();
        }

        private int Next() => _piece < pieces.Count ? pieces[_piece++] : throw Damaged();

        private string Take(int length)
        {
            var text = length <= body.Length - _position ? body.Substring(_position, length) : throw Damaged();
            _position += length;
            return text;
        }

        private void Skip(int length) => _position = length <= body.Length - _position ? _position + length : throw Damaged();

        private static CorruptIndexException Damaged() => new("a stored notice's body does not match its piece lengths");
    }
}
