using System;
using System.Collections.Generic;

namespace PolicyParse.Search.Searching;

/// <summary>One hit.</summary>
public sealed record SearchHit(
    string Id,
    string Kind,
    string Title,
    string? DocNumber,
    IReadOnlyList<string> Issuers,
    DateTime? SignDate,
    string Path,
    float Score,
    IReadOnlyList<string> Snippets,
    string? TaskJson);

/// <summary>A page of hits, the total, and facet counts over every match.</summary>
public sealed record SearchResults(
    int Total,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Facets);
