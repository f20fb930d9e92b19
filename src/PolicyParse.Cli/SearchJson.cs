using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using PolicyParse.Search.Searching;

namespace PolicyParse.Cli;

/// <summary>The JSON of search results, shared by <c>search --json</c> and the search service.</summary>
internal static class SearchJson
{
    /// <summary>
    /// {"total", "hits", "facets"}. The command line shows each hit's path and every file of its notice
    /// ("files": [{"path", "format"}], the one shown first); the service shows no paths
    /// (<paramref name="forService"/>): a hit names its notice by the SHA-256 of its source instead, and
    /// lists the formats its notice's files have ("formats").
    /// </summary>
    public static JsonObject Results(SearchResults results, bool forService = false) => new()
    {
        ["total"] = results.Total,
        ["hits"] = new JsonArray(results.Hits.Select(h => (JsonNode)Hit(h, forService)).ToArray()),
        ["facets"] = new JsonObject(results.Facets.Select(f => new KeyValuePair<string, JsonNode?>(f.Key,
            new JsonObject(f.Value.OrderByDescending(v => v.Value).Select(v => new KeyValuePair<string, JsonNode?>(v.Key, v.Value)))))),
    };

    private static JsonObject Hit(SearchHit h, bool forService)
    {
        var hit = new JsonObject
        {
            ["id"] = forService ? ServiceId(h) : h.Id,
            ["kind"] = h.Kind,
            ["title"] = h.Title,
            ["docNumber"] = h.DocNumber,
            ["issuers"] = new JsonArray(h.Issuers.Select(i => (JsonNode)JsonValue.Create(i)!).ToArray()),
            ["signDate"] = h.SignDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        if (forService)
        {
            hit["noticeId"] = h.NoticeSha256;
            hit["formats"] = new JsonArray(h.Files.Select(f => (JsonNode)JsonValue.Create(f.Format)!).ToArray());
        }
        else
        {
            hit["path"] = h.Path;
            hit["files"] = new JsonArray(h.Files.Select(f => (JsonNode)new JsonObject { ["path"] = f.Path, ["format"] = f.Format }).ToArray());
        }
        hit["score"] = h.Score;
        hit["snippets"] = new JsonArray(h.Snippets.Select(s => (JsonNode)JsonValue.Create(s)!).ToArray());
        hit["task"] = h.TaskJson is null ? null : JsonNode.Parse(h.TaskJson);
        return hit;
    }

    /// <summary>A notice's id is its source's SHA-256; a task's adds its number in the notice ("…#3").</summary>
    private static string ServiceId(SearchHit h)
    {
        int hash = h.Id.LastIndexOf('#');
        return h.Kind == "task" && hash >= 0 ? h.NoticeSha256 + h.Id.Substring(hash) : h.NoticeSha256;
    }
}
