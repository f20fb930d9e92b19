using System.IO;
using System.Net;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using PolicyParse.Cli.Serve;
using PolicyParse.Search.Indexing;

namespace PolicyParse.Cli.Tests;

/// <summary>The search service on a real socket over the corpus index, read-only as <c>serve</c> opens it.</summary>
public sealed class SearchServiceFixture : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private PolicyIndex? _index;
    private WebApplication? _app;

    public HttpClient Client { get; } = new();

    public async Task InitializeAsync()
    {
        var folder = _folder.File("index");
        using (var writer = PolicyIndex.Open(folder))
            new BulkIndexer(writer).Run(TestCorpus.Texts());
        _index = PolicyIndex.OpenReadOnly(folder);
        _app = SearchServer.Build(_index, "http://127.0.0.1:0");
        await _app.StartAsync();
        Client.BaseAddress = new Uri(_app.Urls.First());
    }

    public async Task DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
        _index?.Dispose();
        Client.Dispose();
        _folder.Dispose();
    }
}

public sealed class SearchApiTests : IClassFixture<SearchServiceFixture>
{
    private readonly HttpClient _http;

    public SearchApiTests(SearchServiceFixture service) => _http = service.Client;

    private async Task<(HttpStatusCode Status, JsonNode Body)> Get(string url)
    {
        using var response = await _http.GetAsync(url);
        Assert.StartsWith("application/json", response.Content.Headers.ContentType!.ToString());
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    private static string Q(string text) => Uri.EscapeDataString(text);

    [Fact]
    public async Task Health_counts_the_notices_and_tasks()
    {
        var (status, body) = await Get("/health");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("ok", (string?)body["status"]);
        Assert.Equal(6, (int)body["notices"]!);
        Assert.Equal(138, (int)body["tasks"]!);
    }

    [Fact]
    public async Task Search_returns_hits_with_html_highlights_facets_and_no_paths()
    {
        var (status, body) = await Get("/api/search?q=" + Q("营商环境") + "&size=2");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True((int)body["total"]! >= 2);
        var hits = body["hits"]!.AsArray();
        Assert.Equal(2, hits.Count);
        foreach (var hit in hits)
        {
            Assert.Matches("^[0-9a-f]{64}$", (string)hit!["id"]!);
            Assert.Null(hit["path"]);
            Assert.Contains(hit["snippets"]!.AsArray(), s => ((string)s!).Contains("<mark>营商环境</mark>"));
        }
        var issuers = body["facets"]!["issuer"]!.AsObject();
        Assert.Equal((int)body["total"]!, issuers.Sum(p => (int)p.Value!)); // one issuer each: the counts cover every hit, not the page
    }

    [Fact]
    public async Task Snippets_escape_the_text_of_the_notice()
    {
        var (_, body) = await Get("/api/search?q=" + Q("政务公开") + "&size=50");
        foreach (var snippet in body["hits"]!.AsArray().SelectMany(h => h!["snippets"]!.AsArray()))
            Assert.DoesNotContain("<", ((string)snippet!).Replace("<mark>", "").Replace("</mark>", ""));
    }

    [Fact]
    public async Task Filters_and_paging_apply()
    {
        var (_, all) = await Get("/api/search?q=" + Q("政务公开") + "&size=1");
        var (_, byIssuer) = await Get("/api/search?q=" + Q("政务公开") + "&issuer=" + Q("临沭县人民政府办公室"));
        Assert.Equal(1, (int)byIssuer["total"]!);
        Assert.Equal("沭政办字〔2021〕24号", (string?)byIssuer["hits"]![0]!["docNumber"]);
        var (_, byYear) = await Get("/api/search?q=" + Q("政务公开") + "&year=2022");
        Assert.All(byYear["hits"]!.AsArray(), h => Assert.StartsWith("2022", (string)h!["signDate"]!));
        var (_, second) = await Get("/api/search?q=" + Q("政务公开") + "&size=1&page=2");
        Assert.Equal((int)all["total"]!, (int)second["total"]!);
        Assert.NotEqual((string)all["hits"]![0]!["id"]!, (string)second["hits"]![0]!["id"]!);
    }

    [Fact]
    public async Task Tasks_endpoint_finds_tasks_by_unit_and_deadline()
    {
        var (status, body) = await Get("/api/tasks?unit=" + Q("区发展改革局") + "&deadlineBefore=2021-12-31&size=50");
        Assert.Equal(HttpStatusCode.OK, status);
        var hits = body["hits"]!.AsArray();
        Assert.NotEmpty(hits);
        foreach (var hit in hits)
        {
            Assert.Equal("task", (string?)hit!["kind"]);
            var task = hit["task"]!;
            Assert.Contains(task["leadUnits"]!.AsArray().Concat(task["responsibleUnits"]!.AsArray()), u => ((string)u!).Contains("区发展改革局"));
            Assert.True(string.CompareOrdinal((string)task["deadline"]!["date"]!, "2021-12-31") <= 0);
            Assert.Matches("^[0-9a-f]{64}#[0-9]+$", (string)hit["id"]!);
        }
        var (_, ongoing) = await Get("/api/tasks?ongoing=true&size=50");
        Assert.All(ongoing["hits"]!.AsArray(), h => Assert.True((bool)h!["task"]!["deadline"]!["ongoing"]!));
    }

    [Fact]
    public async Task A_notice_opens_by_the_id_a_hit_gives()
    {
        var (_, found) = await Get("/api/search?q=" + Q("docNumber:台政办发〔2022〕4号"));
        var id = (string)found["hits"]![0]!["noticeId"]!;
        Assert.Equal(new[] { "txt" }, found["hits"]![0]!["formats"]!.AsArray().Select(f => (string)f!)); // the formats of its files, no paths
        Assert.Null(found["hits"]![0]!["path"]);
        var (status, notice) = await Get("/api/notices/" + id);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("台政办发〔2022〕4号", (string?)notice["docNumber"]!["text"]);
        Assert.Equal("2022-06-18", (string?)notice["signDate"]);
        Assert.Equal(67, notice["tasks"]!.AsArray().Count);
        Assert.Equal(id, (string?)notice["source"]!["sha256"]);
    }

    [Theory]
    [InlineData("/api/search?q=%22unclosed", "quotation mark")]
    [InlineData("/api/search?q=AND", "both sides")]
    [InlineData("/api/search?q=a%20OR", "both sides")]
    [InlineData("/api/search?q=NOT", "after it")]
    [InlineData("/api/search?q=secret:x", "unknown field")]
    [InlineData("/api/search?q=year:abc", "year")]
    [InlineData("/api/search?size=0", "size")]
    [InlineData("/api/search?size=51", "size")]
    [InlineData("/api/search?page=0", "page")]
    [InlineData("/api/search?page=101&size=10", "1000")]
    [InlineData("/api/search?year=twenty", "year")]
    [InlineData("/api/search?from=2021-13-01", "from")]
    [InlineData("/api/search?to=yesterday", "to")]
    [InlineData("/api/search?kind=files", "kind")]
    [InlineData("/api/search?sort=random", "sort")]
    [InlineData("/api/search?q=a&q=b", "once")]
    [InlineData("/api/tasks?ongoing=maybe", "ongoing")]
    [InlineData("/api/search?status=valid", "status")]
    [InlineData("/api/search?status=repealed&asOf=today", "asOf")]
    [InlineData("/api/tasks?deadlineBefore=soon", "deadlineBefore")]
    [InlineData("/api/notices/..%2F..%2Fetc%2Fpasswd", "64 hex")]
    [InlineData("/api/notices/notice:corpus", "64 hex")]
    [InlineData("/api/notices/ABCDEF", "64 hex")]
    public async Task Bad_requests_get_400_with_a_message(string url, string says)
    {
        var (status, body) = await Get(url);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(says, (string)body["error"]!);
    }

    [Fact]
    public async Task An_overlong_query_gets_400()
    {
        var (status, body) = await Get("/api/search?q=" + Q(new string('政', ApiQuery.MaxQueryLength + 1)));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("longer than", (string)body["error"]!);
    }

    [Fact]
    public async Task Unknown_notices_and_routes_get_404()
    {
        var (status, _) = await Get("/api/notices/" + new string('0', 64));
        Assert.Equal(HttpStatusCode.NotFound, status);
        (status, _) = await Get("/etc/passwd");
        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    [Fact]
    public async Task The_service_is_read_only_and_the_page_is_served()
    {
        using var post = await _http.PostAsync("/api/search?q=x", new StringContent(""));
        Assert.True(post.StatusCode is HttpStatusCode.MethodNotAllowed or HttpStatusCode.NotFound, post.StatusCode.ToString());
        using var page = await _http.GetAsync("/");
        Assert.Equal("text/html; charset=utf-8", page.Content.Headers.ContentType!.ToString());
        Assert.Contains("政策文件检索", await page.Content.ReadAsStringAsync());
        Assert.Contains("default-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single());
        using var script = await _http.GetAsync("/app.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
    }

    [Fact]
    public async Task The_tasks_a_search_finds_download_as_a_ledger()
    {
        using var xlsx = await _http.GetAsync("/api/tasks/export?format=xlsx&unit=" + Q("区财政局"));
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);
        var (_, found) = await Get("/api/tasks?size=1&unit=" + Q("区财政局"));
        using var workbook = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), false);
        var rows = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().Skip(1).ToList();
        Assert.Equal((int)found["total"]!, rows.Count); // every task found, not a page of them
        Assert.All(rows, r => Assert.Contains("区财政局", string.Concat(r.Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().Skip(7).Take(2).Select(c => c.InnerText))));

        using var csv = await _http.GetAsync("/api/tasks/export?format=csv&q=" + Q("信息公开"));
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("序号,公文,文号", (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF'));

        var (status, body) = await Get("/api/tasks/export?format=pdf");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("xlsx, csv or ics", (string)body["error"]!);
    }

    [Fact]
    public void Serve_binds_loopback_by_default() => Assert.StartsWith("http://127.0.0.1:", SearchServer.DefaultUrls);
}
