using System;

namespace PolicyParse.Search.Searching;

/// <summary>Which documents a search returns.</summary>
public enum SearchKind
{
    /// <summary>Notices and tasks.</summary>
    All,
    /// <summary>Notices only.</summary>
    Notices,
    /// <summary>Tasks only.</summary>
    Tasks,
}

/// <summary>Filters, paging and order of a search.</summary>
public sealed class SearchOptions
{
    /// <summary>Notices, tasks or both.</summary>
    public SearchKind Kind { get; init; } = SearchKind.All;
    /// <summary>Issuer name or part of it (matched as a phrase).</summary>
    public string? Issuer { get; init; }
    /// <summary>Exact document type: 通知, 意见, 办法 …</summary>
    public string? DocType { get; init; }
    /// <summary>Signed in this year.</summary>
    public int? Year { get; init; }
    /// <summary>Signed on or after.</summary>
    public DateTime? From { get; init; }
    /// <summary>Signed on or before.</summary>
    public DateTime? To { get; init; }
    /// <summary>A unit a task is assigned to, or part of its name.</summary>
    public string? Unit { get; init; }
    /// <summary>Tasks due on or before.</summary>
    public DateTime? DeadlineBefore { get; init; }
    /// <summary>Only ongoing (or only dated) tasks.</summary>
    public bool? Ongoing { get; init; }
    /// <summary>Only notices with this 时效性 on <see cref="AsOf"/> (their own dates, and the notices that repeal them); tasks have none.</summary>
    public PolicyParse.Model.ValidityStatus? Status { get; init; }
    /// <summary>The day <see cref="Status"/> is judged on; today when null.</summary>
    public DateTime? AsOf { get; init; }
    /// <summary>Also count the matching notices by status on <see cref="AsOf"/>: a "status" facet, counted in the same pass as the others.</summary>
    public bool CountStatuses { get; init; }
    /// <summary>Hits per page.</summary>
    public int Top { get; init; } = 10;
    /// <summary>Hits to skip (paging).</summary>
    public int Skip { get; init; }
    /// <summary>
    /// Snippets as HTML: the text escaped and the matched words in &lt;mark&gt;; otherwise plain text with
    /// the matched words in 【…】 (for terminals).
    /// </summary>
    public bool HtmlSnippets { get; init; }
    /// <summary>Newest first instead of by relevance.</summary>
    public bool SortByDate { get; init; }
    /// <summary>Most cited first (by the notices of the index, by 文号 or title), then by relevance; before <see cref="SortByDate"/>.</summary>
    public bool SortByCitations { get; init; }
}
