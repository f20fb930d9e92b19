using System;
using System.Collections.Generic;
using System.IO;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace PolicyParse.Search.Analysis;

/// <summary>
/// Lucene tokenizer for Chinese text: runs of Han characters are segmented into words; runs of Latin
/// letters and digits (2021, IPv6, 5G, 12345) stay whole; everything else (punctuation, spaces) only
/// separates. Latin letters come out lower-cased (ASCII and full-width only: Chinese has no case, and
/// Lucene's LowerCaseFilter maps every character of every token through culture-aware case tables).
/// Offsets are exact; in index mode a sub-word has a position increment of 0, so it stands at the
/// position of the word it is part of.
/// </summary>
public sealed class ChineseTokenizer : Tokenizer
{
    /// <summary>Longest Han run segmented at once; a longer run (a 10 MB line of one character) is cut into pieces this long.</summary>
    internal const int MaxRun = 4096;

    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _position;
    private readonly ChineseSegmenter _segmenter;
    private readonly SegmentationMode _mode;
    private readonly List<Segment> _pending = new();
    private readonly ChineseSegmenter.Buffers _buffers = new();
    private char[] _text = Array.Empty<char>();
    private int _length;
    private int _cursor;
    private int _next;
    private bool _correctsOffsets; // the input is a CharFilter, whose offsets differ from the text's

    internal ChineseTokenizer(TextReader input, ChineseSegmenter segmenter, SegmentationMode mode) : base(input)
    {
        _segmenter = segmenter;
        _mode = mode;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
    }

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        ClearAttributes();
        while (_next >= _pending.Count)
        {
            _pending.Clear();
            _next = 0;
            if (!FillPending())
                return false;
        }
        var segment = _pending[_next++];
        _term.CopyBuffer(_text, segment.Start, segment.End - segment.Start);
        if (segment.IsLatin)
            LatinLowerCaseFilter.LowerCase(_term.Buffer, _term.Length);
        if (_correctsOffsets)
            _offset.SetOffset(CorrectOffset(segment.Start), CorrectOffset(segment.End));
        else
            _offset.SetOffset(segment.Start, segment.End);
        _position.PositionIncrement = segment.InsidePrevious ? 0 : 1;
        return true;
    }

    /// <summary>Reads the next run from the cursor: a Han run is segmented, a Latin/digit run is one token.</summary>
    private bool FillPending()
    {
        while (_cursor < _length && Kind(_text[_cursor]) == CharKind.Other)
            _cursor++;
        if (_cursor >= _length)
            return false;
        int start = _cursor;
        var kind = Kind(_text[start]);
        while (_cursor < _length && Kind(_text[_cursor]) == kind && (kind != CharKind.Han || _cursor - start < MaxRun))
            _cursor++;
        if (kind == CharKind.Han)
            _segmenter.Cut(_text, start, _cursor, _mode, _pending, _buffers);
        else
            _pending.Add(new Segment(start, _cursor, InsidePrevious: false, IsLatin: true));
        return true;
    }

    private enum CharKind : byte { Other, Han, Word }

    // The kind of every UTF-16 code unit, computed once: the tokenizer asks it of every character.
    private static readonly CharKind[] Kinds = ComputeKinds();

    private static CharKind Kind(char c) => Kinds[c];

    private static CharKind[] ComputeKinds()
    {
        var kinds = new CharKind[char.MaxValue + 1];
        for (int i = 0; i <= char.MaxValue; i++)
        {
            char c = (char)i;
            if ((c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\uF900' && c <= '\uFAFF') || c == '〇')
                kinds[i] = CharKind.Han;
            else if (c < 0x80 ? char.IsLetterOrDigit(c) : (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ') || (c >= '０' && c <= '９') || (c < 0x2E80 && char.IsLetter(c)))
                kinds[i] = CharKind.Word;
        }
        return kinds;
    }

    /// <inheritdoc />
    public override void Reset()
    {
        base.Reset();
        _correctsOffsets = m_input is CharFilter;
        // The whole input is read at once: a sentence may run across any buffer boundary.
        if (_text.Length < 4096) _text = new char[4096];
        _length = 0;
        int read;
        while ((read = m_input.Read(_text, _length, _text.Length - _length)) > 0)
        {
            _length += read;
            if (_length == _text.Length)
                Array.Resize(ref _text, _text.Length * 2);
        }
        _cursor = 0;
        _pending.Clear();
        _next = 0;
    }

    /// <inheritdoc />
    public override void End()
    {
        base.End();
        int final = CorrectOffset(_length);
        _offset.SetOffset(final, final);
    }
}
