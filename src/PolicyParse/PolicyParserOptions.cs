namespace PolicyParse;

/// <summary>Settings for <see cref="PolicyParser"/>.</summary>
public sealed class PolicyParserOptions
{
    /// <summary>Inputs larger than this are refused with a <see cref="PolicyParseException"/>; default 256 MiB.</summary>
    public long MaxInputBytes { get; init; } = 256L * 1024 * 1024;
}
