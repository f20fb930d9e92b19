using System;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Util;

namespace PolicyParse.Search.Analysis;

/// <summary>
/// How an index's text is cut into terms: a name the index records, and the analyzers for its text, for
/// queries and for highlighting. An index is searched with the analysis it was built with; any Lucene.Net
/// analyzer can be plugged in under a name of its own.
/// </summary>
public sealed class TextAnalysis
{
    private readonly Func<Analyzer> _index;
    private readonly Func<Analyzer> _query;

    /// <param name="name">Recorded in the index: opening it with another analysis is an error.</param>
    /// <param name="index">Makes the analyzer of indexed text (also used to find the words a snippet highlights).</param>
    /// <param name="query">Makes the analyzer of query text; the index's when null.</param>
    public TextAnalysis(string name, Func<Analyzer> index, Func<Analyzer>? query = null)
    {
        if (string.IsNullOrWhiteSpace(name))
            throw new ArgumentException("an analysis needs a name", nameof(name));
        Name = name;
        _index = index ?? throw new ArgumentNullException(nameof(index));
        _query = query ?? index;
    }

    /// <summary>The name the index records ("jieba", "cjk", "smartcn" …).</summary>
    public string Name { get; }

    /// <summary>A new analyzer for indexed text.</summary>
    public Analyzer CreateIndexAnalyzer() => _index();

    /// <summary>A new analyzer for query text.</summary>
    public Analyzer CreateQueryAnalyzer() => _query();

    /// <summary>PolicyParse's own: jieba's dictionary and HMM with a government lexicon, words and their sub-words indexed, the best route for queries. The default.</summary>
    public static TextAnalysis Jieba { get; } = new("jieba",
        () => new ChineseAnalyzer(SegmentationMode.Index), () => new ChineseAnalyzer(SegmentationMode.Search));

    /// <summary>Lucene's CJKAnalyzer: overlapping character bigrams, no dictionary.</summary>
    public static TextAnalysis Cjk { get; } = new("cjk", () => new CJKAnalyzer(LuceneVersion.LUCENE_48));

    /// <inheritdoc />
    public override string ToString() => Name;
}
