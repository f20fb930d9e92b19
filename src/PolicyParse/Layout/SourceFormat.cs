namespace PolicyParse.Layout;

/// <summary>The input formats PolicyParse recognizes.</summary>
public enum SourceFormat
{
    /// <summary>Plain text in any common encoding.</summary>
    Text,
    /// <summary>Office Open XML word processing document.</summary>
    Docx,
    /// <summary>Portable Document Format.</summary>
    Pdf,
    /// <summary>HTML web page.</summary>
    Html,
    /// <summary>Markdown (CommonMark with pipe tables and front matter), as crawlers, legal collections and document converters write it.</summary>
    Markdown,
}
