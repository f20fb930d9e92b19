using System.IO;
using System.Linq;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;
using PolicyParse.Search.Analysis;
using PolicyParse.Search.Indexing;
using PolicyParse.Search.Searching;

namespace PolicyParse.Search.Tests;

/// <summary>An index records the analysis it was built with and is searched with that one only.</summary>
public class TextAnalysisTests
{
    private static readonly string Seed = Path.Combine(TestCorpus.Directory, "000-sucheng-2021-zhengwu-gongkai.txt");

    private static void Build(string folder, TextAnalysis? analysis)
    {
        using var index = PolicyIndex.Open(folder, new PolicyIndexOptions { Analysis = analysis });
        new BulkIndexer(index).Run(new[] { Seed });
    }

    [Fact]
    public void A_new_index_records_jieba_and_refuses_another_analysis()
    {
        using var folder = new TempFolder();
        Build(folder.File("index"), analysis: null);
        using (var reader = PolicyIndex.OpenReadOnly(folder.File("index")))
            Assert.Same(TextAnalysis.Jieba, reader.Analysis);
        var refused = Assert.Throws<AnalysisMismatchException>(() =>
            PolicyIndex.OpenReadOnly(folder.File("index"), new PolicyIndexOptions { Analysis = TextAnalysis.Cjk }));
        Assert.Contains("built with the 'jieba' analyzer, not 'cjk'", refused.Message);
        Assert.Throws<AnalysisMismatchException>(() => PolicyIndex.Open(folder.File("index"), new PolicyIndexOptions { Analysis = TextAnalysis.Cjk }));
        using var writer = PolicyIndex.Open(folder.File("index")); // the refused opens left no lock behind
        Assert.Same(TextAnalysis.Jieba, writer.Analysis);
    }

    [Fact]
    public void An_index_built_with_bigrams_is_searched_and_highlighted_with_bigrams()
    {
        using var folder = new TempFolder();
        Build(folder.File("index"), TextAnalysis.Cjk);
        using var reader = PolicyIndex.OpenReadOnly(folder.File("index")); // no analysis named: the recorded one
        Assert.Same(TextAnalysis.Cjk, reader.Analysis);
        var results = reader.CreateSearcher().Search("政务公开 标准化", new SearchOptions { Kind = SearchKind.Notices });
        var hit = Assert.Single(results.Hits);
        Assert.Equal("宿区政办发〔2021〕24号", hit.DocNumber);
        Assert.Contains(hit.Snippets, s => s.Contains("【政务公开】"));
    }

    [Fact]
    public void Any_lucene_analyzer_plugs_in_under_a_name_the_reader_must_be_given()
    {
        using var folder = new TempFolder();
        var standard = new TextAnalysis("standard", () => new StandardAnalyzer(LuceneVersion.LUCENE_48));
        Build(folder.File("index"), standard);
        var unknown = Assert.Throws<AnalysisMismatchException>(() => PolicyIndex.OpenReadOnly(folder.File("index")));
        Assert.Contains("'standard' analyzer, which is not among those given (jieba, cjk)", unknown.Message);
        using var reader = PolicyIndex.OpenReadOnly(folder.File("index"), new PolicyIndexOptions { Analyses = new[] { TextAnalysis.Jieba, standard } });
        Assert.Equal("standard", reader.Analysis.Name);
        Assert.Equal(1, reader.CreateSearcher().Search("政务公开", new SearchOptions { Kind = SearchKind.Notices }).Total);
    }
}
