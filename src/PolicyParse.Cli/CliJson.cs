using System.Text.Json;

namespace PolicyParse.Cli;

/// <summary>How every command and the service write JSON: indented, camelCase names, Chinese left readable (not \u-escaped).</summary>
internal static class CliJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
