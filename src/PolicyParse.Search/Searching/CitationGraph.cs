using System;
using System.Collections.Generic;
using System.Linq;
using Lucene.Net.Index;
using Lucene.Net.Search;
using PolicyParse.Model;
using PolicyParse.Search.Indexing;

namespace PolicyParse.Search.Searching;

/// <summary>Finds a notice's links in an index.</summary>
internal static class CitationGraph
{
    private const int MaxLinks = 200;

    /// <summary>How far a 转发 chain is followed (province → city → county → township is four).</summary>
    private const int MaxChain = 8;

    public static NoticeLinks Links(IndexSearcher searcher, PolicyDocument notice, string docKey, DateTime asOf)
    {
        var cites = notice.References.Select(r => Resolve(searcher, r) ?? Named(r)).ToList();
        var ownKeys = CitationKeys.OwnKeys(notice).ToList();
        var citedBy = Referring(searcher, IndexFields.Cites, ownKeys, docKey);
        var repealedBy = Referring(searcher, IndexFields.Repeals, ownKeys, docKey);
        var status = repealedBy.Any(r => r.Effective is null || r.Effective <= asOf)
            ? ValidityStatus.Repealed
            : notice.Validity?.StatusOn(asOf, notice.SignDate) ?? ValidityStatus.Unknown;
        var forwarded = CitationKeys.Forwarded(notice);
        var forwards = forwarded is null ? null : Resolve(searcher, forwarded) ?? Named(forwarded);
        var validity = notice.Validity;
        return new NoticeLinks(cites, citedBy, repealedBy, status)
        {
            Repeals = validity?.Repeals.Select(r => Resolve(searcher, r) ?? Named(r)).ToList() ?? new List<NoticeLink>(),
            Amends = validity?.Amends.Select(r => Resolve(searcher, r) ?? Named(r)).ToList() ?? new List<NoticeLink>(),
            AmendedBy = AmendedBy(searcher, notice, ownKeys, docKey),
            Forwards = forwards,
            ForwardedBy = Referring(searcher, IndexFields.Forwards, ownKeys, docKey),
            Chain = Chain(searcher, notice, forwards),
        };
    }

    /// <summary>
    /// The notices that say they amend this one, and the amending documents its own history names (found, or
    /// named only), oldest first, each once.
    /// </summary>
    private static List<NoticeLink> AmendedBy(IndexSearcher searcher, PolicyDocument notice, List<string> ownKeys, string docKey)
    {
        var links = Referring(searcher, IndexFields.Amends, ownKeys, docKey);
        foreach (var named in notice.Validity?.AmendedBy ?? Array.Empty<DocumentReference>())
        {
            var link = Resolve(searcher, named) ?? Named(named);
            if (!links.Exists(l => link.NoticeId is not null ? l.NoticeId == link.NoticeId : l.Title == link.Title))
                links.Add(link);
        }
        return links.OrderBy(l => l.Effective ?? DateTime.MaxValue).ToList();
    }

    private static NoticeLink Named(DocumentReference reference) => new(reference.Title, reference.DocNumber, null, null);

    /// <summary>The notices this one forwards, transitively, the first forwarded first; this notice last.</summary>
    private static List<NoticeLink> Chain(IndexSearcher searcher, PolicyDocument notice, NoticeLink? forwards)
    {
        var chain = new List<NoticeLink> { new(notice.Title, notice.DocNumber?.Text, notice.Source.Sha256, notice.Validity?.Effective ?? notice.SignDate) };
        var seen = new HashSet<string>(StringComparer.Ordinal) { notice.Source.Sha256 };
        for (var link = forwards; link is not null && chain.Count < MaxChain;)
        {
            chain.Insert(0, link);
            if (link.NoticeId is not { } id || !seen.Add(id) || Stored(searcher, id) is not { } upstream)
                break;
            var next = CitationKeys.Forwarded(upstream);
            link = next is null ? null : Resolve(searcher, next) ?? Named(next);
        }
        return chain;
    }

    /// <summary>The stored notice whose source has this SHA-256, or null.</summary>
    private static PolicyDocument? Stored(IndexSearcher searcher, string sha256)
    {
        var top = searcher.Search(PolicySearcher.NoticeOf(sha256), 1);
        return top.TotalHits == 0 ? null : StoredFields.Notice(searcher.Doc(top.ScoreDocs[0].Doc));
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
