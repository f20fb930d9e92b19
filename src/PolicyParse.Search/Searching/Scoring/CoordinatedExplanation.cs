using Lucene.Net.Search;

namespace PolicyParse.Search.Searching.Scoring;

/// <summary>How BooleanWeight explains a sum of its clauses' scores times its coordination factor.</summary>
internal static class CoordinatedExplanation
{
    /// <param name="sum">The matching clauses' explanations, summed.</param>
    /// <param name="coord">The coordination factor for <paramref name="matches"/> of <paramref name="clauses"/>.</param>
    /// <param name="matches">How many clauses matched.</param>
    /// <param name="clauses">How many clauses could have.</param>
    public static Explanation Of(ComplexExplanation sum, float coord, int matches, int clauses)
    {
        if (coord == 1f)
            return sum;
        var product = new ComplexExplanation(true, sum.Value * coord, "product of:");
        product.AddDetail(sum);
        product.AddDetail(new Explanation(coord, $"coord({matches}/{clauses})"));
        return product;
    }
}
