using System;
using System.Collections.Generic;
using PolicyParse.Model;

namespace PolicyParse.Search.Searching;

/// <summary>Another notice a notice is linked to: found in the index (<see cref="NoticeId"/> set) or only named by the text.</summary>
/// <param name="Title">Its title (as indexed when found, else as cited).</param>
/// <param name="DocNumber">Its 文号, if any.</param>
/// <param name="NoticeId">The SHA-256 of its source when the index holds it; null for a citation the index cannot resolve.</param>
/// <param name="Effective">When it took effect (its 施行 date, else its signing date), for a repeal's date.</param>
public sealed record NoticeLink(string? Title, string? DocNumber, string? NoticeId, DateTime? Effective);

/// <summary>
/// A notice among the others: what it cites, what cites it, what it repeals or amends and what repeals or
/// amends it, what it forwards and what forwards it, and its status on a day.
/// Resolved when asked, against the index as it is: a cited notice indexed later is found, a deleted
/// one is gone.
/// </summary>
public sealed record NoticeLinks(
    IReadOnlyList<NoticeLink> Cites,
    IReadOnlyList<NoticeLink> CitedBy,
    IReadOnlyList<NoticeLink> RepealedBy,
    ValidityStatus Status)
{
    /// <summary>The documents it repeals (its <see cref="NoticeValidity.Repeals"/>, found or named only).</summary>
    public IReadOnlyList<NoticeLink> Repeals { get; init; } = Array.Empty<NoticeLink>();

    /// <summary>The documents it amends (its <see cref="NoticeValidity.Amends"/>, found or named only).</summary>
    public IReadOnlyList<NoticeLink> Amends { get; init; } = Array.Empty<NoticeLink>();

    /// <summary>The notices that amend it, and the amending documents its own history names; an amendment leaves its status as it is.</summary>
    public IReadOnlyList<NoticeLink> AmendedBy { get; init; } = Array.Empty<NoticeLink>();

    /// <summary>For a 转发/批转 notice, the notice it forwards (found, or named only); else null.</summary>
    public NoticeLink? Forwards { get; init; }

    /// <summary>The notices that forward this one (a city's 转发 of a province's notice).</summary>
    public IReadOnlyList<NoticeLink> ForwardedBy { get; init; } = Array.Empty<NoticeLink>();

    /// <summary>The 转发 chain up to this notice: the first notice forwarded, then each that forwards it, this one last; just this one when it forwards none.</summary>
    public IReadOnlyList<NoticeLink> Chain { get; init; } = Array.Empty<NoticeLink>();
}
