using System;

namespace PolicyParse;

/// <summary>
/// Thrown when a file cannot be read as a notice: wrong or unsupported format, undecodable text,
/// empty input, corrupt or encrypted container. The message always names the file and the reason.
/// </summary>
public sealed class PolicyParseException : Exception
{
    /// <summary>Creates the exception for <paramref name="fileName"/> with a human-readable <paramref name="reason"/>.</summary>
    public PolicyParseException(string? fileName, string reason, Exception? inner = null)
        : base($"{fileName ?? "<input>"}: {reason}", inner)
    {
        FileName = fileName;
        Reason = reason;
    }

    /// <summary>The file (or stream name) that failed, if known.</summary>
    public string? FileName { get; }

    /// <summary>Why it failed, without the file name.</summary>
    public string Reason { get; }
}
