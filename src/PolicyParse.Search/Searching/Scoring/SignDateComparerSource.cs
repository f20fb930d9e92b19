using Lucene.Net.Index;
using Lucene.Net.Search;
using PolicyParse.Search.Searching.Facets;

namespace PolicyParse.Search.Searching.Scoring;

/// <summary>
/// Sorts hits by sign date from <see cref="SegmentArrays"/>: Lucene's own numeric sort read the doc
/// values of every hit through the packed reader, a sixth of a date-sorted search. Undated documents
/// compare as 0 (last when newest come first).
/// </summary>
internal sealed class SignDateComparerSource : FieldComparerSource
{
    public override FieldComparer NewComparer(string fieldname, int numHits, int sortPos, bool reversed) =>
        new Int32ArrayComparer(reader => SegmentArrays.For(reader).SignDates(reader), numHits);
}
