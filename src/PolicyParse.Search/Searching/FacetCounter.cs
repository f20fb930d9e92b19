using System.Collections.Generic;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using PolicyParse.Search.Indexing;

namespace PolicyParse.Search.Searching;

/// <summary>
/// Counts the values of the facet fields (issuer, year, docType, unit) over every matching document,
/// from SortedSet doc values (Lucene.Net's Facet package is not obtainable here).
/// </summary>
internal sealed class FacetCounter : ICollector
{
    public static readonly string[] Names = { "issuer", "year", "docType", "unit" };

    private readonly Dictionary<string, Dictionary<string, int>> _counts = new();
    private readonly SortedSetDocValues?[] _values = new SortedSetDocValues?[Names.Length];
    private readonly BytesRef _scratch = new();

    public FacetCounter()
    {
        foreach (var name in Names)
            _counts[name] = new Dictionary<string, int>();
    }

    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Counts
    {
        get
        {
            var result = new Dictionary<string, IReadOnlyDictionary<string, int>>();
            foreach (var pair in _counts)
                result[pair.Key] = pair.Value;
            return result;
        }
    }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) { }

    public void SetNextReader(AtomicReaderContext context)
    {
        for (int i = 0; i < Names.Length; i++)
            _values[i] = context.AtomicReader.GetSortedSetDocValues(IndexFields.FacetPrefix + Names[i]);
    }

    public void Collect(int doc)
    {
        for (int i = 0; i < Names.Length; i++)
        {
            var values = _values[i];
            if (values is null) continue;
            values.SetDocument(doc);
            long ord;
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                values.LookupOrd(ord, _scratch);
                var key = _scratch.Utf8ToString();
                var counts = _counts[Names[i]];
                counts[key] = counts.TryGetValue(key, out int n) ? n + 1 : 1;
            }
        }
    }
}
