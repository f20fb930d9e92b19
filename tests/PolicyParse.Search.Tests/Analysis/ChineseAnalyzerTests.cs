using System.IO;
using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.CharFilters;
using PolicyParse.Search.Analysis;

namespace PolicyParse.Search.Tests;

public class ChineseAnalyzerTests
{
    private static readonly ChineseAnalyzer SearchMode = new(SegmentationMode.Search);
    private static readonly ChineseAnalyzer IndexMode = new(SegmentationMode.Index);

    [Theory]
    [InlineData("临沭县人民政府办公室关于印发2021年临沭县政务公开工作要点的通知", "临沭县|人民政府办公室|关于|印发|2021|年|临沭县|政务公开|工作要点|的|通知")]
    [InlineData("深化“放管服”改革，优化营商环境，推行双随机、一公开监管。", "深化|放管服|改革|优化|营商环境|推行|双随机|一公开|监管")]
    [InlineData("推进“一件事”主题集成服务改革，认真落实IPv6改造和5G建设，拨打12345热线。", "推进|一件事|主题|集成|服务|改革|认真落实|ipv6|改造|和|5g|建设|拨打|12345|热线")]
    [InlineData("各镇〈街〉、区发展改革局、区财政局等部门单位", "各镇|街|区|发展改革局|区|财政局|等|部门|单位")]
    [InlineData("加强个人所得税纳税信用建设", "加强|个人所得税|纳税信用|建设")]
    public void Sentences_from_the_corpus_segment_into_words(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Tokens.Terms(SearchMode, text));

    [Fact]
    public void Unknown_names_become_words_through_the_hmm()
    {
        var terms = Tokens.Terms(SearchMode, "王小明在苏州工业园区管委会工作");
        Assert.Contains("王小明", terms);
    }

    [Fact]
    public void Offsets_are_exact_and_positions_count_words()
    {
        const string text = "  推进IPv6改造，政务公开！";
        var tokens = Tokens.Of(SearchMode, text);
        Assert.All(tokens, t => Assert.Equal(t.Term, text.Substring(t.Start, t.End - t.Start).ToLowerInvariant()));
        Assert.Equal(Enumerable.Range(0, tokens.Count), tokens.Select(t => t.Position));
        Assert.Equal(("ipv6", 4, 8), (tokens[1].Term, tokens[1].Start, tokens[1].End));
    }

    [Fact]
    public void Full_width_Latin_letters_are_lower_cased_and_Chinese_is_left_alone()
    {
        Assert.Equal(new[] { "推进", "ｉｐｖ６", "改造" }, Tokens.Terms(SearchMode, "推进ＩＰｖ６改造"));
        Assert.Equal(new[] { "gb", "t", "9704" }, Tokens.Terms(IndexMode, "GB/T 9704"));
    }

    [Fact]
    public void Offsets_point_into_the_original_text_when_a_char_filter_changed_it()
    {
        // The markup the filter strips comes before the words: their offsets count it (the filter maps the
        // end of 推进 past the closing tag it stripped), where the filtered text alone would give 0-2 and 2-6.
        const string html = "<p><b>推进</b>政务公开</p>";
        var tokens = Tokens.Of(new HtmlStripped(SearchMode), html);
        Assert.Equal(new[] { ("推进", 6, 12), ("政务公开", 12, 16) }, tokens.Select(t => (t.Term, t.Start, t.End)));
    }

    /// <summary>An analyzer behind Lucene's HTML-stripping char filter.</summary>
    private sealed class HtmlStripped(Analyzer inner) : AnalyzerWrapper(inner.Strategy)
    {
        protected override Analyzer GetWrappedAnalyzer(string fieldName) => inner;

        protected override TextReader WrapReader(string fieldName, TextReader reader) => new HTMLStripCharFilter(reader);
    }

