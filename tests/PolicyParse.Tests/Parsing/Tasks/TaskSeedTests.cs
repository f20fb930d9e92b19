using PolicyParse.Model;

namespace PolicyParse.Tests.Parsing.Tasks;

/// <summary>Tasks of the seed notices, asserted from the source text independently of the goldens.</summary>
public class TaskSeedTests
{
    private static PolicyDocument Parse(string name) => new PolicyParser().ParseFile(Corpus.PathOf(name));

    [Fact]
    public void Seed001_one_cell_per_line_table_gives_32_tasks()
    {
        var tasks = Parse("001-shinan-2021-zhengwu-gongkai-web.txt").Tasks;
        Assert.Equal(32, tasks.Count);
        Assert.Equal(Enumerable.Range(1, 32).Select(n => n.ToString()), tasks.Select(t => t.Number));
        Assert.All(tasks, t => Assert.Equal("table", t.Origin));

        // Row 5 lost its merged 公开领域 cell: the category above fills down.
        Assert.Equal("会议公开", tasks[4].Category);
        // Row 6's category wrapped onto two lines: 重大决策 + 公开.
        Assert.Equal("重大决策公开", tasks[5].Category);
        Assert.Equal(new[] { "区政府办公室", "区司法局" }, tasks[5].ResponsibleUnits);
        // "区司法局牵头,各相关单位配合" → lead and responsible.
        Assert.Equal(new[] { "区司法局" }, tasks[1].LeadUnits);
        Assert.Equal(new[] { "各相关单位" }, tasks[1].ResponsibleUnits);
        Assert.Equal(new TaskDeadline("12月底前", new DateTime(2021, 12, 31), false), tasks[1].Deadline);
        Assert.Equal(new TaskDeadline("8月底前", new DateTime(2021, 8, 31), false), tasks[6].Deadline);
        Assert.Equal(new TaskDeadline("实时公开", null, true), tasks[0].Deadline);
        Assert.Equal(new TaskDeadline("11月底前", new DateTime(2021, 11, 30), false), tasks[31].Deadline);
        // The table's cells are no longer loose paragraphs anywhere in the sections.
        Assert.DoesNotContain(Flatten(Parse("001-shinan-2021-zhengwu-gongkai-web.txt").Sections), n => n.Text.Contains("区委编办"));
    }

    [Fact]
    public void Seed002_tab_table_gives_39_tasks_with_two_category_levels()
    {
        var d = Parse("002-linshu-2021-zhengwu-gongkai.txt");
        Assert.Equal(39, d.Tasks.Count);
        var first = d.Tasks[0];
        Assert.Equal("做好中心工作和重点领域信息公开 / 推进高质量发展信息公开", first.Category);
        // The next rows leave both category cells empty: merged, filled down.
        Assert.Equal(first.Category, d.Tasks[1].Category);
        Assert.Equal(new[] { "扶贫办", "生态环境分局", "地方金融监管局", "财政局", "应急局", "公安局", "各镇街", "经济开发区" }, d.Tasks[1].ResponsibleUnits);
        Assert.All(d.Tasks, t => Assert.DoesNotContain("<p>", t.Content));
        Assert.All(d.Tasks, t => Assert.NotEmpty(t.ResponsibleUnits));
        // "等有关部门单位" stays on the last unit as written.
        Assert.Contains("住房保障中心等有关部门单位", d.Tasks.SelectMany(t => t.ResponsibleUnits));
        Assert.DoesNotContain(d.Tasks.SelectMany(t => t.ResponsibleUnits), u => u.StartsWith("等"));
    }

    [Fact]
    public void Seed003_one_inline_task_per_annotation()
    {
        var tasks = Parse("003-taierzhuang-2022-shishi-fangan.txt").Tasks;
        Assert.Equal(67, tasks.Count);
        Assert.All(tasks, t => Assert.Equal("inline", t.Origin));
        Assert.Equal(6, tasks.Count(t => t.LeadUnits.Count > 0));
        Assert.All(tasks, t => Assert.DoesNotContain("责任单位", t.Content));

        var first = tasks[0];
        Assert.Equal("深化重点领域信息公开 / 聚焦高质量发展做好信息公开", first.Category);
        Assert.Contains("区地方金融监管局〈区金融服务中心〉", first.ResponsibleUnits);
        Assert.Equal("区大数据中心等部门单位", first.ResponsibleUnits[^1]);

        var housing = tasks[1];
        Assert.Equal(new[] { "区住房城乡建设局" }, housing.LeadUnits);
        Assert.Equal(new[] { "各镇〈街〉", "区直有关部门单位" }, housing.ResponsibleUnits);

        // "（责" + "责任单位：…)" broken across lines is still one annotation, removed from the content.
        var military = tasks.Single(t => t.Content.StartsWith("对军民融合领域"));
        Assert.Equal("对军民融合领域的可公开信息，稳妥有序进行公开。", military.Content);
        Assert.Equal(new[] { "各镇〈街〉", "区发展改革局" }, military.ResponsibleUnits);

        // A sentence broken after "同" is re-joined, so the task reads whole.
        Assert.Contains(tasks, t => t.Content.StartsWith("加快推动政务公开和业务工作统筹考虑、统一布局、同步推进。各镇"));
    }

    private static IEnumerable<SectionNode> Flatten(IEnumerable<SectionNode> nodes) => nodes.SelectMany(n => Flatten(n.Children).Prepend(n));
}
