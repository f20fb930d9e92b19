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
    // Counts by ordinal within the current segment; turned into strings once per segment, not per document.
    private readonly int[]?[] _segmentCounts = new int[]?[Names.Length];
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
            FlushSegment();
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
        FlushSegment();
        for (int i = 0; i < Names.Length; i++)
        {
            var values = context.AtomicReader.GetSortedSetDocValues(IndexFields.FacetPrefix + Names[i]);
            _values[i] = values;
            _segmentCounts[i] = values is null ? null : new int[values.ValueCount];
        }
    }

    private void FlushSegment()
    {
        for (int i = 0; i < Names.Length; i++)
        {
            if (_segmentCounts[i] is not { } counts || _values[i] is not { } values) continue;
            var byName = _counts[Names[i]];
            for (int ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] == 0) continue;
                values.LookupOrd(ord, _scratch);
                var key = _scratch.Utf8ToString();
                byName[key] = byName.TryGetValue(key, out int n) ? n + counts[ord] : counts[ord];
            }
            _segmentCounts[i] = null;
        }
    }

    public void Collect(int doc)
    {
        for (int i = 0; i < Names.Length; i++)
        {
            var values = _values[i];
            var counts = _segmentCounts[i];
            if (values is null || counts is null) continue;
            values.SetDocument(doc);
            long ord;
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
                counts[ord]++;
        }
    }
}
