using System.Diagnostics;
using System.IO;
using System.Text.Json;

namespace PolicyParse.Cli.Tests;

/// <summary>Runs the real policyparse executable (copied next to the tests) as a user would.</summary>
public class CliTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args) => PolicyParse.TestSupport.CliProcess.Run(args);

    [Fact]
    public void Parse_of_a_folder_prints_one_line_per_notice_file_in_it()
    {
        var (exit, stdout, stderr) = Run("parse", Path.Combine(TestCorpus.Directory, "md"));
        Assert.Equal(0, exit);
        Assert.Equal("", stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Directory.GetFiles(Path.Combine(TestCorpus.Directory, "md"), "*.md").Length, lines.Length);
        Assert.All(lines, l => Assert.Equal("md", JsonDocument.Parse(l).RootElement.GetProperty("source").GetProperty("format").GetString()));
    }

    [Fact]
    public void Analyze_prints_tokens_with_offsets_and_positions_as_json()
    {
        var (exit, stdout, _) = Run("analyze", "做好政务公开工作", "--mode", "index", "--json");
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        var tokens = json.RootElement.EnumerateArray()
            .Select(t => (t.GetProperty("term").GetString()!, t.GetProperty("start").GetInt32(), t.GetProperty("end").GetInt32(), t.GetProperty("position").GetInt32())).ToList();
        Assert.Equal(new[] { ("做好", 0, 2, 0), ("政务公开", 2, 6, 1), ("政务", 2, 4, 1), ("公开", 4, 6, 1), ("工作", 6, 8, 2) }, tokens);
    }

    [Fact]
    public void Analyze_without_text_is_a_usage_error()
    {
        var (exit, _, stderr) = Run("analyze");
        Assert.Equal(2, exit);
        Assert.Contains("TEXT or --file", stderr);
    }

    [Fact]
    public void Accuracy_prints_fields_by_format_as_json_and_checks_floors()
    {
        var dev = Path.Combine(TestCorpus.Directory, "dev");
        var (exit, stdout, _) = Run("accuracy", Path.Combine(dev, "docs"), "--labels", Path.Combine(dev, "labels.json"), "--floors", Path.Combine(dev, "accuracy-floors.json"), "--json");
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        var scores = json.RootElement.GetProperty("scores").EnumerateArray().ToList();
        Assert.Contains(scores, s => s.GetProperty("field").GetString() == "title" && s.GetProperty("format").GetString() == "html");
        Assert.Equal(0, json.RootElement.GetProperty("failed").GetInt32());
    }

    [Fact]
    public void Accuracy_without_labels_is_a_usage_error()
    {
        var (exit, _, stderr) = Run("accuracy", Path.Combine(TestCorpus.Directory, "dev"));
        Assert.Equal(2, exit);
        Assert.Contains("--labels", stderr);
    }

    [Fact]
    public void Parse_one_file_prints_the_contract_json()
    {
        var (exit, stdout, _) = Run("parse", Path.Combine(TestCorpus.Directory, "000-sucheng-2021-zhengwu-gongkai.txt"));
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(1, json.RootElement.GetProperty("schemaVersion").GetInt32());
        Assert.Equal("宿区政办发〔2021〕24号", json.RootElement.GetProperty("docNumber").GetProperty("text").GetString());
    }

    [Fact]
    public void Several_files_print_json_lines_and_a_failed_file_exits_1_without_losing_the_others()
    {
        var bad = Path.Combine(Path.GetTempPath(), $"empty-{Guid.NewGuid():N}.txt");
        File.WriteAllText(bad, "");
        try
        {
            var (exit, stdout, stderr) = Run("parse", Path.Combine(TestCorpus.Directory, "000-sucheng-2021-zhengwu-gongkai.txt"), bad, Path.Combine(TestCorpus.Directory, "govdoc-cn-397.txt"));
            Assert.Equal(1, exit);
            var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(2, lines.Length);
            Assert.All(lines, l => JsonDocument.Parse(l).Dispose());
            Assert.Contains(Path.GetFileName(bad), stderr);
            Assert.Contains("empty", stderr);
        }
        finally
        {
            File.Delete(bad);
        }
    }

    [Fact]
    public void Markdown_is_an_outline()
    {
        var (exit, stdout, _) = Run("parse", "--format", "markdown", Path.Combine(TestCorpus.Directory, "govdoc-cn-397.txt"));
        Assert.Equal(0, exit);
        Assert.Contains("# 关于加强个人所得税纳税信用建设的通知", stdout);
        Assert.Contains("- **发文机关**: 国家发展改革委办公厅、税务总局办公厅", stdout);
        Assert.Contains("  - （一）全面实施个人所得税申报信用承诺制", stdout);
    }

    [Theory]
    [InlineData("parse")]
    [InlineData("parse", "--format", "xml", "x.txt")]
    [InlineData("parse", "--ocr", "sometimes", "x.pdf")]
    [InlineData("frobnicate")]
    public void Usage_errors_exit_2(params string[] args)
    {
        var (exit, _, stderr) = Run(args);
        Assert.Equal(2, exit);
        Assert.Contains("policyparse", stderr);
    }

    [Fact]
    public void Parse_with_ocr_never_refuses_a_scan_saying_why()
    {
        var scan = Path.Combine(TestCorpus.Directory, "..", "tests", "PolicyParse.Tests", "Fixtures", "scanned", "004-suzhou-2019-zhengwu-gongkai-web.scanned.pdf");
        var (exit, _, stderr) = Run("parse", "--ocr", "never", scan);
        Assert.Equal(1, exit);
        Assert.Contains("scanned images; OCR is needed (PolicyParserOptions.Ocr is Never)", stderr);
    }

    [Fact]
    public void Parse_names_the_ocr_tool_it_was_given_when_that_cannot_run()
    {
        var pdf = Path.Combine(TestCorpus.Directory, "pdf", "004-suzhou-2019-zhengwu-gongkai-web.pdf");
        var (exit, _, stderr) = Run("parse", "--ocr", "always", "--pdftoppm", "/nonexistent/pdftoppm", "--tesseract", "/nonexistent/tesseract", pdf);
        Assert.Equal(1, exit);
        Assert.Contains("pdftoppm (/nonexistent/pdftoppm) could not be started", stderr);
    }
}
