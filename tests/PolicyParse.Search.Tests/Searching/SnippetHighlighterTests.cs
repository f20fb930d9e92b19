using System.Collections.Generic;
using PolicyParse.Search.Analysis;
using PolicyParse.Search.Searching;

namespace PolicyParse.Search.Tests;

public class SnippetHighlighterTests
{
    private static readonly ChineseAnalyzer Analyzer = new(SegmentationMode.Index);

    private static List<string> Snippets(string text, params string[] terms) =>
        SnippetHighlighter.Snippets(Analyzer, "body", text, new HashSet<string>(terms));

    [Fact]
    public void Marks_words_not_characters_that_happen_to_spell_them()
    {
        // 民生 is spelled across 人民 + 生活 in the first clause and is a word in the second.
        var snippet = Assert.Single(Snippets("保障人民生活水平，办好民生实事。", "民生"));
        Assert.Equal("保障人民生活水平，办好【民生】实事。", snippet);
    }

    [Fact]
    public void Marks_every_occurrence_a_snippet_shows_and_sub_words_of_longer_words()
    {
        // The fourth occurrence of 公开 is not among the first three looked for, but the snippet of the
        // third shows it; 公开 inside 政务公开 is a sub-word of the index analyzer.
        var text = "公开一。公开二。公开三。政务公开四。";
        var snippet = Assert.Single(Snippets(text, "公开"));
        Assert.Equal("【公开】一。【公开】二。【公开】三。政务【公开】四。", snippet);
    }

    [Fact]
    public void Latin_terms_match_whatever_their_case()
    {
        var snippet = Assert.Single(Snippets("请上传PDF格式的文件。", "pdf"));
        Assert.Contains("【PDF】", snippet);
    }

    [Fact]
    public void Long_texts_give_windows_around_the_words()
    {
        var text = new string('甲', 200) + "，优化营商环境。" + new string('乙', 200);
        var snippet = Assert.Single(Snippets(text, "营商环境"));
        Assert.StartsWith("…", snippet);
        Assert.EndsWith("…", snippet);
        Assert.Contains("优化【营商环境】。", snippet);
    }
}
