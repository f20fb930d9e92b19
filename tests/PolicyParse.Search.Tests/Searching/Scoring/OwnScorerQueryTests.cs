using Lucene.Net.Index;
using Lucene.Net.Search;
using PolicyParse.Search.Searching;
using PolicyParse.Search.Searching.Scoring;

namespace PolicyParse.Search.Tests;

/// <summary>
/// The queries with scorers of their own (a word's text and title, alternatives) match and score as
/// the BooleanQueries they replace.
/// </summary>
public class OwnScorerQueryTests : IClassFixture<CorpusIndex>
{
    private readonly CorpusIndex _corpus;

    public OwnScorerQueryTests(CorpusIndex corpus) => _corpus = corpus;

    [Theory]
    [InlineData("政务公开", SearchKind.Notices)]          // in every title
    [InlineData("信用", SearchKind.Notices)]              // in one title, in two other notices' text
    [InlineData("营商环境", SearchKind.Notices)]          // in text only: the title clause matches nothing
    [InlineData("\"政府信息公开\"", SearchKind.Notices)]   // a phrase of several tokens
    [InlineData("政务公开 营商环境", SearchKind.Notices)]
    [InlineData("工作要点 OR 数据开放", SearchKind.Notices)]   // one alternative matches nothing
    [InlineData("信用 OR 工作要点", SearchKind.Notices)]
    [InlineData("政务公开 NOT 实施方案", SearchKind.Notices)]
    [InlineData("政务公开 OR 营商环境", SearchKind.Tasks)]
    [InlineData("政务公开", SearchKind.All)]              // a notice or a task: alternatives
    [InlineData("信用 OR 营商环境 OR 政府网站", SearchKind.All)]
    public void Hits_and_scores_are_those_of_the_boolean_query(string words, SearchKind kind)
    {
        var searcher = _corpus.Index.Searchers.Acquire();
        try
        {
            var query = new QueryBuilder(_corpus.Index.QueryAnalyzer, kind).Build(words);
            var reference = BooleanEquivalent.Of(query);
            Assert.True(HasOwnScorer(query));
            Assert.False(HasOwnScorer(reference));
            var expected = searcher.Search(reference, 1000);
            var actual = searcher.Search(query, 1000);

            Assert.True(expected.TotalHits > 0);
            Assert.Equal(expected.TotalHits, actual.TotalHits);
            if (words.Split(" OR ").Length <= 2)
                Assert.Equal(expected.ScoreDocs.Select(d => (d.Doc, d.Score)), actual.ScoreDocs.Select(d => (d.Doc, d.Score)));
            else // more than two scores are added in another order: equal but for the last bits
                Assert.All(expected.ScoreDocs.Zip(actual.ScoreDocs), pair =>
                {
                    Assert.Equal(pair.First.Doc, pair.Second.Doc);
                    Assert.Equal(pair.First.Score, pair.Second.Score, pair.First.Score * 1e-6);
                });
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
    public void They_rewrite_their_parts()
    {
        static PhraseQuery OneTermPhrase(string field, string term) => new() { new Term(field, term) }; // rewrites to a TermQuery
        var titleRanked = new TitleRankedQuery(OneTermPhrase("text", "政务公开"), new TermQuery(new Term("title", "政务公开")));
        var alternatives = new AlternativesQuery(new Query[] { titleRanked, OneTermPhrase("taskText", "政务公开") });
        var searcher = _corpus.Index.Searchers.Acquire();
        try
        {
            var rewritten = Assert.IsType<AlternativesQuery>(searcher.Rewrite(alternatives));
            Assert.IsType<TermQuery>(Assert.IsType<TitleRankedQuery>(rewritten.Alternatives[0]).Text);
            Assert.IsType<TermQuery>(rewritten.Alternatives[1]);
            Assert.Same(rewritten, rewritten.Rewrite(searcher.IndexReader));
            Assert.True(searcher.Search(alternatives, 1).TotalHits > 6); // notices and tasks
        }
        finally
        {
            _corpus.Index.Searchers.Release(searcher);
        }
    }

    [Fact]
    public void They_print_and_compare_as_their_boolean_queries_nested_in_another()
    {
        var builder = new QueryBuilder(_corpus.Index.QueryAnalyzer, SearchKind.Notices);
        var query = Assert.IsType<TitleRankedQuery>(builder.Build("\"政府信息公开\""));
        Assert.Equal("(" + BooleanEquivalent.Of(query) + ")", query.ToString());
        Assert.Equal(query, builder.Build("\"政府信息公开\""));
        Assert.NotEqual(query, builder.Build("政务公开"));

        var alternatives = Assert.IsType<AlternativesQuery>(builder.Build("工作要点 OR 数据开放"));
        Assert.Equal("(" + BooleanEquivalent.Of(alternatives) + ")", alternatives.ToString());
        Assert.Equal(alternatives, builder.Build("工作要点 OR 数据开放"));
        Assert.NotEqual(alternatives, builder.Build("数据开放 OR 工作要点"));
    }

    private static bool HasOwnScorer(Query query) => query switch
    {
        TitleRankedQuery or AlternativesQuery or ExactPhraseQuery => true,
        BooleanQuery boolean => boolean.Clauses.Any(c => HasOwnScorer(c.Query)),
        _ => false,
    };
}
