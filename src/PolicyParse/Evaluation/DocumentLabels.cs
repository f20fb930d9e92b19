using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace PolicyParse.Evaluation;

/// <summary>
/// What a person read off one document, field by field, as a <c>labels.json</c> entry holds it
/// (corpus/dev/SOURCES.md). A null field was not labeled and is not scored; an empty string, an
/// empty list or 0 says the document has none.
/// </summary>
public sealed record DocumentLabels
{
    /// <summary>发文字号 in canonical form ("国发〔2019〕5号").</summary>
    public string? DocNumber { get; init; }

    /// <summary>The signing organs (发文机关署名), compared as a set.</summary>
    public IReadOnlyList<string>? Issuers { get; init; }

    /// <summary>The printed title, whole.</summary>
    public string? Title { get; init; }

    /// <summary>成文日期 as yyyy-MM-dd.</summary>
    public string? Date { get; init; }

    /// <summary>Marker and heading of every level-1 (一、) heading, in document order.</summary>
    public IReadOnlyList<string>? Level1Headings { get; init; }

    /// <summary>"第X章" and heading of every chapter.</summary>
    public IReadOnlyList<string>? Chapters { get; init; }

    /// <summary>The number of 第X条 articles.</summary>
    public int? ArticleCount { get; init; }

    /// <summary>The number of tasks the document assigns.</summary>
    public int? TasksCount { get; init; }

    /// <summary>The titles of the attachments.</summary>
    public IReadOnlyList<string>? Attachments { get; init; }

    /// <summary>Reads a labels file: a JSON object from document id (the file name without extension) to its labels.</summary>
    /// <exception cref="PolicyParseException">The file is not such an object.</exception>
    public static IReadOnlyDictionary<string, DocumentLabels> Load(string path)
    {
        var name = Path.GetFileName(path);
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(path));
            if (json.RootElement.ValueKind != JsonValueKind.Object)
                throw new PolicyParseException(name, "a labels file is a JSON object from document id to its labels");
            var labels = new Dictionary<string, DocumentLabels>(StringComparer.Ordinal);
            foreach (var entry in json.RootElement.EnumerateObject())
                labels[entry.Name] = Read(entry.Value);
            return labels;
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            throw new PolicyParseException(name, "cannot read the labels: " + e.Message, e);
        }
    }

    private static DocumentLabels Read(JsonElement e) => new()
    {
        DocNumber = String(e, "doc_number"),
        Issuers = Strings(e, "issuer"),
        Title = String(e, "title"),
        Date = String(e, "date"),
        Level1Headings = Strings(e, "level1_headings"),
        Chapters = Strings(e, "chapters"),
        ArticleCount = Int(e, "article_count"),
        TasksCount = Int(e, "tasks_count"),
        Attachments = Strings(e, "attachments"),
    };

    private static JsonElement? Field(JsonElement e, string name) =>
        e.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    private static string? String(JsonElement e, string name) => Field(e, name)?.GetString();

    private static int? Int(JsonElement e, string name) => Field(e, name)?.GetInt32();

    /// <summary>A list, or one string standing for a list of one.</summary>
    private static IReadOnlyList<string>? Strings(JsonElement e, string name) => Field(e, name) switch
    {
        { ValueKind: JsonValueKind.Array } array => array.EnumerateArray().Select(v => v.GetString() ?? "").ToArray(),
        { ValueKind: JsonValueKind.String } one => one.GetString() is { Length: > 0 } s ? new[] { s } : Array.Empty<string>(),
        null => null,
        var other => throw new InvalidOperationException($"\"{name}\" is a {other.Value.ValueKind}, not a list"),
    };
}
