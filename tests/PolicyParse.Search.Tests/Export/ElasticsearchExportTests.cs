using System.IO;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PolicyParse.Search.Export;

namespace PolicyParse.Search.Tests;

/// <summary>
/// The bulk NDJSON and the mapping, checked line by line and against each other. No cluster can be
/// reached from here, so nothing is loaded into one: the checks are of shape and agreement.
/// </summary>
public sealed class ElasticsearchExportTests
{
    private static readonly JsonObject Mapping = JsonNode.Parse(ElasticsearchExport.Mapping())!.AsObject();

    private static List<string> ExportCorpus(out int notices)
    {
        var bytes = new MemoryStream();
        var export = new ElasticsearchExport(bytes);
        var parser = new PolicyParser();
        notices = 0;
        foreach (var file in System.IO.Directory.GetFiles(TestCorpus.Directory, "0*.txt").OrderBy(f => f, StringComparer.Ordinal))
        {
            export.Write(parser.ParseFile(file));
            notices++;
        }
        var ndjson = System.Text.Encoding.UTF8.GetString(bytes.ToArray());
        Assert.EndsWith("\n", ndjson); // the bulk API needs the last line ended too
        return ndjson.Split('\n').SkipLast(1).ToList();
    }

    [Fact]
    public void Lines_alternate_action_and_document_for_every_notice_and_task()
    {
        var lines = ExportCorpus(out int notices);
        Assert.Equal(0, lines.Count % 2);
        int noticeDocs = 0, taskDocs = 0;
        for (int i = 0; i < lines.Count; i += 2)
        {
            Assert.DoesNotContain('\n', lines[i + 1]);
            var action = JsonNode.Parse(lines[i])!.AsObject();
            var meta = Assert.Single(action).Value!.AsObject();
            Assert.Equal("index", action.Single().Key);
            var index = (string)meta["_index"]!;
            var id = (string)meta["_id"]!;
            var doc = JsonNode.Parse(lines[i + 1])!.AsObject();
            if (index == ElasticsearchExport.NoticeIndex)
            {
                noticeDocs++;
                Assert.Matches("^[0-9a-f]{64}$", id);
                Assert.Equal(id, (string)doc["sha256"]!);
            }
            else
            {
                Assert.Equal(ElasticsearchExport.TaskIndex, index);
                taskDocs++;
                Assert.Matches("^[0-9a-f]{64}#[0-9]+$", id);
                Assert.Equal(id, (string)doc["noticeId"]! + "#" + (int)doc["number"]!);
            }
        }
        Assert.Equal(notices, noticeDocs);
        Assert.Equal(32 + 39 + 67, taskDocs); // the corpus's tasks: 001, 002, 003
    }

    [Fact]
    public void Every_document_field_is_mapped_with_a_matching_type()
    {
        var lines = ExportCorpus(out _);
        for (int i = 0; i < lines.Count; i += 2)
        {
            var index = (string)JsonNode.Parse(lines[i])!["index"]!["_index"]!;
            var properties = Mapping[index]!["mappings"]!["properties"]!.AsObject();
            foreach (var (name, value) in JsonNode.Parse(lines[i + 1])!.AsObject())
            {
                Assert.True(properties.ContainsKey(name), $"{index}.{name} is not mapped (dynamic: strict would reject the document)");
                if (value is null) continue;
                var type = (string)properties[name]!["type"]!;
                var values = value is JsonArray array ? array.Select(v => v!).ToList() : new List<JsonNode> { value };
                foreach (var v in values)
                {
                    switch (type)
                    {
                        case "date": Assert.Matches(new Regex(@"^\d{4}-\d{2}-\d{2}$"), (string)v!); break;
                        case "integer": Assert.Equal(System.Text.Json.JsonValueKind.Number, v.GetValueKind()); break;
                        case "boolean": Assert.Contains(v.GetValueKind(), new[] { System.Text.Json.JsonValueKind.True, System.Text.Json.JsonValueKind.False }); break;
                        default: Assert.Equal(System.Text.Json.JsonValueKind.String, v.GetValueKind()); break;
                    }
                }
            }
        }
    }

    [Fact]
    public void Known_facts_of_the_corpus_come_through()
    {
        var docs = ExportCorpus(out _).Where((_, i) => i % 2 == 1).Select(l => JsonNode.Parse(l)!).ToList();
        var linshu = docs.Single(d => d["taskCount"] is not null && (string?)d["docNumber"] == "沭政办字〔2021〕24号");
        Assert.Equal("2021-05-28", (string?)linshu["signDate"]);
        Assert.Equal(6, linshu["cc"]!.AsArray().Count);
        Assert.Contains("全面推进中心工作和重点领域信息公开", linshu["headings"]!.AsArray().Select(h => (string)h!));
        var dated = docs.Where(d => d["content"] is not null && d["deadline"] is not null).ToList();
        Assert.Equal(9, dated.Count); // 001 dates nine of its tasks
        Assert.All(dated, d => Assert.False((bool)d["ongoing"]!));
        Assert.Equal(23, docs.Count(d => d["content"] is not null && (bool)d["ongoing"]!));
    }

    [Fact]
    public void Mapping_uses_smartcn_for_text_and_keywords_for_names()
    {
        foreach (var index in new[] { ElasticsearchExport.NoticeIndex, ElasticsearchExport.TaskIndex })
        {
            var definition = Mapping[index]!;
            Assert.Equal("smartcn", (string?)definition["settings"]!["analysis"]!["analyzer"]!["chinese"]!["type"]);
            Assert.Equal("strict", (string?)definition["mappings"]!["dynamic"]);
            var properties = definition["mappings"]!["properties"]!;
            foreach (var name in new[] { "docNumber", "issuers" })
            {
                Assert.Equal("keyword", (string?)properties[name]!["type"]);
                Assert.Equal("chinese", (string?)properties[name]!["fields"]!["text"]!["analyzer"]);
            }
            Assert.Equal("date", (string?)properties["signDate"]!["type"]);
            Assert.Equal("chinese", (string?)properties["title"]!["analyzer"]);
        }
        Assert.Equal("keyword", (string?)Mapping[ElasticsearchExport.TaskIndex]!["mappings"]!["properties"]!["units"]!["type"]);
        Assert.Equal("date", (string?)Mapping[ElasticsearchExport.TaskIndex]!["mappings"]!["properties"]!["deadline"]!["type"]);
    }
}
