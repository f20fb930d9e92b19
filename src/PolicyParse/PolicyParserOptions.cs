namespace PolicyParse;

/// <summary>Settings for <see cref="PolicyParser"/>.</summary>
public sealed class PolicyParserOptions
{
    /// <summary>Inputs larger than this are refused with a <see cref="PolicyParseException"/>; default 256 MiB.</summary>
    public long MaxInputBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Whether to extract <c>tasks</c>; callers who only index text can skip the work. Default true.</summary>
    public bool ExtractTasks { get; init; } = true;
}
