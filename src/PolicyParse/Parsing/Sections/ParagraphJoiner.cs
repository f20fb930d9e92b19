using System;
using System.Collections.Generic;
using System.Linq;
using PolicyParse.Parsing.Dates;

namespace PolicyParse.Parsing.Sections;

/// <summary>
/// Re-joins body paragraphs that an extraction broke in the middle ("…全面梳理编写公布镇街政府行" +
/// "政机关机构职能目录…"). A line is continued when it stops without closing punctuation although it is
/// running text (it has clauses or an open bracket) and the next line does not start a new unit.
/// Short headings without punctuation ("（一）加强政府信息管理"), and short level-1 headings with clauses
/// ("一、加强统筹，压实责任"), are complete and never joined. A paragraph being joined keeps running
/// tallies of what the rules ask, so a run of any length is joined in linear time.
/// </summary>
internal static class ParagraphJoiner
{
    private const string ClosingPunctuation = "。！？；;：:…）)】」』!?";

    public static List<Line> Join(IEnumerable<Line> lines)
    {
        var result = new List<Line>();
        var open = new Paragraph(); // one, started again for each paragraph
        foreach (var line in lines)
        {
            if (open.IsStarted && open.ContinuesWith(line))
            {
                open.Append(line);
                continue;
            }
            if (open.IsStarted)
                result.Add(open.ToLine());
            open.Start(line);
        }
        if (open.IsStarted)
            result.Add(open.ToLine());
        return result;
    }

    /// <summary>
    /// A paragraph being joined: its lines, and tallies over its body (the text after its marker). The
    /// tallies are taken only when a rule asks for them — most lines end closed and are never scanned —
    /// and each line is scanned once however many lines follow.
    /// </summary>
    private sealed class Paragraph
    {
        private readonly List<Line> _lines = new();
        private Line _first = null!;
        private int _length, _scanned, _bodyLength, _bracketDepth;
        private bool _hasRunningMark, _hasSentenceEnd, _hasEnumerationComma;
        private char _last, _beforeLast;

        public bool IsStarted => _lines.Count > 0;

        private Line LastLine => _lines[_lines.Count - 1];

        /// <summary>Starts a paragraph at <paramref name="first"/>, forgetting the one before.</summary>
        public void Start(Line first)
        {
            _lines.Clear();
            (_first, _length, _scanned, _bodyLength, _bracketDepth) = (first, 0, 0, 0, 0);
            (_hasRunningMark, _hasSentenceEnd, _hasEnumerationComma, _last, _beforeLast) = (false, false, false, '\0', '\0');
            Append(first);
        }

        public void Append(Line line)
        {
            _lines.Add(line);
            _length += line.Text.Length;
            if (line.Text.Length >= 2) _beforeLast = line.Text[line.Text.Length - 2];
            else if (line.Text.Length == 1) _beforeLast = _last;
            if (line.Text.Length > 0) _last = line.Text[line.Text.Length - 1];
        }

        public Line ToLine() =>
            _lines.Count == 1 ? _first : new Line(string.Concat(_lines.Select(l => l.Text)), string.Concat(_lines.Select(l => l.Raw)), _first.Location, _first.Style) { EndsSourceParagraph = LastLine.EndsSourceParagraph };

        /// <summary>Brings the tallies up to the last line.</summary>
        private void Scan()
        {
            for (; _scanned < _lines.Count; _scanned++)
            {
                var text = _lines[_scanned].Text;
                int bodyStart = _scanned == 0 && _first.Marker is { } m ? m.Length : 0;
                for (int i = bodyStart; i < text.Length; i++)
                {
                    char c = text[i];
                    _bodyLength++;
                    _hasRunningMark |= c is '。' or '，' or ',' or '；' or ';';
                    _hasSentenceEnd |= c is '。' or '！' or '？' or '；' or ';';
                    _hasEnumerationComma |= c == '、';
                    _bracketDepth += c is '（' or '(' ? 1 : c is '）' or ')' ? -1 : 0;
                }
            }
        }

        public bool ContinuesWith(Line b)
        {
            if (_first.IsTable || b.IsTable || _length == 0 || b.Text.Length == 0)
                return false;
            if (EndsClosed() || StartsNewUnit(b))
                return false;
            Scan();
            if (IsWholeHeading())
                return BreaksOffMidClause(b);
            if (IsShortTopHeading())
                return false;
            return (StartsWithFragment(b.Text) && LooksLikeRunningText())
                   || _hasRunningMark || _last == '、' || _bracketDepth > 0;
        }

        /// <summary>
        /// "一、加强统筹，压实责任": a level-1 heading with clauses, shorter than a printed line and not cut
        /// after a comma, is whole; the body starts on the next line.
        /// </summary>
        private bool IsShortTopHeading() =>
            _first.Marker is { Family: MarkerFamily.Level1 } && _bodyLength < 20 && _last != '，' && _last != '、';

        /// <summary>
        /// "一、…，增强依法治水的责任感" followed by a paragraph of its own: a level-1 paragraph of clauses
        /// without a sentence end, which the source ended itself (a Markdown blank line), is a heading however
        /// long. Converters also leave blank lines inside sentences ("…，根据" / "宪法和法律规定，…", "（二）推进
        /// 公开。全面梳理编写公布镇街政府行" / "政机关…", "2. …，及时公布房地产" / "行业违法违规行为…"), so
        /// lower levels, unnumbered paragraphs and running text keep the rules below.
        /// </summary>
        private bool IsWholeHeading() =>
            _first.Marker is { Family: MarkerFamily.Level1 } && LastLine.EndsSourceParagraph && !_hasSentenceEnd;

        /// <summary>A whole heading still continues when it stops after a comma or 、, inside brackets, or before a line starting mid-sentence.</summary>
        private bool BreaksOffMidClause(Line next) =>
            _last is '，' or ',' or '、' || _bracketDepth > 0 || StartsWithFragment(next.Text);

        /// <summary>A short heading ("要求") is complete; a long line or an enumeration with 、 is running text.</summary>
        private bool LooksLikeRunningText() => _bodyLength >= 20 || _hasEnumerationComma;

        private bool EndsClosed() =>
            ClosingPunctuation.IndexOf(_last) >= 0
            // A closing quote ends a paragraph only after a sentence end: “…。”
            || ((_last == '”' || _last == '"') && _length > 1 && "。！？".IndexOf(_beforeLast) >= 0);
    }

    /// <summary>
    /// "步推进。…" after "…统一布局、同": a sentence end within the first three characters means the line
    /// starts in the middle of a sentence, even when the line above looked like a complete heading.
    /// </summary>
    private static bool StartsWithFragment(string text)
    {
        int end = text.IndexOf('。');
        return end is > 0 and <= 3;
    }

    private static bool StartsNewUnit(Line line) =>
        line.Marker is not null
        || ChineseDate.TryParseWhole(line.Text, out _)
        || PublishAttribute.Match(line.Text) is not null
        || line.Text.StartsWith("附件", StringComparison.Ordinal)
        || line.Text.StartsWith("抄送", StringComparison.Ordinal);
}
