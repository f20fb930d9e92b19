using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using PolicyParse.Search.Indexing;
using PolicyParse.Search.Searching.Facets;

namespace PolicyParse.Search.Searching.Scoring;

/// <summary>
/// Sorts hits by how many notices of the index cite them (by 文号 or by title), counted for the search
/// from the index as it is: each cited key's citing notices, duplicates of one notice counted once.
/// The counts change only when the index does, so they are kept with the top-level reader they were
/// counted on (a reader is a fixed point in time; a commit brings a new one), and each segment's
/// per-document array with them.
/// </summary>
internal sealed class CitationCountComparerSource : FieldComparerSource
{
    private static readonly ConditionalWeakTable<IndexReader, CitationCountComparerSource> OfReader = new();

    private readonly Dictionary<string, int> _citations;
    private readonly ConcurrentDictionary<object, int[]> _perSegment = new(); // by segment core

    private CitationCountComparerSource(Dictionary<string, int> citations) => _citations = citations;

    /// <summary>The sort, most cited first, then by score.</summary>
    public static Sort Sort(IndexReader reader) =>
        new(new SortField("citations", OfReader.GetValue(reader, r => new CitationCountComparerSource(Count(r))), true), SortField.FIELD_SCORE);

    /// <summary>Each cited key and the number of notices citing it.</summary>
    private static Dictionary<string, int> Count(IndexReader reader)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var leaf in reader.Leaves)
        {
            var segment = leaf.AtomicReader;
            var duplicates = SegmentArrays.For(segment).Duplicates(segment);
            var terms = segment.GetTerms(IndexFields.Cites)?.GetEnumerator();
            if (terms is null) continue;
            DocsEnum? docs = null;
            while (terms.MoveNext())
            {
                docs = terms.Docs(segment.LiveDocs, docs, DocsFlags.NONE);
                int citing = 0;
                for (int doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
                    if (!duplicates.Get(doc)) citing++;
                if (citing == 0) continue;
                var key = terms.Term.Utf8ToString();
                counts[key] = counts.TryGetValue(key, out int n) ? n + citing : citing;
            }
        }
        return counts;
    }

    /// <summary>Each document's citations in one segment: the counts of its 文号 and title keys.</summary>
    private int[] PerDocument(AtomicReader segment) => _perSegment.GetOrAdd(segment.CoreCacheKey, _ => Counted(segment));

    private int[] Counted(AtomicReader segment)
    {
        var perDoc = new int[segment.MaxDoc];
        Add(segment, IndexFields.DocNumber, "number|", perDoc);
        Add(segment, IndexFields.TitleKey, "", perDoc);
        return perDoc;
    }

    private void Add(AtomicReader segment, string field, string prefix, int[] perDoc)
    {
        var terms = segment.GetTerms(field)?.GetEnumerator();
        if (terms is null) return;
        DocsEnum? docs = null;
        while (terms.MoveNext())
        {
            if (!_citations.TryGetValue(prefix + terms.Term.Utf8ToString(), out int count)) continue;
            docs = terms.Docs(null, docs, DocsFlags.NONE);
            for (int doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
                perDoc[doc] += count;
        }
    }

    public override FieldComparer NewComparer(string fieldname, int numHits, int sortPos, bool reversed) => new Int32ArrayComparer(PerDocument, numHits);
}
