using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PolicyParse.Search.Export;
using PolicyParse.Search.Indexing;
using PolicyParse.Search.Searching;

namespace PolicyParse.Cli.Serve;

/// <summary>
/// The search service: a read-only JSON API over an index and the one page that uses it. It opens
/// the index without a writer, so <c>policyparse index</c> may update it meanwhile.
/// </summary>
internal static class SearchServer
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>A notice id is the SHA-256 of its source: 64 lowercase hex digits, nothing a path could hide in.</summary>
    private static readonly Regex NoticeId = new("^[0-9a-f]{64}$", RegexOptions.CultureInvariant);

    public static WebApplication Build(PolicyIndex index, string urls)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls(urls);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.ConfigureEndpointDefaults(endpoint =>
        {
            endpoint.Protocols = Microsoft.AspNetCore.Server.Kestrel.Core.HttpProtocols.Http1; // the repair reads HTTP/1.1 framing
            endpoint.Use(next => connection => RequestTargetRepair.Handle(connection, next));
        }));
        builder.Logging.ClearProviders().AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Encoder = CliJson.Options.Encoder);
        var app = builder.Build();
        var searcher = index.CreateSearcher();

        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers["X-Content-Type-Options"] = "nosniff";
            headers["Content-Security-Policy"] = "default-src 'self'; style-src 'self'; script-src 'self'; img-src 'self' data:";
            headers["Referrer-Policy"] = "no-referrer";
            await next(context);
        });

        app.MapGet("/health", () =>
        {
            var stats = index.Statistics();
            return Results.Json(new { status = "ok", notices = stats.Notices, tasks = stats.Tasks });
        });
        app.MapGet("/api/search", (HttpRequest request) => Search(searcher, request, SearchKind.Notices));
        app.MapGet("/api/tasks", (HttpRequest request) => Search(searcher, request, SearchKind.Tasks));
        app.MapGet("/api/tasks/export", (HttpRequest request) => TaskLedger(searcher, request));
        app.MapGet("/api/notices/{id}", (string id) =>
        {
            if (!NoticeId.IsMatch(id))
                return Problem(400, "a notice id is the 64 hex digits of its SHA-256");
            return searcher.Notice(id) is { } notice ? NoticeView(id, notice, searcher.Links(id)) : Problem(404, "no notice with this id");
        });
        app.MapGet("/api/notices/{id}/files/{n:int}", (string id, int n) =>
        {
            if (!NoticeId.IsMatch(id))
                return Problem(400, "a notice id is the 64 hex digits of its SHA-256");
            return searcher.Notice(id) is { } notice ? SourceFiles.Serve(notice, n, index.SourceRoots, Problem) : Problem(404, "no notice with this id");
        });
        app.MapGet(RequestTargetRepair.RejectedPath + "/{reason}", (string reason) =>
            Problem(400, RequestTargetRepair.Reasons.TryGetValue(reason, out var message) ? message : "the request line cannot be read"));
        StaticPage.Map(app);
        app.MapFallback(() => Problem(404, "not found"));
        return app;
    }

    private static IResult Search(PolicySearcher searcher, HttpRequest request, SearchKind kind)
    {
        if (!ApiQuery.IsUtf8(request.QueryString.Value))
            return Problem(400, "the query string is not UTF-8 (GBK or other bytes?); send it as UTF-8, percent-encoded");
        if (request.Query["q"].Count > 1)
            return Problem(400, "give q once");
        var (query, options, error) = ApiQuery.Read(request.Query, kind);
        if (error is not null)
            return Problem(400, error);
        try
        {
            var results = searcher.Search(query, options);
            return Results.Text(SearchJson.Results(results, forService: true).ToJsonString(CliJson.Options), "application/json; charset=utf-8");
        }
        catch (QuerySyntaxException e)
        {
            return Problem(400, "the query is not understood: " + e.Message);
        }
    }

    /// <summary>Every task the search finds (its paging aside) as a ledger file: format=xlsx, csv or ics.</summary>
    private static IResult TaskLedger(PolicySearcher searcher, HttpRequest request)
    {
        if (!ApiQuery.IsUtf8(request.QueryString.Value))
            return Problem(400, "the query string is not UTF-8 (GBK or other bytes?); send it as UTF-8, percent-encoded");
        var format = request.Query["format"].ToString();
        if (format is not ("xlsx" or "csv" or "ics"))
            return Problem(400, "format must be xlsx, csv or ics");
        var (query, options, error) = ApiQuery.Read(request.Query, SearchKind.Tasks);
        if (error is not null)
            return Problem(400, error);
        try
        {
            var rows = searcher.Rows(query, options).ToList();
            using var file = new System.IO.MemoryStream();
            if (format == "xlsx")
                XlsxLedger.Write(rows, file);
            else if (format == "csv")
                CsvLedger.Write(rows, file);
            else
                using (var writer = new System.IO.StreamWriter(file, new System.Text.UTF8Encoding(false), 1 << 16, leaveOpen: true))
                    IcsLedger.Write(rows, writer, DateTime.UtcNow);
            var type = format switch
            {
                "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "csv" => "text/csv; charset=utf-8",
                _ => "text/calendar; charset=utf-8",
            };
            return Results.File(file.ToArray(), type, "任务台账." + format);
        }
        catch (QuerySyntaxException e)
        {
            return Problem(400, "the query is not understood: " + e.Message);
        }
    }

    /// <summary>
    /// The notice's contract JSON with what the service adds: "files" (links, not paths), "status" on today
    /// (inForce, notYetInForce, expired, repealed, unknown), and "cites", "citedBy", "repeals", "repealedBy",
    /// "amends", "amendedBy", "forwardedBy" and the 转发 "chain" from the first notice forwarded to this one (each {title,
    /// docNumber, id}, id null for a notice the index does not hold).
    /// </summary>
    private static IResult NoticeView(string id, StoredNotice notice, NoticeLinks? links)
    {
        var json = JsonNode.Parse(notice.Json)!.AsObject();
        var files = new JsonArray();
        for (int n = 0; n < notice.Files.Count; n++)
            files.Add(new JsonObject { ["format"] = notice.Files[n].Format, ["href"] = SourceFiles.Link(id, n) });
        json["files"] = files;
        if (links is not null)
        {
            json["status"] = JsonNamingPolicy.CamelCase.ConvertName(links.Status.ToString());
            json["cites"] = Links(links.Cites);
            json["citedBy"] = Links(links.CitedBy);
            json["repeals"] = Links(links.Repeals);
            json["repealedBy"] = Links(links.RepealedBy);
            json["amends"] = Links(links.Amends);
            json["amendedBy"] = Links(links.AmendedBy);
            json["forwardedBy"] = Links(links.ForwardedBy);
            json["chain"] = Links(links.Chain);
        }
        return Results.Text(json.ToJsonString(CliJson.Options), "application/json; charset=utf-8");
    }

    private static JsonArray Links(IEnumerable<NoticeLink> links) =>
        new(links.Select(l => (JsonNode)new JsonObject { ["title"] = l.Title, ["docNumber"] = l.DocNumber, ["id"] = l.NoticeId }).ToArray());

    private static IResult Problem(int status, string message) =>
        Results.Text(new JsonObject { ["error"] = message }.ToJsonString(CliJson.Options), "application/json; charset=utf-8", statusCode: status);
}
