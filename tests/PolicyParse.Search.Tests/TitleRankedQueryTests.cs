using Lucene.Net.Search;
using PolicyParse.Search.Searching;

namespace PolicyParse.Search.Tests;

/// <summary>A word's text-and-title query matches and scores as the BooleanQuery it replaces.</summary>
public class TitleRankedQueryTests : IClassFixture<CorpusIndex>
{
    private readonly CorpusIndex _corpus;

    public TitleRankedQueryTests(CorpusIndex corpus) => _corpus = corpus;

    [Theory]
    [InlineData("政务公开")]          // in every title
    [InlineData("信用")]              // in one title, in two other notices' text
    [InlineData("营商环境")]          // in text only: the title clause matches nothing
    [InlineData("\"政府信息公开\"")]   // a phrase of several tokens
    [InlineData("政务公开 营商环境")]
    [InlineData("工作要点 OR 数据开放")]
    [InlineData("政务公开 NOT 实施方案")]
    public void Hits_and_scores_are_those_of_the_boolean_query(string words)
    {
        var searcher = _corpus.Index.Searchers.Acquire();
        try
        {
            var query = new QueryBuilder(_corpus.Index.QueryAnalyzer, SearchKind.Notices).Build(words);
            var expected = searcher.Search(AsBooleanQueries(query), 100);
            var actual = searcher.Search(query, 100);

            Assert.True(expected.TotalHits > 0);
            Assert.Equal(expected.TotalHits, actual.TotalHits);
            Assert.Equal(expected.ScoreDocs.Select(d => (d.Doc, d.Score)), actual.ScoreDocs.Select(d => (d.Doc, d.Score)));
            foreach (var hit in actual.ScoreDocs)
            {
                var explanation = searcher.Explain(query, hit.Doc);
                Assert.True(explanation.IsMatch);
                Assert.Equal(hit.Score, explanation.Value, hit.Score * 1e-5); // explained in another order of float additions
            }
        }
        finally
        {
            _corpus.Index.Searchers.Release(searcher);
        }
    }

    [Fact]
    public void A_title_match_raises_a_notice_above_one_with_the_word_in_its_text_only()
    {
        var searcher = _corpus.Index.Searchers.Acquire();
        try
        {
            var query = new QueryBuilder(_corpus.Index.QueryAnalyzer, SearchKind.Notices).Build("信用");
            var hits = searcher.Search(query, 100).ScoreDocs;
            var explained = hits.Select(h => searcher.Explain(query, h.Doc).ToString()).ToList();
            Assert.Contains("coord(1/2)", explained[^1]); // the last: the word in its text alone
            Assert.DoesNotContain("coord(1/2)", explained[0]); // the first: in its title too
            Assert.True(hits[0].Score > 2 * hits[^1].Score);
        }
        finally
        {
            _corpus.Index.Searchers.Release(searcher);
        }
    }

    [Fact]
    public void It_prints_and_compares_as_its_boolean_query_nested_in_another()
    {
        var builder = new QueryBuilder(_corpus.Index.QueryAnalyzer, SearchKind.Notices);
        var query = Assert.IsType<TitleRankedQuery>(builder.Build("\"政府信息公开\""));
        Assert.Equal("(" + query.AsBooleanQuery() + ")", query.ToString());
        Assert.Equal(query, builder.Build("\"政府信息公开\""));
        Assert.NotEqual(query, builder.Build("政务公开"));
    }

    /// <summary>The query with every <see cref="TitleRankedQuery"/> replaced by its BooleanQuery.</summary>
    private static Query AsBooleanQueries(Query query)
    {
        switch (query)
        {
            case TitleRankedQuery titleRanked:
                return titleRanked.AsBooleanQuery();
            case BooleanQuery boolean:
                var copy = new BooleanQuery(boolean.CoordDisabled);
                foreach (var clause in boolean.Clauses)
                    copy.Add(AsBooleanQueries(clause.Query), clause.Occur);
                return copy;
            default:
                return query;
        }
    }
}
