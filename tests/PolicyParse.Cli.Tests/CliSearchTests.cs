using System.Diagnostics;
using System.IO;
using System.Text.Json;

namespace PolicyParse.Cli.Tests;

/// <summary>The index, search and stats commands run as a user runs them.</summary>
public class CliSearchTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args) => PolicyParse.TestSupport.CliProcess.Run(args);

    [Fact]
    public void Index_then_search_as_json_then_stats()
    {
        using var folder = new TempFolder();
        var archive = Directory.CreateDirectory(folder.File("archive")).FullName;
        File.Copy(Path.Combine(TestCorpus.Directory, "003-taierzhuang-2022-shishi-fangan.txt"), Path.Combine(archive, "003.txt"));
        File.WriteAllText(Path.Combine(archive, "empty.txt"), "");
        var index = folder.File("index");

        var (exit, stdout, stderr) = Run("index", archive, "--index", index);
        Assert.Equal(1, exit); // one file failed, the other is indexed
        Assert.Contains("empty.txt", stderr);
        Assert.Contains("1 added", stdout);
        Assert.True(File.Exists(Path.Combine(index, "last-run.json")));

        (exit, stdout, _) = Run("search", "信息公开", "--index", index, "--tasks", "--unit", "区财政局", "--json", "--top", "2");
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        var root = json.RootElement;
        Assert.True(root.GetProperty("total").GetInt32() >= 1);
        var hit = root.GetProperty("hits")[0];
        Assert.Equal("task", hit.GetProperty("kind").GetString());
        Assert.Equal("台政办发〔2022〕4号", hit.GetProperty("docNumber").GetString());
        Assert.Contains("区财政局", hit.GetProperty("task").GetProperty("responsibleUnits").EnumerateArray().Select(u => u.GetString()));
        Assert.Contains("【", hit.GetProperty("snippets")[0].GetString());
        Assert.True(root.GetProperty("facets").GetProperty("unit").GetProperty("区财政局").GetInt32() >= 1);

        (exit, stdout, _) = Run("search", "信息公开", "--index", index, "--tasks", "--top", "3");
        Assert.Equal(0, exit);
        Assert.Matches(@"^\d+ hits, showing 3 \(--top N shows more\)", stdout);
        (exit, stdout, _) = Run("search", "没有这个词语", "--index", index);
        Assert.Equal(0, exit);
        Assert.StartsWith("0 hits. Fewer words", stdout);

        (exit, stdout, _) = Run("stats", "--index", index, "--json");
        Assert.Equal(0, exit);
        using var stats = JsonDocument.Parse(stdout);
        Assert.Equal((1, 67), (stats.RootElement.GetProperty("notices").GetInt32(), stats.RootElement.GetProperty("tasks").GetInt32()));
    }

    [Fact]
    public void Stats_lists_the_twenty_largest_issuers_and_counts_the_rest()
    {
        using var folder = new TempFolder();
        var archive = Directory.CreateDirectory(folder.File("archive")).FullName;
        var counties = "东西南北中上下左右前后新老大小长广安和平兴盛".Select(c => c + "阳县").ToList(); // 25 issuers
        for (int i = 0; i < counties.Count; i++)
            File.WriteAllText(Path.Combine(archive, $"{i}.txt"), $"{counties[i]}人民政府办公室关于做好防汛工作的通知\n阳政办发〔2024〕{i + 1}号\n各乡镇人民政府：\n"
                + $"现就防汛工作通知如下。\n一、压实责任\n落实防汛责任。\n{counties[i]}人民政府办公室\n2024年5月{i + 1}日");
        var index = folder.File("index");
        Run("index", archive, "--index", index);
        var (_, json, _) = Run("stats", "--index", index, "--json");
        using var stats = JsonDocument.Parse(json);
        int issuers = stats.RootElement.GetProperty("noticesByIssuer").EnumerateObject().Count();
        Assert.Equal(counties.Count, issuers);

        var (exit, stdout, _) = Run("stats", "--index", index);
        Assert.Equal(0, exit);
        var line = stdout.Split('\n').Single(l => l.StartsWith("by issuer: ", StringComparison.Ordinal));
        Assert.EndsWith($" … and {issuers - 20} more", line.TrimEnd());
        Assert.Equal(20, line.Split(" … ")[0].Split(", ").Length);
    }

    [Fact]
    public void A_run_that_cannot_write_its_index_exits_3_unlike_a_file_that_fails()
    {
        using var folder = new TempFolder();
        var archive = Directory.CreateDirectory(folder.File("archive")).FullName;
        File.Copy(Path.Combine(TestCorpus.Directory, "002-linshu-2021-zhengwu-gongkai.txt"), Path.Combine(archive, "002.txt"));
        File.WriteAllText(Path.Combine(archive, "empty.txt"), "");
        var notAFolder = folder.File("index-is-a-file");
        File.WriteAllText(notAFolder, "x");

        var (exit, _, stderr) = Run("index", archive, "--index", notAFolder);
        Assert.Equal(3, exit);
        Assert.Contains("the run failed", stderr);

        (exit, _, stderr) = Run("index", archive, "--index", folder.File("index"));
        Assert.Equal(1, exit);
        Assert.Contains("empty.txt", stderr);
    }

    [Fact]
    public void Serve_needs_an_index()
    {
        using var folder = new TempFolder();
        var (exit, _, stderr) = Run("serve", "--index", folder.File("nothing-here"));
        Assert.Equal(2, exit);
        Assert.Contains("no index", stderr);
    }

    [Fact]
    public void Export_streams_what_parses_and_reports_what_does_not()
    {
        using var folder = new TempFolder();
        var archive = Directory.CreateDirectory(folder.File("archive")).FullName;
        File.Copy(Path.Combine(TestCorpus.Directory, "002-linshu-2021-zhengwu-gongkai.txt"), Path.Combine(archive, "002.txt"));
        File.WriteAllText(Path.Combine(archive, "empty.txt"), "");
        var output = folder.File("bulk.ndjson");

        var (exit, _, stderr) = Run("export", archive, "--to", "elasticsearch", "--out", output);
        Assert.Equal(1, exit);
        Assert.Contains("empty.txt", stderr);
        var lines = File.ReadAllText(output).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2 * (1 + 39), lines.Length); // the notice and its 39 tasks, each an action and a document

        (exit, var mapping, _) = Run("export", "--mapping");
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(mapping);
        Assert.True(json.RootElement.TryGetProperty("policy-tasks", out _));

        (exit, _, stderr) = Run("export", archive, "--to", "solr");
        Assert.Equal(2, exit);
        Assert.Contains("elasticsearch", stderr);
    }

    [Fact]
    public void A_notice_saved_in_two_formats_is_one_hit_listing_both_files()
    {
        using var folder = new TempFolder();
        var archive = Directory.CreateDirectory(folder.File("archive")).FullName;
        File.Copy(Path.Combine(TestCorpus.Directory, "003-taierzhuang-2022-shishi-fangan.txt"), Path.Combine(archive, "003.txt"));
        File.Copy(Path.Combine(TestCorpus.Directory, "docx", "003-taierzhuang-2022-shishi-fangan.docx"), Path.Combine(archive, "003.docx"));
        var index = folder.File("index");
        Assert.Equal(0, Run("index", archive, "--index", index).Exit);

        var (exit, stdout, _) = Run("search", "实施方案", "--index", index, "--json");
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        var hit = Assert.Single(json.RootElement.GetProperty("hits").EnumerateArray());
        Assert.EndsWith("003.docx", hit.GetProperty("path").GetString());
        Assert.Equal(new[] { "docx", "txt" }, hit.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("format").GetString()));

        (exit, stdout, _) = Run("search", "实施方案", "--index", index);
        Assert.Contains("(DOCX · TXT)", stdout);
        (exit, stdout, _) = Run("stats", "--index", index);
        Assert.Contains("notices: 1 (in 2 files)", stdout);
    }

    [Fact]
    public void Search_keeps_the_notices_in_a_state_on_a_day()
    {
        using var folder = new TempFolder();
        var archive = Directory.CreateDirectory(folder.File("archive")).FullName;
        File.WriteAllText(Path.Combine(archive, "2-a.txt"), PolicyParse.TestSupport.CitingNotices.A); // indexed after C
        File.WriteAllText(Path.Combine(archive, "1-c.txt"), PolicyParse.TestSupport.CitingNotices.C);
        Assert.Equal(0, Run("index", archive, "--index", folder.File("index")).Exit);
        string[] Numbers(string state)
        {
            var (exit, stdout, stderr) = Run("search", "促进就业", "--index", folder.File("index"), "--status", state, "--as-of", "2023-05-01", "--json");
            Assert.True(exit == 0, stderr);
            using var json = JsonDocument.Parse(stdout);
            return json.RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("docNumber").GetString()!).ToArray();
        }
        Assert.Equal(new[] { "某政发〔2018〕3号" }, Numbers("repealed"));
        Assert.Equal(new[] { "某政发〔2023〕5号" }, Numbers("inForce"));
        var (_, cited, _) = Run("search", "促进就业", "--index", folder.File("index"), "--sort", "cited", "--json");
        using var mostCited = JsonDocument.Parse(cited);
        Assert.Equal("某政发〔2018〕3号", mostCited.RootElement.GetProperty("hits")[0].GetProperty("docNumber").GetString()); // C cites A
    }
}
