using Lucene.Net.Search;
using PolicyParse.Search.Searching.Scoring;

// Shared by the search tests and the benchmarks; not part of the library.

namespace PolicyParse.TestSupport;

/// <summary>
/// A query with Lucene's own queries in place of each query that has a scorer of this library's
/// (BooleanQuery for <see cref="TitleRankedQuery"/> and <see cref="AlternativesQuery"/>, PhraseQuery for
/// <see cref="ExactPhraseQuery"/>): the reference those scorers are tested and measured against.
/// </summary>
internal static class BooleanEquivalent
{
    public static Query Of(Query query)
    {
        switch (query)
        {
            case TitleRankedQuery titleRanked:
                return new BooleanQuery { { Of(titleRanked.Text), Occur.MUST }, { Of(titleRanked.Title), Occur.SHOULD } };
            case AlternativesQuery alternatives:
                var any = new BooleanQuery();
                foreach (var alternative in alternatives.Alternatives)
                    any.Add(Of(alternative), Occur.SHOULD);
                return any;
            case ExactPhraseQuery exact:
                var phrase = new PhraseQuery { Slop = exact.Slop, Boost = exact.Boost };
                var (terms, positions) = (exact.GetTerms(), exact.GetPositions());
                for (int i = 0; i < terms.Length; i++)
                    phrase.Add(terms[i], positions[i]);
                return phrase;
            case BooleanQuery boolean:
                var copy = new BooleanQuery(boolean.CoordDisabled) { MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch, Boost = boolean.Boost };
                foreach (var clause in boolean.Clauses)
                    copy.Add(Of(clause.Query), clause.Occur);
                return copy;
            default:
                return query;
        }
    }
}
