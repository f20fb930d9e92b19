using System.CommandLine;
using System.Linq;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Util;
using PolicyParse.Search.Analysis;
using PolicyParse.Search.Indexing;

namespace PolicyParse.Cli;

/// <summary>The analyses the tool offers: PolicyParse's own (jieba), Lucene's SmartCn, and character bigrams (cjk).</summary>
internal static class CliAnalyses
{
    /// <summary>Lucene's SmartChineseAnalyzer (a hidden Markov model over a dictionary of its own), with its stop words.</summary>
    public static TextAnalysis SmartCn { get; } = new("smartcn", () => new SmartChineseAnalyzer(LuceneVersion.LUCENE_48));

    public static TextAnalysis[] All { get; } = { TextAnalysis.Jieba, SmartCn, TextAnalysis.Cjk };

    /// <summary>Options naming the analysis to build with (or none: the index's own, jieba for a new one), knowing all three.</summary>
    public static PolicyIndexOptions Options(string? name = null) =>
        new() { Analysis = name is null ? null : All.Single(a => a.Name == name), Analyses = All };

    public static Option<string?> Option() => new Option<string?>("--analyzer")
    {
        Description = "How text is cut into words: jieba (PolicyParse's own, the default), smartcn (Lucene's SmartCn) or cjk (character bigrams). "
            + "An index keeps the one it was built with.",
    }.AcceptOnlyFromAmong(All.Select(a => a.Name).ToArray());
}
