using System;
using System.Collections.Generic;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using PolicyParse.Model;
using PolicyParse.Search.Indexing;

namespace PolicyParse.Search.Searching;

/// <summary>
/// The notices with a given status on a day, as a query: their own 施行 and term dates (stored as
/// numbers), and for repealed ones the keys that notices in force by that day repeal. Worked out per
/// search, so it is always the index as it is.
/// </summary>
internal static class ValidityFilter
{
    public static Query For(IndexSearcher searcher, ValidityStatus status, DateTime asOf) =>
        For(status, DocumentMapper.DateNumber(asOf), Repealed(searcher, DocumentMapper.DateNumber(asOf)));

    /// <summary>How many notices matching <paramref name="query"/> are in each state on <paramref name="asOf"/> (states with none left out).</summary>
    public static IReadOnlyDictionary<string, int> Count(IndexSearcher searcher, Query query, DateTime asOf)
    {
        int day = DocumentMapper.DateNumber(asOf);
        var repealed = Repealed(searcher, day);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (ValidityStatus status in Enum.GetValues(typeof(ValidityStatus)))
        {
            var inState = new BooleanQuery
            {
                { query, Occur.MUST },
                { For(status, day, repealed), Occur.MUST },
                { new TermQuery(new Term(IndexFields.Kind, "notice")), Occur.MUST },
                { new TermQuery(new Term(IndexFields.Duplicate, "true")), Occur.MUST_NOT }, // a notice once, as the hits count it
            };
            var collector = new TotalHitCountCollector();
            searcher.Search(inState, collector);
            if (collector.TotalHits > 0)
                counts[Name(status)] = collector.TotalHits;
        }
        return counts;
    }

    /// <summary>A status as the API and the facet name it: inForce, notYetInForce, expired, repealed, unknown.</summary>
    public static string Name(ValidityStatus status) => char.ToLowerInvariant(status.ToString()[0]) + status.ToString().Substring(1);

    private static Query For(ValidityStatus status, int day, Query repealed)
    {
        var effectiveAny = NumericRangeQuery.NewInt32Range(IndexFields.Effective, null, null, true, true);
        var expiresAny = NumericRangeQuery.NewInt32Range(IndexFields.Expires, null, null, true, true);
        var started = NumericRangeQuery.NewInt32Range(IndexFields.Effective, null, day, true, true);
        var notStarted = NumericRangeQuery.NewInt32Range(IndexFields.Effective, day, null, false, true);
        var lapsed = NumericRangeQuery.NewInt32Range(IndexFields.Expires, null, day, true, false);
        var query = new BooleanQuery();
        switch (status)
        {
            case ValidityStatus.Repealed:
                return repealed;
            case ValidityStatus.InForce:
                // Started, or (stating only a term) signed by then; and not lapsed.
                var termOnly = new BooleanQuery
                {
                    { expiresAny, Occur.MUST },
                    { NumericRangeQuery.NewInt32Range(IndexFields.SignDate, null, day, true, true), Occur.MUST },
                    { effectiveAny, Occur.MUST_NOT },
                };
                query.Add(new BooleanQuery { { started, Occur.SHOULD }, { termOnly, Occur.SHOULD } }, Occur.MUST);
                query.Add(lapsed, Occur.MUST_NOT);
                break;
            case ValidityStatus.NotYetInForce:
                query.Add(notStarted, Occur.MUST);
                break;
            case ValidityStatus.Expired:
                query.Add(lapsed, Occur.MUST);
                break;
            default: // unknown: the text states neither date
                query.Add(new TermQuery(new Term(IndexFields.Kind, "notice")), Occur.MUST);
                query.Add(effectiveAny, Occur.MUST_NOT);
                query.Add(expiresAny, Occur.MUST_NOT);
                break;
        }
        query.Add(repealed, Occur.MUST_NOT);
        return query;
    }

    /// <summary>The notices repealed by <paramref name="day"/>: those a notice in force by then names in its repeals (by 文号 or title).</summary>
    private static Query Repealed(IndexSearcher searcher, int day)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var reader = leaf.AtomicReader;
            var terms = reader.GetTerms(IndexFields.Repeals)?.GetEnumerator();
            if (terms is null) continue;
            DocsEnum? docs = null;
            while (terms.MoveNext())
            {
                var key = terms.Term.Utf8ToString();
                if (keys.Contains(key)) continue;
                docs = terms.Docs(reader.LiveDocs, docs, DocsFlags.NONE);
                for (int doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
                {
                    var d = StoredFields.Load(reader, doc, IndexFields.Effective, IndexFields.SignDate);
                    var start = d.GetField(IndexFields.Effective)?.GetInt32Value() ?? d.GetField(IndexFields.SignDate)?.GetInt32Value();
                    if (start is null || start <= day)
                    {
                        keys.Add(key);
                        break;
                    }
                }
            }
        }
        var any = new BooleanQuery();
        foreach (var key in keys)
            any.Add(key.StartsWith("number|", StringComparison.Ordinal)
                ? new TermQuery(new Term(IndexFields.DocNumber, key.Substring("number|".Length)))
                : new TermQuery(new Term(IndexFields.TitleKey, key)), Occur.SHOULD);
        return any; // no clauses: matches nothing
    }
}
