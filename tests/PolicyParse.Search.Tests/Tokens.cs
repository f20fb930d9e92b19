using System.IO;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace PolicyParse.Search.Tests;

/// <summary>Runs an analyzer over a text and collects what it emits.</summary>
internal static class Tokens
{
    public sealed record Token(string Term, int Start, int End, int Position);

    public static List<Token> Of(Analyzer analyzer, string text)
    {
        var result = new List<Token>();
        using var stream = analyzer.GetTokenStream("f", new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        int position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            result.Add(new Token(term.ToString(), offset.StartOffset, offset.EndOffset, position));
        }
        stream.End();
        return result;
    }

    public static string[] Terms(Analyzer analyzer, string text) => Of(analyzer, text).Select(t => t.Term).ToArray();
}
