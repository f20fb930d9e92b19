using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using PolicyParse.Search.Indexing;
using PolicyParse.Search.Searching;
using PolicyParse.Search.Searching.Scoring;

namespace PolicyParse.Search.Tests;

/// <summary>The phrase scorer of this library's finds and scores what PhraseQuery does.</summary>
public class ExactPhraseQueryTests : IClassFixture<CorpusIndex>
{
    private readonly CorpusIndex _corpus;

    public ExactPhraseQueryTests(CorpusIndex corpus) => _corpus = corpus;

    private static PhraseQuery Phrase(PhraseQuery phrase, params (string Term, int Position)[] terms)
    {
        foreach (var (term, position) in terms)
            phrase.Add(new Term("f", term), position);
        return phrase;
    }

    /// <summary>Hits, scores, frequencies and explanations of both queries over <paramref name="searcher"/>.</summary>
    private static void AssertSame(IndexSearcher searcher, PhraseQuery reference, PhraseQuery own)
    {
        var expected = searcher.Search(reference, 1000);
        var actual = searcher.Search(own, 1000);
        Assert.Equal(expected.TotalHits, actual.TotalHits);
        Assert.Equal(expected.ScoreDocs.Select(d => (d.Doc, d.Score)), actual.ScoreDocs.Select(d => (d.Doc, d.Score)));
        foreach (var hit in actual.ScoreDocs)
            Assert.Equal(searcher.Explain(reference, hit.Doc).ToString(), searcher.Explain(own, hit.Doc).ToString());
    }

    [Fact]
    public void Repeated_terms_offsets_deleted_documents_and_missing_terms_count_as_in_lucene()
    {
        using var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48))))
        {
            string[][] segments =
            {
                new[] { "a b a b a", "a a b", "b a", "c a b c a b" },
                new[] { "a b", "x y z", "a x b a b" }, // no "c" here: a phrase with c has no scorer in this segment
                new[] { "a b a b a b a b", "b b a a", "deleted a b" },
            };
            foreach (var segment in segments)
            {
                foreach (var text in segment)
                    writer.AddDocument(new Document { new TextField("f", text, Field.Store.NO), new StringField("id", text, Field.Store.NO) });
                writer.Commit(); // a segment each
            }
            writer.DeleteDocuments(new Term("id", "deleted a b"));
            writer.Commit();
        }
        using var reader = DirectoryReader.Open(directory);
        Assert.Equal(3, reader.Leaves.Count);
        var searcher = new IndexSearcher(reader);
        (string, int)[][] phrases =
        {
            new[] { ("a", 0), ("b", 1) },
            new[] { ("a", 0), ("b", 1), ("a", 2) },      // overlapping matches: "a b a b a" has two
            new[] { ("a", 0), ("a", 1) },
            new[] { ("b", 0), ("a", 1), ("b", 2), ("a", 3) },
            new[] { ("a", 0), ("b", 2) },                // a gap: "a _ b"
            new[] { ("c", 0), ("a", 1), ("b", 2) },
            new[] { ("b", 0), ("b", 1), ("a", 2), ("a", 3) },
            new[] { ("a", 0), ("z", 1) },                // both terms present, never together
            new[] { ("a", 0), ("q", 1) },                // a term in no document
        };
        foreach (var terms in phrases)
            AssertSame(searcher, Phrase(new PhraseQuery(), terms), Phrase(new ExactPhraseQuery(), terms));
        int Hits((string, int)[] terms) => searcher.Search(Phrase(new ExactPhraseQuery(), terms), 10).TotalHits;
        Assert.Equal(6, Hits(phrases[0])); // not the deleted document
        Assert.Equal(0, Hits(phrases[7]));
        Assert.Equal(0, Hits(phrases[8]));
    }

    [Theory]
    [InlineData("全面推进政务公开工作", true)]
    [InlineData("政务公开工作要点", true)]
    [InlineData("各区人民政府", false)] // a phrase the corpus does not have
    [InlineData("工作要点政务公开", false)] // both tokens in the corpus, never in this order
    public void Phrases_of_the_corpus_score_as_lucenes_in_every_field(string words, bool found)
    {
        var searcher = _corpus.Index.Searchers.Acquire();
        try
        {
            var builder = new PolicyParse.Search.Searching.QueryBuilder(_corpus.Index.QueryAnalyzer);
            foreach (var field in new[] { IndexFields.Text, IndexFields.Title, IndexFields.TaskText })
            {
                var own = Assert.IsType<ExactPhraseQuery>(builder.Phrase(field, words, false));
                AssertSame(searcher, (PhraseQuery)BooleanEquivalent.Of(own), own);
            }
            Assert.Equal(found, searcher.Search(builder.Phrase(IndexFields.Text, words, false), 1).TotalHits > 0);
        }
        finally
        {
            _corpus.Index.Searchers.Release(searcher);
        }
    }
}
