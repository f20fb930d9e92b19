using System.Collections.Generic;
using System.Linq;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using PolicyParse.Search.Indexing;

namespace PolicyParse.Search.Searching;

/// <summary>
/// Counts the values of the facet fields (issuer, year, docType, unit) over every matching document,
/// from SortedSet doc values (Lucene.Net's Facet package is not obtainable here): by ordinal into an
/// array per segment, through <see cref="SegmentArrays"/>, and into names once per segment.
/// </summary>
internal sealed class FacetCounter : ICollector
{
    public static readonly string[] Names = { "issuer", "year", "docType", "unit" };

    /// <summary>The doc-values fields behind <see cref="Names"/>, in the same order.</summary>
    public static readonly string[] Fields = Names.Select(n => IndexFields.FacetPrefix + n).ToArray();

    private readonly Dictionary<string, int>[] _counts = Names.Select(_ => new Dictionary<string, int>()).ToArray();
    private readonly int[]?[] _segmentCounts = new int[Names.Length][];
    private SegmentFacetOrdinals?[] _ordinals = new SegmentFacetOrdinals?[Names.Length];
    private AtomicReader? _reader;

    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Counts
    {
        get
        {
            FlushSegment();
            var result = new Dictionary<string, IReadOnlyDictionary<string, int>>();
            for (int i = 0; i < Names.Length; i++)
                result[Names[i]] = _counts[i];
            return result;
        }
    }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) { }

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        _reader = context.AtomicReader;
        _ordinals = SegmentArrays.For(_reader).FacetOrdinals(_reader);
        for (int i = 0; i < Names.Length; i++)
            _segmentCounts[i] = _ordinals[i] is { } ordinals ? new int[ordinals.ValueCount] : null;
    }

    public void Collect(int doc)
    {
        for (int i = 0; i < _ordinals.Length; i++)
            _ordinals[i]?.Count(doc, _segmentCounts[i]!);
    }

    /// <summary>Adds the current segment's counts to the totals by name: one ordinal lookup per value present, not per document.</summary>
    private void FlushSegment()
    {
        if (_reader is null) return;
        for (int i = 0; i < Names.Length; i++)
        {
            if (_segmentCounts[i] is not { } counts || _ordinals[i] is not { } ordinals) continue;
            var reader = _reader;
            var field = Fields[i];
            SortedSetDocValues? values = null;
            var byName = _counts[i];
            for (int ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] == 0) continue;
                var key = ordinals.Label(ord, () => values ??= reader.GetSortedSetDocValues(field));
                byName[key] = byName.TryGetValue(key, out int n) ? n + counts[ord] : counts[ord];
            }
            _segmentCounts[i] = null;
        }
        _reader = null;
    }
}
