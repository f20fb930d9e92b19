using System;
using System.Collections.Generic;
using System.IO;
using Lucene.Net.Index;
using Lucene.Net.Search;
using PolicyParse.Search.Indexing;
using PolicyParse.Search.Searching.Facets;

namespace PolicyParse.Search.Searching;

/// <summary>
/// The search side of a <see cref="PolicyIndex"/>, as extension methods: indexing knows nothing of
/// searching, and a caller who imports this namespace writes <c>index.CreateSearcher()</c> as before.
/// </summary>
public static class PolicyIndexSearching
{
    /// <summary>A searcher over <paramref name="index"/>; cheap, and safe to share between threads.</summary>
    public static PolicySearcher CreateSearcher(this PolicyIndex index) => new(index);

    /// <summary>What the index holds: counts by kind, format, year and issuer; size on disk; last commit.</summary>
    public static IndexStatistics Statistics(this PolicyIndex index) => index.WithSearcher(searcher =>
    {
        int Count(Query q) => searcher.Search(q, 1).TotalHits;
        var files = new TermQuery(new Term(IndexFields.Kind, "notice"));
        var formats = new Dictionary<string, int>();
        foreach (var format in TermsOf(searcher.IndexReader, IndexFields.Format))
        {
            int n = Count(new BooleanQuery { { files, Occur.MUST }, { new TermQuery(new Term(IndexFields.Format, format)), Occur.MUST } });
            if (n > 0) formats[format] = n;
        }
        Query Standing(string kind) => new BooleanQuery
        {
            { new TermQuery(new Term(IndexFields.Kind, kind)), Occur.MUST },
            { new TermQuery(new Term(IndexFields.Duplicate, "true")), Occur.MUST_NOT },
        };
        var notices = Standing("notice");
        var facets = new FacetCounter();
        searcher.Search(notices, facets);
        long bytes = 0;
        DateTime? lastCommit = null;
        var folder = new DirectoryInfo(index.Location);
        foreach (var file in folder.Exists ? folder.GetFiles() : Array.Empty<FileInfo>()) // none for an index in memory
        {
            bytes += file.Length;
            if (file.Name.StartsWith("segments_", StringComparison.Ordinal) && (lastCommit is null || file.LastWriteTimeUtc > lastCommit))
                lastCommit = file.LastWriteTimeUtc;
        }
        return new IndexStatistics(Count(notices), Count(Standing("task")), formats,
            facets.Counts["year"], facets.Counts["issuer"], bytes, lastCommit)
        { Files = Count(files) };
    });

    /// <summary>The values a field holds in the index (a deleted document's may be among them: counts tell).</summary>
    private static List<string> TermsOf(IndexReader reader, string field)
    {
        var values = new List<string>();
        var terms = MultiFields.GetTerms(reader, field)?.GetEnumerator();
        while (terms is not null && terms.MoveNext())
            values.Add(terms.Term.Utf8ToString());
        return values;
    }
}
