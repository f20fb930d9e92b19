using System.Collections.Generic;
using System.Linq;
using PolicyParse.Search.Analysis;

namespace PolicyParse.Cli;

/// <summary>
/// How far two analyzers cut a text alike, on Han words only (both leave Latin words and numbers whole),
/// with the second as reference: of the tokens (start–end spans) and of the word ends (boundaries) the
/// first draws, how many the second draws too (precision), and of the second's, how many the first
/// draws (recall).
/// </summary>
internal sealed class TokenAgreement
{
    private int _ours, _theirs, _sameSpans, _oursEnds, _theirsEnds, _sameEnds;

    /// <summary>Adds one text's tokens from both analyzers.</summary>
    public void Add(string text, IEnumerable<AnalyzedToken> ours, IEnumerable<AnalyzedToken> theirs)
    {
        var a = HanSpans(text, ours);
        var b = HanSpans(text, theirs);
        _ours += a.Count;
        _theirs += b.Count;
        _sameSpans += a.Count(b.Contains);
        var aEnds = a.Select(s => s.End).ToHashSet();
        var bEnds = b.Select(s => s.End).ToHashSet();
        _oursEnds += aEnds.Count;
        _theirsEnds += bEnds.Count;
        _sameEnds += aEnds.Count(bEnds.Contains);
    }

    public int OursTokens => _ours;
    public int TheirTokens => _theirs;
    public double SpanPrecision => Ratio(_sameSpans, _ours);
    public double SpanRecall => Ratio(_sameSpans, _theirs);
    public double BoundaryPrecision => Ratio(_sameEnds, _oursEnds);
    public double BoundaryRecall => Ratio(_sameEnds, _theirsEnds);

    private static double Ratio(int part, int whole) => whole == 0 ? 1 : (double)part / whole;

    private static HashSet<(int Start, int End)> HanSpans(string text, IEnumerable<AnalyzedToken> tokens) =>
        tokens.Where(t => t.End > t.Start && t.End <= text.Length && IsHan(text, t.Start, t.End)).Select(t => (t.Start, t.End)).ToHashSet();

    private static bool IsHan(string text, int start, int end)
    {
        for (int i = start; i < end; i++)
            if (text[i] is not (>= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf'))
                return false;
        return true;
    }
}
