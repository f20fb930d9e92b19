using System;
using System.Collections.Generic;

namespace PolicyParse.Search.Searching;

/// <summary>One hit. <see cref="NoticeSha256"/> is the SHA-256 of the notice's source (of the task's notice for a task): a key that names no file.</summary>
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
    string? TaskJson,
    string NoticeSha256)
{
    /// <summary>Every file of the notice (of the task's notice), the one the hit shows first: the same notice saved in several formats is one hit.</summary>
    public IReadOnlyList<NoticeFile> Files { get; init; } = Array.Empty<NoticeFile>();
}

/// <summary>A file of a notice and its format ("txt", "docx", "pdf" …).</summary>
public sealed record NoticeFile(string Path, string Format)
{
    /// <summary>The SHA-256 of the file's content when indexed (given by <see cref="PolicySearcher.Notice"/>; null in hits).</summary>
    public string? Sha256 { get; init; }
}

/// <summary>An indexed notice: its contract JSON and its files, the one that stands for it first.</summary>
public sealed record StoredNotice(string Json, IReadOnlyList<NoticeFile> Files);

/// <summary>A page of hits, the total, and facet counts over every match.</summary>
public sealed record SearchResults(
    int Total,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Facets);
