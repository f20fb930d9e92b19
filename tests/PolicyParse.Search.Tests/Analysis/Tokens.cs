using Lucene.Net.Analysis;
using PolicyParse.Search.Analysis;

namespace PolicyParse.Search.Tests;

/// <summary>Runs an analyzer over a text and collects what it emits.</summary>
internal static class Tokens
{
    public static List<AnalyzedToken> Of(Analyzer analyzer, string text) => analyzer.Analyze(text, "f");

    public static string[] Terms(Analyzer analyzer, string text) => Of(analyzer, text).Select(t => t.Term).ToArray();
}
