namespace PolicyParse.Layout;

/// <summary>Horizontal alignment of a paragraph, where the format records it.</summary>
public enum TextAlignment
{
    /// <summary>The format does not say (plain text).</summary>
    Unknown,
    /// <summary>Left or justified.</summary>
    Left,
    /// <summary>Centered.</summary>
    Center,
    /// <summary>Right.</summary>
    Right,
}

/// <summary>Formatting the header parser may use; every field is optional because plain text has none.</summary>
/// <param name="Alignment">Paragraph alignment.</param>
/// <param name="Bold">Whether most of the text is bold.</param>
/// <param name="FontSize">Font size in points.</param>
/// <param name="OutlineLevel">Outline level 1–9 from a heading style, if any.</param>
/// <param name="StyleName">The source's style or class name.</param>
/// <param name="Red">Whether most of the text is red, as GB/T 9704 prints the organ mark (DOCX, PDF and OFD say).</param>
public sealed record StyleHints(
    TextAlignment Alignment = TextAlignment.Unknown,
    bool Bold = false,
    double? FontSize = null,
    int? OutlineLevel = null,
    string? StyleName = null,
    bool Red = false)
{
    /// <summary>No hints: what plain text gives.</summary>
    public static StyleHints None { get; } = new();
}
