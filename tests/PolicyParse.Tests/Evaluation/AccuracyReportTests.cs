using System.IO;
using PolicyParse.Evaluation;

namespace PolicyParse.Tests.Evaluation;

/// <summary>The accuracy report's comparison rules, on a folder of notices written here.</summary>
public sealed class AccuracyReportTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("policyparse-accuracy-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private const string Notice = "某某市人民政府办公室关于做好测试工作的通知\n某政办发〔2021〕7号\n各区人民政府：\n一、总体要求\n做好工作。\n二、保障措施\n加强领导。\n某某市人民政府办公室　　某某市财政局\n2021年7月9日";

    private AccuracyReport Score(string labelsJson, params (string Name, string Content)[] files)
    {
        foreach (var (name, content) in files)
            File.WriteAllText(Path.Combine(_folder, name), content);
        var labels = Path.Combine(_folder, "..", Path.GetFileName(_folder) + ".labels.json");
        File.WriteAllText(labels, labelsJson);
        try
        {
            return new AccuracyEvaluator().Run(_folder, DocumentLabels.Load(labels));
        }
        finally
        {
            File.Delete(labels);
        }
    }

    [Fact]
    public void Brackets_whitespace_and_issuer_order_do_not_count()
    {
        var report = Score("""
            {"a": {"doc_number": "某政办发[2021]7号", "issuer": ["某某市财政局", "某某市人民政府办公室"],
                   "title": "某某市人民政府办公室关于做好 测试工作的通知", "date": "2021-07-09",
                   "level1_headings": ["一、总体要求", "二、 保障措施"], "chapters": [], "article_count": 0}}
            """, ("a.txt", Notice));
        Assert.Empty(report.Misses);
        Assert.Equal(7, report.Scores.Count);
        Assert.All(report.Scores, s => Assert.Equal((1, 1, "txt"), (s.Correct, s.Labeled, s.Format)));
    }

    [Fact]
    public void Unlabeled_fields_are_not_scored_and_misses_name_file_field_expected_and_got()
    {
        var report = Score("""{"a": {"doc_number": null, "title": "别的标题", "level1_headings": ["一、总体要求"]}}""", ("a.txt", Notice), ("b.txt", Notice));
        Assert.Equal(new[] { "b.txt" }, report.Unlabeled);
        Assert.Equal(new[] { "title", "level1_headings" }, report.Scores.Select(s => s.Field));
        Assert.Equal(2, report.Misses.Count);
        Assert.Equal(new FieldMiss("a.txt", "level1_headings", "一、总体要求", "一、总体要求 | 二、保障措施"), report.Misses[1]);
        Assert.Contains("a.txt  title  别的标题  某某市人民政府办公室关于做好测试工作的通知", report.ToText());
    }

    [Fact]
    public void A_file_that_fails_to_parse_is_wrong_for_every_labeled_field()
    {
        var report = Score("""{"empty": {"title": "某标题", "date": "2021-07-09", "issuer": null}}""", ("empty.txt", "  \n "));
        Assert.Equal(1, report.Failed);
        Assert.All(report.Scores, s => Assert.Equal(0, s.Correct));
        Assert.All(report.Misses, m => Assert.StartsWith("(failed: ", m.Got));
    }

    [Fact]
    public void Floors_name_each_field_and_format_below_them()
    {
        var report = Score("""{"a": {"title": "别的标题", "date": "2021-07-09"}}""", ("a.txt", Notice));
        var floors = Path.Combine(_folder, "floors.json");
        File.WriteAllText(floors, """{"title": {"txt": 50}, "date": {"txt": 100, "html": 90}}""");
        Assert.Equal(new[] { "title/txt 0.0% < floor 50.0%", "date/html not scored < floor 90.0%" }, AccuracyFloors.Load(floors).Violations(report));
    }

    [Fact]
    public void A_labels_file_that_is_not_an_object_is_refused_with_its_name()
    {
        var e = Assert.Throws<PolicyParseException>(() => Score("[1, 2]"));
        Assert.Contains("labels.json", e.Message);
    }
}
