using System.Globalization;
using System.IO;
using System.Text.RegularExpressions;
using PolicyParse.Search.Analysis;

namespace PolicyParse.Cli.Tests;

/// <summary>Choosing the analyzer an index is built with, and comparing the analyzers' words.</summary>
public class AnalyzerChoiceTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args) => PolicyParse.TestSupport.CliProcess.Run(args);

    [Fact]
    public void An_index_built_with_smartcn_is_searched_with_it_and_keeps_it()
    {
        using var folder = new TempFolder();
        var index = folder.File("index");
        var seed = Path.Combine(TestCorpus.Directory, "003-taierzhuang-2022-shishi-fangan.txt");
        var (exit, stdout, stderr) = Run("index", seed, "--index", index, "--analyzer", "smartcn");
        Assert.True(exit == 0, stderr);

        (exit, stdout, _) = Run("stats", "--index", index);
        Assert.Contains("analyzer: smartcn", stdout);
        (exit, stdout, _) = Run("search", "政务公开", "--index", index);
        Assert.Equal(0, exit);
        Assert.Contains("台政办发〔2022〕4号", stdout);
        Assert.Contains("【", stdout); // snippets cut by the same analyzer

        (exit, _, stderr) = Run("index", seed, "--index", index, "--analyzer", "cjk");
        Assert.Equal(2, exit);
        Assert.Contains("built with the 'smartcn' analyzer, not 'cjk'", stderr);
        (exit, stdout, _) = Run("index", seed, "--index", index); // no --analyzer: the index's own
        Assert.Equal(0, exit);
        Assert.Contains("1 unchanged", stdout);
    }

    [Fact]
    public void The_words_agree_with_smartcn_at_nearly_every_boundary_drawn_on_the_corpus()
    {
        var files = Directory.GetFiles(TestCorpus.Directory, "*.txt").Where(f => !Path.GetFileName(f).StartsWith("LICENSE")).OrderBy(f => f).ToList();
        var (exit, stdout, stderr) = Run(new[] { "analyze", "--against", "smartcn", "--file" }.Concat(files).ToArray());
        Assert.True(exit == 0, stderr);
        double Figure(string line, string name) =>
            double.Parse(Regex.Match(stdout, line + @": precision=([\d.]+) recall=([\d.]+)").Groups[name == "precision" ? 1 : 2].Value, CultureInfo.InvariantCulture);
        // Where SmartCn ends a word this analyzer nearly always does too; it keeps more units whole
        // (organ names, policy terms), so fewer of SmartCn's boundaries are drawn.
        Assert.InRange(Figure("word boundaries", "precision"), 0.99, 1.0);
        Assert.InRange(Figure("word boundaries", "recall"), 0.80, 0.90);
        Assert.InRange(Figure("token spans", "precision"), 0.80, 0.90);
    }

    [Fact]
    public void Agreement_counts_han_spans_and_word_ends_with_the_other_as_reference()
    {
        const string text = "政务公开工作要点2021年";
        AnalyzedToken T(int start, int end) => new(text.Substring(start, end - start), start, end, 0);
        var agreement = new TokenAgreement();
        agreement.Add(text, new[] { T(0, 4), T(4, 6), T(6, 8), T(8, 12) }, new[] { T(0, 2), T(2, 4), T(4, 6), T(6, 8), T(8, 12) });
        Assert.Equal((3, 4), (agreement.OursTokens, agreement.TheirTokens)); // "2021" is not Han: left out
        Assert.Equal(2.0 / 3, agreement.SpanPrecision, 6);
        Assert.Equal(2.0 / 4, agreement.SpanRecall, 6);
        Assert.Equal(1.0, agreement.BoundaryPrecision, 6); // every end drawn here (4, 6, 8) is drawn there
        Assert.Equal(3.0 / 4, agreement.BoundaryRecall, 6); // 2 is not drawn here
    }
}
