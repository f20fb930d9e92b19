using System;
using System.Collections.Generic;
using PolicyParse.Search.Analysis;

namespace PolicyParse.Search.Indexing;

/// <summary>Settings for <see cref="PolicyIndex"/>.</summary>
public sealed class PolicyIndexOptions
{
    /// <summary>
    /// How text is analyzed. Null: as the index records (found by name among <see cref="Analyses"/>), and
    /// <see cref="TextAnalysis.Jieba"/> for a new index. Given, it must be the one the index was built with.
    /// </summary>
    public TextAnalysis? Analysis { get; init; }

    /// <summary>The analyses an index may name when <see cref="Analysis"/> is null: jieba and cjk unless told.</summary>
    public IReadOnlyList<TextAnalysis> Analyses { get; init; } = new[] { TextAnalysis.Jieba, TextAnalysis.Cjk };

    /// <summary>
    /// Threads one search runs on, each searching one segment of the index at a time; default one per processor.
    /// A service answering many searches at once gains nothing from more than 1. The threads beside the
    /// caller's look for more work for 2 ms after a search before they sleep (waking a sleeping thread is
    /// slow on virtual machines): up to 2 ms of one core's time after a search that no other follows.
    /// </summary>
    public int SearchThreads { get; init; } = Environment.ProcessorCount;
}

/// <summary>An index opened with another analysis than the one it was built with (its terms would not match the queries').</summary>
public sealed class AnalysisMismatchException : InvalidOperationException
{
    internal AnalysisMismatchException(string message) : base(message) { }
}
