using System.IO;
using System.Net;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using PolicyParse.Cli.Serve;
using PolicyParse.Search.Indexing;

namespace PolicyParse.Cli.Tests;

/// <summary>
/// The notice view's links to its source files: served from the folders the index was built from, as
/// indexed, and nothing else.
/// </summary>
public sealed class SourceFileServiceTests
{
    private const string Seed = "000-sucheng-2021-zhengwu-gongkai";

    /// <summary>An archive folder with the seed as text, DOCX and HTML, indexed by a bulk run, and a copy outside it indexed file by file.</summary>
    private sealed class Archive : IAsyncDisposable
    {
        private readonly TempFolder _temp;
        private readonly PolicyIndex _index;
        private readonly Microsoft.AspNetCore.Builder.WebApplication _app;

        public string Folder { get; }
        public HttpClient Http { get; } = new();

        private Archive(TempFolder temp, string folder, PolicyIndex index, Microsoft.AspNetCore.Builder.WebApplication app)
        {
            _temp = temp;
            Folder = folder;
            _index = index;
            _app = app;
        }

        public string PathOf(string name) => Path.Combine(Folder, name);

        public static async Task<Archive> Create()
        {
            var temp = new TempFolder();
            var folder = Directory.CreateDirectory(temp.File("archive")).FullName;
            System.IO.File.Copy(Path.Combine(TestCorpus.Directory, Seed + ".txt"), Path.Combine(folder, Seed + ".txt"));
            System.IO.File.Copy(Path.Combine(TestCorpus.Directory, "docx", Seed + ".docx"), Path.Combine(folder, Seed + ".docx"));
            System.IO.File.Copy(Path.Combine(TestCorpus.Directory, "html", "004-suzhou-2019-zhengwu-gongkai-web.html"), Path.Combine(folder, "004.html"));
            var outside = temp.File("003-outside.txt");
            System.IO.File.Copy(Path.Combine(TestCorpus.Directory, "003-taierzhuang-2022-shishi-fangan.txt"), outside);
            using (var writer = PolicyIndex.Open(temp.File("index")))
            {
                new BulkIndexer(writer).Run(new[] { folder });
                writer.Index(new PolicyParser().Parse(new SourceFile(System.IO.File.ReadAllBytes(outside), "003-outside.txt")), outside);
            }
            var index = PolicyIndex.OpenReadOnly(temp.File("index"));
            var app = SearchServer.Build(index, "http://127.0.0.1:0");
            await app.StartAsync();
            var archive = new Archive(temp, folder, index, app);
            archive.Http.BaseAddress = new Uri(app.Urls.First());
            return archive;
        }

        public async Task<JsonNode> Notice(string docNumber)
        {
            var found = JsonNode.Parse(await Http.GetStringAsync("/api/search?q=" + Uri.EscapeDataString("docNumber:" + docNumber)))!;
            return JsonNode.Parse(await Http.GetStringAsync("/api/notices/" + (string)found["hits"]![0]!["noticeId"]!))!;
        }

        public async Task<(HttpStatusCode Status, string Error)> Refused(string href)
        {
            using var response = await Http.GetAsync(href);
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            return (response.StatusCode, (string)body["error"]!);
        }

        public async ValueTask DisposeAsync()
        {
            await _app.DisposeAsync();
            _index.Dispose();
            Http.Dispose();
            _temp.Dispose();
        }
    }

    [Fact]
    public async Task A_notice_links_its_files_and_each_is_served_as_indexed()
    {
        await using var archive = await Archive.Create();
        var notice = await archive.Notice("宿区政办发〔2021〕24号");
        var files = notice["files"]!.AsArray();
        Assert.Equal(new[] { "docx", "txt" }, files.Select(f => (string)f!["format"]!)); // the file that stands for the notice first
        Assert.All(files, f => Assert.DoesNotContain(archive.Folder, f!.ToJsonString())); // links, never paths

        using var docx = await archive.Http.GetAsync((string)files[0]!["href"]!);
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", docx.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(await File.ReadAllBytesAsync(archive.PathOf(Seed + ".docx")), await docx.Content.ReadAsByteArrayAsync());

        using var text = await archive.Http.GetAsync((string)files[1]!["href"]!);
        Assert.Equal("text/plain; charset=utf-8", text.Content.Headers.ContentType!.ToString());
        Assert.Equal("inline", text.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(await File.ReadAllTextAsync(archive.PathOf(Seed + ".txt")), await text.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_web_page_is_served_in_a_sandbox_that_runs_nothing()
    {
        await using var archive = await Archive.Create();
        var notice = await archive.Notice("苏府办〔2019〕118号");
        using var page = await archive.Http.GetAsync((string)notice["files"]![0]!["href"]!);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("sandbox; default-src 'none'", page.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task Nothing_outside_the_indexed_folders_or_unlike_what_was_indexed_is_served()
    {
        await using var archive = await Archive.Create();
        var outside = await archive.Notice("台政办发〔2022〕4号"); // indexed on its own, not from a folder of a bulk run
        Assert.Equal((HttpStatusCode.Forbidden, "the file is outside the folders the index was built from"),
            await archive.Refused((string)outside["files"]![0]!["href"]!));

        var notice = await archive.Notice("宿区政办发〔2021〕24号");
        var id = (string)notice["source"]!["sha256"]!;
        Assert.Equal(HttpStatusCode.NotFound, (await archive.Refused($"/api/notices/{id}/files/2")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await archive.Refused($"/api/notices/{id}/files/-1")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await archive.Refused($"/api/notices/{new string('0', 64)}/files/0")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await archive.Refused("/api/notices/..%2Findex/files/0")).Status);

        var text = (string)notice["files"]![1]!["href"]!;
        await File.AppendAllTextAsync(archive.PathOf(Seed + ".txt"), "\n（补充）");
        Assert.Equal(HttpStatusCode.Conflict, (await archive.Refused(text)).Status);
        File.Delete(archive.PathOf(Seed + ".txt"));
        Assert.Equal(HttpStatusCode.Gone, (await archive.Refused(text)).Status);
    }

    [Theory]
    [InlineData("/srv/archive/a.txt", true)]
    [InlineData("/srv/archive/sub/b.pdf", true)]
    [InlineData("/srv/archive", true)]
    [InlineData("/srv/archive-2/a.txt", false)] // a sibling whose name begins like the root
    [InlineData("/srv/archive/../secret.txt", false)]
    [InlineData("/srv/other.txt", false)]
    public void A_path_is_under_a_root_only_inside_it(string path, bool under) =>
        Assert.Equal(under, SourceFiles.IsUnder(path, new[] { "/srv/archive" }));
}
