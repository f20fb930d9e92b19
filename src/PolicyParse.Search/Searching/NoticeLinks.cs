using System;
using System.Collections.Generic;
using System.Linq;
using Lucene.Net.Index;
using Lucene.Net.Search;
using PolicyParse.Json;
using PolicyParse.Model;
using PolicyParse.Search.Indexing;

namespace PolicyParse.Search.Searching;

/// <summary>Another notice a notice is linked to: found in the index (<see cref="NoticeId"/> set) or only named by the text.</summary>
/// <param name="Title">Its title (as indexed when found, else as cited).</param>
/// <param name="DocNumber">Its 文号, if any.</param>
/// <param name="NoticeId">The SHA-256 of its source when the index holds it; null for a citation the index cannot resolve.</param>
/// <param name="Effective">When it took effect (its 施行 date, else its signing date), for a repeal's date.</param>
public sealed record NoticeLink(string? Title, string? DocNumber, string? NoticeId, DateTime? Effective);

/// <summary>
/// A notice among the others: what it cites, what cites it, what repeals it, and its status on a day.
/// Resolved when asked, against the index as it is: a cited notice indexed later is found, a deleted
/// one is gone.
/// </summary>
public sealed record NoticeLinks(
    IReadOnlyList<NoticeLink> Cites,
    IReadOnlyList<NoticeLink> CitedBy,
    IReadOnlyList<NoticeLink> RepealedBy,
    ValidityStatus Status);

/// <summary>Finds a notice's links in an index.</summary>
internal static class CitationGraph
{
    private const int MaxLinks = 200;

    public static NoticeLinks Links(IndexSearcher searcher, PolicyDocument notice, string docKey, DateTime asOf)
    {
        var cites = notice.References.Select(r => Resolve(searcher, r) ?? new NoticeLink(r.Title, r.DocNumber, null, null)).ToList();
        var ownKeys = OwnKeys(notice).ToList();
        var citedBy = Referring(searcher, IndexFields.Cites, ownKeys, docKey);
        var repealedBy = Referring(searcher, IndexFields.Repeals, ownKeys, docKey);
        var status = repealedBy.Any(r => r.Effective is null || r.Effective <= asOf)
            ? ValidityStatus.Repealed
            : notice.Validity?.StatusOn(asOf, notice.SignDate) ?? ValidityStatus.Unknown;
        return new NoticeLinks(cites, citedBy, repealedBy, status);
    }

    /// <summary>The keys others cite this notice by: its 文号, its title and its inner title.</summary>
    private static IEnumerable<string> OwnKeys(PolicyDocument notice)
    {
        if (notice.DocNumber is { } number)
            yield return CitationKeys.Number(number.Text);
        foreach (var title in new[] { notice.Title, notice.InnerTitle }.Where(t => !string.IsNullOrEmpty(t)).Distinct())
            yield return CitationKeys.Title(title!);
    }

    /// <summary>The indexed notice a reference names (by 文号, else by title), or null.</summary>
    private static NoticeLink? Resolve(IndexSearcher searcher, DocumentReference reference)
    {
        var key = CitationKeys.Of(reference);
        if (key is null)
            return null;
        var field = key.StartsWith("number|", StringComparison.Ordinal) ? IndexFields.DocNumber : IndexFields.TitleKey;
        var value = field == IndexFields.DocNumber ? key.Substring("number|".Length) : key;
        return Notices(searcher, new TermQuery(new Term(field, value)), 1).FirstOrDefault();
    }

    /// <summary>The notices whose <paramref name="field"/> holds one of <paramref name="keys"/>, other than the notice's own files.</summary>
    private static List<NoticeLink> Referring(IndexSearcher searcher, string field, List<string> keys, string docKey)
    {
        if (keys.Count == 0)
            return new List<NoticeLink>();
        var any = new BooleanQuery();
        foreach (var key in keys)
            any.Add(new TermQuery(new Term(field, key)), Occur.SHOULD);
        var query = new BooleanQuery { { any, Occur.MUST }, { new TermQuery(new Term(IndexFields.DocKey, docKey)), Occur.MUST_NOT } };
        return Notices(searcher, query, MaxLinks);
    }

    /// <summary>The notices (one file each: not the duplicates) that match <paramref name="query"/>, oldest first.</summary>
    private static List<NoticeLink> Notices(IndexSearcher searcher, Query query, int max)
    {
        var notices = new BooleanQuery
        {
            { query, Occur.MUST },
            { new TermQuery(new Term(IndexFields.Kind, "notice")), Occur.MUST },
            { new TermQuery(new Term(IndexFields.Duplicate, "true")), Occur.MUST_NOT },
        };
        var links = new List<NoticeLink>();
        foreach (var hit in searcher.Search(notices, max).ScoreDocs)
        {
            var d = StoredFields.Load(searcher.IndexReader, hit.Doc, IndexFields.Title, IndexFields.DocNumber, IndexFields.Sha256, IndexFields.Effective, IndexFields.SignDate);
            var effective = d.GetField(IndexFields.Effective)?.GetInt32Value() ?? d.GetField(IndexFields.SignDate)?.GetInt32Value();
            links.Add(new NoticeLink(d.Get(IndexFields.Title), d.Get(IndexFields.DocNumber), d.Get(IndexFields.Sha256),
                effective is int n ? new DateTime(n / 10000, n / 100 % 100, n % 100) : null));
        }
        return links.OrderBy(l => l.Effective ?? DateTime.MaxValue).ToList();
    }
}
