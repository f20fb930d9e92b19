using System.Collections.Generic;
using System.IO;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace PolicyParse.Search.Analysis;

/// <summary>A token as an analyzer emitted it: its term, its offsets in the text, and its position.</summary>
public sealed record AnalyzedToken(string Term, int Start, int End, int Position);

/// <summary>Runs any Lucene analyzer over a text and collects its tokens.</summary>
public static class AnalyzerExtensions
{
    /// <summary>The tokens of <paramref name="text"/>, positions counted from 0.</summary>
    public static List<AnalyzedToken> Analyze(this Analyzer analyzer, string text, string field = "text")
    {
        var tokens = new List<AnalyzedToken>();
        using var stream = analyzer.GetTokenStream(field, new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        int position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add(new AnalyzedToken(term.ToString(), offset.StartOffset, offset.EndOffset, position));
        }
        stream.End();
        return tokens;
    }
}
