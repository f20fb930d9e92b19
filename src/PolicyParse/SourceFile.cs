using System;
using PolicyParse.Layout;

namespace PolicyParse;

/// <summary>
/// A file's bytes and name as the parser reads them. Its SHA-256 (<c>source.sha256</c> in the contract) is
/// computed once, when first asked for: a bulk run compares it with the index before it parses, and the
/// parse then uses the same value instead of hashing the file again.
/// </summary>
public sealed class SourceFile
{
    private string? _sha256;

    /// <summary>Wraps <paramref name="content"/>; <paramref name="name"/> (without directories) names it in results and errors.</summary>
    public SourceFile(byte[] content, string? name = null)
    {
        Content = content ?? throw new ArgumentNullException(nameof(content));
        Name = name;
    }

    /// <summary>The file's bytes, as read; not copied.</summary>
    public byte[] Content { get; }

    /// <summary>The file name without directories, or null.</summary>
    public string? Name { get; }

    /// <summary>Lower-case hex SHA-256 of <see cref="Content"/>.</summary>
    public string Sha256 => _sha256 ??= Hashing.Sha256Hex(Content); // a race computes the same value twice, harmlessly
}
