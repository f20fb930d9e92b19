namespace PolicyParse.Model;

/// <summary>Where something stands in the source document.</summary>
/// <param name="Page">1-based page number where the format has pages, else null.</param>
/// <param name="Block">0-based index of the block in the document layout.</param>
public sealed record SourceLocation(int? Page, int Block);
