using System.IO;
using System.Text;
using System.Threading;

namespace PolicyParse.Tests;

/// <summary>The limits of <see cref="PolicyParserOptions"/>: each refuses with a reason that names the file, the limit and the value.</summary>
public class ParserLimitsTests
{
    private static byte[] CorpusBytes(string name) => File.ReadAllBytes(Corpus.PathOf(name));

    [Theory]
    [InlineData("pdf/002-linshu-2021-zhengwu-gongkai.pdf")]
    [InlineData("docx/002-linshu-2021-zhengwu-gongkai.docx")]
    [InlineData("html/002-linshu-2021-zhengwu-gongkai.html")]
    [InlineData("md/002-linshu-2021-zhengwu-gongkai.md")]
    [InlineData("002-linshu-2021-zhengwu-gongkai.txt")]
    public void A_file_that_outlasts_its_time_budget_is_stopped_with_a_reason(string file)
    {
        var parser = new PolicyParser(new PolicyParserOptions { TimeBudget = TimeSpan.FromTicks(1) });
        var e = Assert.Throws<PolicyParseException>(() => parser.Parse(CorpusBytes(file), Path.GetFileName(file)));
        Assert.Equal(Path.GetFileName(file), e.FileName);
        Assert.Contains("PolicyParserOptions.TimeBudget", e.Reason);
    }

    [Fact]
    public void Without_a_time_budget_the_same_file_parses()
    {
        var parser = new PolicyParser(new PolicyParserOptions { TimeBudget = null });
        Assert.NotNull(parser.Parse(CorpusBytes("pdf/002-linshu-2021-zhengwu-gongkai.pdf"), "002.pdf").Title);
    }

    [Theory]
    [InlineData("pdf/002-linshu-2021-zhengwu-gongkai.pdf")]
    [InlineData("docx/002-linshu-2021-zhengwu-gongkai.docx")]
    [InlineData("html/002-linshu-2021-zhengwu-gongkai.html")]
    [InlineData("md/002-linshu-2021-zhengwu-gongkai.md")]
    public void A_cancelled_parse_ends_with_the_callers_cancellation_not_a_refusal(string file)
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => new PolicyParser().Parse(CorpusBytes(file), Path.GetFileName(file), cancelled.Token));
    }

    [Fact]
    public void A_pdf_with_more_pages_than_the_limit_is_refused_before_its_pages_are_read()
    {
        var parser = new PolicyParser(new PolicyParserOptions { MaxPages = 1 });
        var e = Assert.Throws<PolicyParseException>(() => parser.Parse(CorpusBytes("pdf/002-linshu-2021-zhengwu-gongkai.pdf"), "long.pdf"));
        Assert.Equal("long.pdf", e.FileName);
        Assert.Contains("over the limit of 1 (PolicyParserOptions.MaxPages)", e.Reason);
    }

    [Theory]
    [InlineData("html")]
    [InlineData("md")]
    public void Nesting_deeper_than_the_configured_depth_is_refused(string format)
    {
        var nested = string.Concat(Enumerable.Repeat("<div>", 40)) + "各区人民政府：" + string.Concat(Enumerable.Repeat("</div>", 40));
        var content = format == "html" ? $"<html><body>{nested}</body></html>" : "# 关于测试的通知\n\n" + nested + "\n";
        var parser = new PolicyParser(new PolicyParserOptions { MaxNestingDepth = 30 });
        var e = Assert.Throws<PolicyParseException>(() => parser.Parse(Encoding.UTF8.GetBytes(content), "deep." + format));
        Assert.Equal("deep." + format, e.FileName);
        Assert.Contains("more than 30 deep (PolicyParserOptions.MaxNestingDepth)", e.Reason);
        Assert.NotNull(new PolicyParser().Parse(Encoding.UTF8.GetBytes(content), "deep." + format));
    }

    [Fact]
    public void A_task_table_larger_than_the_cell_limit_is_refused()
    {
        var parser = new PolicyParser(new PolicyParserOptions { MaxTableCells = 50 });
        var e = Assert.Throws<PolicyParseException>(() => parser.Parse(CorpusBytes("docx/002-linshu-2021-zhengwu-gongkai.docx"), "table.docx"));
        Assert.Equal("table.docx", e.FileName);
        Assert.Contains("over the limit of 50 (PolicyParserOptions.MaxTableCells)", e.Reason);
    }

    [Theory]
    [InlineData("docx/002-linshu-2021-zhengwu-gongkai.docx")]
    [InlineData("pdf/002-linshu-2021-zhengwu-gongkai.pdf")]
    public void A_file_whose_text_is_longer_than_the_limit_is_refused(string file)
    {
        var parser = new PolicyParser(new PolicyParserOptions { MaxTextCharacters = 1_000 });
        var e = Assert.Throws<PolicyParseException>(() => parser.Parse(CorpusBytes(file), Path.GetFileName(file)));
        Assert.Equal(Path.GetFileName(file), e.FileName);
        Assert.Contains("over the limit of 1,000 (PolicyParserOptions.MaxTextCharacters)", e.Reason);
    }

    [Theory]
    [InlineData(nameof(PolicyParserOptions.MaxNestingDepth))]
    [InlineData(nameof(PolicyParserOptions.MaxPages))]
    [InlineData(nameof(PolicyParserOptions.MaxTableCells))]
    [InlineData(nameof(PolicyParserOptions.MaxTextCharacters))]
    [InlineData(nameof(PolicyParserOptions.TimeBudget))]
    public void A_bad_setting_fails_when_the_parser_is_made(string setting)
    {
        var options = setting switch
        {
            nameof(PolicyParserOptions.MaxNestingDepth) => new PolicyParserOptions { MaxNestingDepth = 5_000 },
            nameof(PolicyParserOptions.MaxPages) => new PolicyParserOptions { MaxPages = 0 },
            nameof(PolicyParserOptions.MaxTableCells) => new PolicyParserOptions { MaxTableCells = -1 },
            nameof(PolicyParserOptions.MaxTextCharacters) => new PolicyParserOptions { MaxTextCharacters = 0 },
            _ => new PolicyParserOptions { TimeBudget = TimeSpan.FromSeconds(-5) },
        };
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new PolicyParser(options));
        Assert.Equal(setting, e.ParamName);
    }

    [Fact]
    public void A_folder_given_as_a_file_is_named_as_a_folder()
    {
        var e = Assert.Throws<PolicyParseException>(() => new PolicyParser().ParseFile(Corpus.PathOf("md")));
        Assert.Contains("folder", e.Reason);
    }
}
