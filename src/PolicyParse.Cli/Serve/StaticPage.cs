using System.Collections.Generic;
using System.IO;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace PolicyParse.Cli.Serve;

/// <summary>
/// The search page: three files embedded in the tool (no front-end build chain, nothing read from
/// disk at run time), served by name.
/// </summary>
internal static class StaticPage
{
    private static readonly Dictionary<string, (string Resource, string ContentType)> Files = new()
    {
        ["/"] = ("index.html", "text/html; charset=utf-8"),
        ["/app.js"] = ("app.js", "text/javascript; charset=utf-8"),
        ["/app.css"] = ("app.css", "text/css; charset=utf-8"),
    };

    public static void Map(WebApplication app)
    {
        foreach (var (route, (resource, contentType)) in Files)
        {
            var bytes = Read(resource);
            app.MapGet(route, () => Results.Bytes(bytes, contentType));
        }
    }

    private static byte[] Read(string name)
    {
        using var stream = typeof(StaticPage).Assembly.GetManifestResourceStream("PolicyParse.Cli.Serve.wwwroot." + name)
                           ?? throw new FileNotFoundException("embedded page file missing: " + name);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
