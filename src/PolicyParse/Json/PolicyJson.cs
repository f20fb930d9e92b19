using System;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using PolicyParse.Model;

namespace PolicyParse.Json;

/// <summary>Reads and writes the schemaVersion 1 JSON contract.</summary>
public static class PolicyJson
{
    /// <summary>The options the contract is written with: camelCase, nulls kept, dates as yyyy-MM-dd, Chinese unescaped.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions(indented: true);

    /// <summary>The same options on one line: for what is stored rather than read by people.</summary>
    public static JsonSerializerOptions CompactOptions { get; } = CreateOptions(indented: false);

    /// <summary>Serializes <paramref name="document"/>; indented by default, one line when <paramref name="indented"/> is false.</summary>
    public static string Serialize(PolicyDocument document, bool indented = true) =>
        JsonSerializer.Serialize(document, indented ? Options : CompactOptions);

    /// <summary>Serializes <paramref name="document"/> on one line as UTF-8, without a string in between (for storing).</summary>
    public static byte[] SerializeToUtf8Bytes(PolicyDocument document) => JsonSerializer.SerializeToUtf8Bytes(document, CompactOptions);

    /// <summary>Reads a document back from its JSON.</summary>
    public static PolicyDocument Deserialize(string json) =>
        JsonSerializer.Deserialize<PolicyDocument>(json, Options) ?? throw new JsonException("the JSON is null");

    /// <summary>Reads a document back from its JSON in UTF-8.</summary>
    public static PolicyDocument Deserialize(ReadOnlySpan<byte> utf8Json) =>
        JsonSerializer.Deserialize<PolicyDocument>(utf8Json, Options) ?? throw new JsonException("the JSON is null");

    private static JsonSerializerOptions CreateOptions(bool indented)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            WriteIndented = indented,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.Converters.Add(new IsoDateConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    /// <summary>Dates in the contract are calendar dates: yyyy-MM-dd, no time, no zone.</summary>
    private sealed class IsoDateConverter : JsonConverter<DateTime>
    {
        public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            DateTime.ParseExact(reader.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);

        public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }
}
