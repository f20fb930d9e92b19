using PolicyParse.Model;
using PolicyParse.Parsing.Tasks;

namespace PolicyParse.Tests.Parsing.Tasks;

/// <summary>Each task form the extractor accepts, on small notices written for the case.</summary>
public class TaskFormTests
{
    private static PolicyDocument Parse(string body) =>
        new PolicyParser().ParseText("关于做好2021年测试工作的通知\n各单位：\n" + body, "t.txt");

    [Theory]
    [InlineData("一、任务\n1. 做好公开工作。（责任单位：区财政局、区税务局）", new string[0], new[] { "区财政局", "区税务局" })]
    [InlineData("一、任务\n1. 做好公开工作。（牵头单位：区住房城乡建设局；责任单位：各镇〈街〉、区直有关部门单位）", new[] { "区住房城乡建设局" }, new[] { "各镇〈街〉", "区直有关部门单位" })]
    [InlineData("一、任务\n1. 做好公开工作。[责任单位:区财政局]", new string[0], new[] { "区财政局" })]
    [InlineData("一、任务\n1. 做好公开工作。(责任单位: 区民政局、区教育和体育局)", new string[0], new[] { "区民政局", "区教育和体育局" })]
    [InlineData("一、任务\n1. 做好公开工作。（市规划国土委负责落实）", new string[0], new[] { "市规划国土委" })]
    [InlineData("一、任务\n1. 做好公开工作。（市发展改革委、市经济信息化委分别负责落实）", new string[0], new[] { "市发展改革委", "市经济信息化委" })]
    public void Inline_annotations(string body, string[] lead, string[] responsible)
    {
        var task = Assert.Single(Parse(body).Tasks);
        Assert.Equal("做好公开工作。", task.Content);
        Assert.Equal(("inline", "任务", "1."), (task.Origin, task.Category, task.Number));
        Assert.Equal(lead, task.LeadUnits);
        Assert.Equal(responsible, task.ResponsibleUnits);
    }

    [Fact]
    public void A_remark_on_who_is_in_charge_where_is_no_assignment()
    {
        var d = Parse("一、任务\n1. 开展职业技能等级认定，分级管理证书的实施（市属院校内由市教育局负责），按季度通报进展。");
        Assert.Empty(d.Tasks);
    }

    [Fact]
    public void Lead_and_responsible_lines_under_an_item_belong_to_it()
    {
        var d = Parse("一、任务\n1. 做好公开工作，按月报送进展。\n牵头单位：区政府办公室\n责任单位：各镇街、区直各部门\n2. 加强培训，提升能力。\n责任单位：区人社局");
        Assert.Equal(2, d.Tasks.Count);
        Assert.Equal("做好公开工作，按月报送进展。", d.Tasks[0].Content);
        Assert.Equal(new[] { "区政府办公室" }, d.Tasks[0].LeadUnits);
        Assert.Equal(new[] { "各镇街", "区直各部门" }, d.Tasks[0].ResponsibleUnits);
        Assert.Equal(new[] { "区人社局" }, d.Tasks[1].ResponsibleUnits);
    }

    [Fact]
    public void Pipe_table_with_unnamed_number_column()
    {
        var d = Parse("一、任务分解\n详见下表。\n| 工作任务 | 牵头单位 | 责任单位 | 完成时限 |\n|---|---|---|---|---|\n| 1 | 建立台账 | 区财政局 | 区税务局 | 6月30日前 |\n| 2 | 定期通报 | 区政府办公室 | 各镇街 | 第三季度 |");
        Assert.Equal(2, d.Tasks.Count);
        Assert.Equal(("1", "建立台账"), (d.Tasks[0].Number, d.Tasks[0].Content));
        Assert.Equal(new[] { "区财政局" }, d.Tasks[0].LeadUnits);
        Assert.Equal(new DateTime(2021, 6, 30), d.Tasks[0].Deadline!.Date);
        Assert.Equal(new DateTime(2021, 9, 30), d.Tasks[1].Deadline!.Date);
    }

    [Fact]
    public void Repeated_header_is_skipped_and_an_unnumbered_row_continues_the_one_above()
    {
        var d = Parse("一、任务\n序号\t任务内容\t责任单位\t完成时限\n1\t建立工作台账，\t区财政局\t年底前\n2\t开展专项检查\t区审计局\t上半年\n序号\t任务内容\t责任单位\t完成时限\n\t并按季度通报结果。\t\t\n3\t整改落实\t\t长期坚持");
        Assert.Equal(new[] { "1", "2", "3" }, d.Tasks.Select(t => t.Number));
        Assert.Equal("开展专项检查并按季度通报结果。", d.Tasks[1].Content);
        Assert.Equal(new DateTime(2021, 12, 31), d.Tasks[0].Deadline!.Date);
        Assert.Equal(new DateTime(2021, 6, 30), d.Tasks[1].Deadline!.Date);
        Assert.True(d.Tasks[2].Deadline!.Ongoing);
        // An empty unit cell inherits nothing, and says so.
        Assert.Empty(d.Tasks[2].ResponsibleUnits);
        Assert.Contains(d.Warnings, w => w.Contains("has no unit"));
    }

    [Fact]
    public void Merged_cells_from_row_and_column_spans_fill_the_grid()
    {
        var table = new Layout.TableBlock(new[]
        {
            Row("类别", "任务内容", "责任单位", "完成时间"),
            new Layout.TableRow(new[] { new Layout.TableCell("政务公开", RowSpan: 2), new Layout.TableCell("公开目录"), new Layout.TableCell("区办", RowSpan: 2), new Layout.TableCell("8月底前") }),
            Row("公开年报", "9月底前"),
        }, new Layout.BlockProvenance(0));
        var warnings = new List<string>();
        var tasks = TableTaskExtractor.Extract(table, new SourceLocation(1, 0), 2021, warnings);
        Assert.Equal(new[] { "政务公开", "政务公开" }, tasks.Select(t => t.Category));
        Assert.Equal(new[] { "区办" }, tasks[1].ResponsibleUnits);
        Assert.Equal(new DateTime(2021, 9, 30), tasks[1].Deadline!.Date);
        Assert.Empty(warnings);
    }

    [Fact]
    public void Unknown_deadline_keeps_its_text_and_warns()
    {
        var d = Parse("一、任务\n序号\t任务内容\t责任单位\t完成时限\n1\t建立台账\t区财政局\t视情况而定");
        Assert.Equal(new TaskDeadline("视情况而定", null, false), d.Tasks[0].Deadline);
        Assert.Contains(d.Warnings, w => w.Contains("视情况而定"));
    }

    [Fact]
    public void Task_extraction_can_be_switched_off()
    {
        var parser = new PolicyParser(new PolicyParserOptions { ExtractTasks = false });
        var d = parser.ParseFile(Corpus.PathOf("003-taierzhuang-2022-shishi-fangan.txt"));
        Assert.Empty(d.Tasks);
        Assert.NotEmpty(d.Sections);
    }

    private static Layout.TableRow Row(params string[] cells) => new(cells.Select(c => new Layout.TableCell(c)).ToArray());
}