    [Fact]
    public void Index_mode_adds_sub_words_at_the_position_of_their_word()
    {
        var tokens = Tokens.Of(IndexMode, "做好政务公开工作");
        Assert.Equal(new[] { "做好", "政务公开", "政务", "公开", "工作" }, tokens.Select(t => t.Term));
        Assert.Equal(new[] { 0, 1, 1, 1, 2 }, tokens.Select(t => t.Position));
        Assert.Equal((4, 6), (tokens[3].Start, tokens[3].End));
        // Search mode gives the best route only.
        Assert.Equal(new[] { "做好", "政务公开", "工作" }, Tokens.Terms(SearchMode, "做好政务公开工作"));
    }

    [Fact]
    public void Index_mode_also_emits_organ_names_of_place_and_organ_type()
    {
        var tokens = Tokens.Of(IndexMode, "临沭县人民政府办公室印发");
        Assert.Contains(tokens, t => t.Term == "临沭县人民政府办公室" && t.Position == 0 && (t.Start, t.End) == (0, 10));
        Assert.Contains(tokens, t => t.Term == "临沭县" && t.Position == 0);
        Assert.Contains(tokens, t => t.Term == "人民政府办公室" && t.Position == 1);
        Assert.Equal(new[] { "临沭县", "人民政府办公室", "印发" }, Tokens.Terms(SearchMode, "临沭县人民政府办公室印发"));
    }

    [Fact]
    public void User_words_are_kept_whole()
    {
        const string text = "推进临沭县数字赋能提升工程";
        Assert.DoesNotContain("数字赋能提升工程", Tokens.Terms(SearchMode, text));
        var words = ChineseDictionary.ReadWordList(new StringReader("# 本地词\n数字赋能提升工程\n临沭 5\n"));
        var analyzer = new ChineseAnalyzer(SegmentationMode.Search, words);
        Assert.Contains("数字赋能提升工程", Tokens.Terms(analyzer, text));
    }

    [Fact]
    public void Index_mode_sub_words_stay_inside_their_word()
    {
        // 工程建设 is a dictionary word starting inside the user word 数字赋能提升工程 and ending after it:
        // the route takes the user word, and its sub-words are the words within it only.
        const string text = "数字赋能提升工程建设";
        var words = ChineseDictionary.ReadWordList(new StringReader("数字赋能提升工程 100000\n"));
        var tokens = Tokens.Of(new ChineseAnalyzer(SegmentationMode.Index, words), text);
        Assert.Equal(new[] { "数字赋能提升工程", "数字", "提升", "工程", "建设" }, tokens.Select(t => t.Term)); // 赋能 is no word of jieba's
        Assert.Equal(new[] { 0, 0, 0, 0, 1 }, tokens.Select(t => t.Position));
        Assert.Contains("工程建设", Tokens.Terms(SearchMode, "推进工程建设")); // a word where nothing overlaps it
    }

    [Fact]
    public void Stop_words_only_when_asked()
    {
        Assert.Contains("的", Tokens.Terms(SearchMode, "工作要点的通知"));
        var analyzer = new ChineseAnalyzer(SegmentationMode.Search, stopWords: new[] { "的", "和" });
        Assert.Equal(new[] { "工作要点", "通知" }, Tokens.Terms(analyzer, "工作要点的通知"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("，。！？   ——")]
    public void Empty_and_punctuation_only_give_no_tokens(string text) => Assert.Empty(Tokens.Of(SearchMode, text));

    [Fact]
    public void A_ten_megabyte_run_of_one_character_is_linear_and_safe()
    {
        var text = new string('啊', 10 * 1024 * 1024);
        var tokens = Tokens.Of(SearchMode, text);
        Assert.Equal(text.Length, tokens.Sum(t => t.End - t.Start));
        Assert.Equal(text.Length, tokens[^1].End);
        Assert.True(tokens.Zip(tokens.Skip(1), (a, b) => a.End == b.Start).All(x => x)); // contiguous, nothing lost
    }

    [Fact]
    public void Every_corpus_notice_is_covered_by_its_tokens()
    {
        var text = File.ReadAllText(Path.Combine(TestCorpus.Directory, "003-taierzhuang-2022-shishi-fangan.txt"), Encoding.UTF8);
        var tokens = Tokens.Of(SearchMode, text);
        int hanAndWords = text.Count(c => char.IsLetterOrDigit(c));
        Assert.Equal(hanAndWords, tokens.Sum(t => t.End - t.Start));
    }
}
