using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.AspNetCore.Http;
using PolicyParse.Search.Searching;

namespace PolicyParse.Cli.Serve;

/// <summary>
/// A notice's source files, read-only. A request names a notice and a file's place in its list, never a
/// path; the file is sent only when the index lists it for that notice, it lies under a folder or file
/// the index was built from (<see cref="Search.Indexing.PolicyIndex.SourceRoots"/>), it is a plain file
/// (no link leading elsewhere) and its content still has the hash it was indexed with. So nothing
/// outside the indexed roots is reachable and nothing is listed.
/// </summary>
internal static class SourceFiles
{
    /// <summary>The largest file served: the parser's own limit, so every indexed file can be.</summary>
    private const long MaxBytes = 256L * 1024 * 1024;

    /// <summary>Where the page links to the <paramref name="n"/>th file of a notice.</summary>
    public static string Link(string noticeId, int n) => $"/api/notices/{noticeId}/files/{n}";

    public static IResult Serve(StoredNotice notice, int n, IReadOnlyList<string> roots, Func<int, string, IResult> problem)
    {
        if (n < 0 || n >= notice.Files.Count)
            return problem(404, "the notice has no such file");
        var file = notice.Files[n];
        if (!IsUnder(file.Path, roots))
            return problem(403, "the file is outside the folders the index was built from");
        var info = new FileInfo(file.Path);
        if (!info.Exists)
            return problem(410, "the file is no longer where it was indexed");
        if (info.LinkTarget is not null)
            return problem(403, "the file is a link; only plain files are served");
        if (info.Length > MaxBytes)
            return problem(403, "the file is too large to serve");
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file.Path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return problem(410, "the file cannot be read: " + e.Message);
        }
        if (new SourceFile(bytes, info.Name).Sha256 != file.Sha256)
            return problem(409, "the file has changed since it was indexed; index it again");
        return new SourceFileResult(bytes, info.Name, file.Format);
    }

    /// <summary>Whether <paramref name="path"/> is one of <paramref name="roots"/> or inside one of them (full paths, compared as written).</summary>
    internal static bool IsUnder(string path, IReadOnlyList<string> roots)
    {
        var full = Path.GetFullPath(path);
        return roots.Any(root => full == root
            || full.StartsWith(root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar, StringComparison.Ordinal));
    }

    /// <summary>The file's bytes as the browser should take them: PDFs, text and web pages shown, the rest downloaded.</summary>
    private sealed class SourceFileResult(byte[] bytes, string name, string format) : IResult
    {
        public async System.Threading.Tasks.Task ExecuteAsync(HttpContext context)
        {
            var (type, inline) = ContentType(format, bytes);
            var response = context.Response;
            response.ContentType = type;
            response.ContentLength = bytes.Length;
            response.Headers.ContentDisposition = new System.Net.Mime.ContentDisposition { Inline = inline, FileName = name }.ToString();
            // A crawled page runs nothing and loads nothing from here: a sandbox of its own origin.
            if (format == "html")
                response.Headers.ContentSecurityPolicy = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:";
            await response.Body.WriteAsync(bytes, context.RequestAborted);
        }
    }

    private static (string Type, bool Inline) ContentType(string format, byte[] bytes) => format switch
    {
        "pdf" => ("application/pdf", true),
        "html" => ("text/html", true), // the page's own <meta charset> applies
        "txt" or "md" => ("text/plain; charset=" + (System.Text.Unicode.Utf8.IsValid(bytes) ? "utf-8" : "gb18030"), true),
        "docx" => ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", false),
        "doc" => ("application/msword", false),
        "rtf" => ("application/rtf", false),
        "odt" => ("application/vnd.oasis.opendocument.text", false),
        "ofd" => ("application/ofd", false),
        _ => ("application/octet-stream", false),
    };
}
