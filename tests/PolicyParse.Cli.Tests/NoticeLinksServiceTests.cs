using System.IO;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using PolicyParse.Cli.Serve;
using PolicyParse.Search.Indexing;
using PolicyParse.TestSupport;

namespace PolicyParse.Cli.Tests;

/// <summary>The notice view's status and links between notices, through the service.</summary>
public sealed class NoticeLinksServiceTests
{
    [Fact]
    public async Task A_notice_shows_its_status_what_repeals_amends_cites_and_forwards_it()
    {
        using var folder = new TempFolder();
        var archive = Directory.CreateDirectory(folder.File("archive")).FullName;
        File.WriteAllText(Path.Combine(archive, "a.txt"), CitingNotices.A);
        File.WriteAllText(Path.Combine(archive, "b.txt"), CitingNotices.B);
        File.WriteAllText(Path.Combine(archive, "c.txt"), CitingNotices.C);
        File.WriteAllText(Path.Combine(archive, "d.txt"), CitingNotices.D);
        File.WriteAllText(Path.Combine(archive, "p.txt"), CitingNotices.P);
        File.WriteAllText(Path.Combine(archive, "city.txt"), CitingNotices.City);
        File.WriteAllText(Path.Combine(archive, "county.txt"), CitingNotices.County);
        using (var writer = PolicyIndex.Open(folder.File("index")))
            new BulkIndexer(writer).Run(new[] { archive });
        using var index = PolicyIndex.OpenReadOnly(folder.File("index"));
        await using var app = SearchServer.Build(index, "http://127.0.0.1:0");
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

        async Task<JsonNode> ByNumber(string number)
        {
            var found = JsonNode.Parse(await http.GetStringAsync("/api/search?q=" + Uri.EscapeDataString("docNumber:" + number)))!;
            return JsonNode.Parse(await http.GetStringAsync("/api/notices/" + (string)found["hits"]![0]!["noticeId"]!))!;
        }
        var a = await ByNumber("某政发〔2018〕3号");
        var c = await ByNumber("某政发〔2023〕5号");
        Assert.Equal("repealed", (string?)a["status"]); // today is after C's 2023-04-01
        Assert.Equal((string?)c["source"]!["sha256"], (string?)Assert.Single(a["repealedBy"]!.AsArray())!["id"]);
        Assert.Equal(new[] { "某政办发〔2020〕7号", "某政发〔2023〕5号" }, a["citedBy"]!.AsArray().Select(l => (string?)l!["docNumber"]));
        Assert.Equal("inForce", (string?)c["status"]);
        var cited = Assert.Single(c["cites"]!.AsArray())!;
        Assert.Equal(((string?)a["source"]!["sha256"], "某政发〔2018〕3号"), ((string?)cited["id"], (string?)cited["docNumber"]));
        Assert.Equal((string?)a["source"]!["sha256"], (string?)Assert.Single(c["repeals"]!.AsArray())!["id"]);
        var amendedBy = Assert.Single(c["amendedBy"]!.AsArray())!;
        Assert.Equal("某某市人民政府关于修改《某某市促进就业办法》的决定", (string?)amendedBy["title"]);
        var d = JsonNode.Parse(await http.GetStringAsync("/api/notices/" + (string)amendedBy["id"]!))!;
        Assert.Equal((string?)c["source"]!["sha256"], (string?)Assert.Single(d["amends"]!.AsArray())!["id"]);

        var counted = JsonNode.Parse(await http.GetStringAsync("/api/search?statusCounts=true&q=" + Uri.EscapeDataString("促进就业")))!;
        Assert.Equal((1, 2), ((int)counted["facets"]!["status"]!["repealed"]!, (int)counted["facets"]!["status"]!["inForce"]!)); // C, and D amending it
        var repealed = JsonNode.Parse(await http.GetStringAsync("/api/search?status=repealed"))!;
        Assert.Equal("某政发〔2018〕3号", (string?)Assert.Single(repealed["hits"]!.AsArray())!["docNumber"]);
        var before = JsonNode.Parse(await http.GetStringAsync("/api/search?status=inForce&asOf=2023-03-15&q=" + Uri.EscapeDataString("促进就业")))!;
        Assert.Equal("某政发〔2018〕3号", (string?)Assert.Single(before["hits"]!.AsArray())!["docNumber"]); // C not yet in force

        var county = await ByNumber("县政办发〔2021〕9号");
        Assert.Equal(new[] { "某政办发〔2021〕1号", "市政办发〔2021〕5号", "县政办发〔2021〕9号" }, county["chain"]!.AsArray().Select(l => (string?)l!["docNumber"]));
        var city = await ByNumber("市政办发〔2021〕5号");
        Assert.Equal((string?)county["source"]!["sha256"], (string?)Assert.Single(city["forwardedBy"]!.AsArray())!["id"]);
    }
}
