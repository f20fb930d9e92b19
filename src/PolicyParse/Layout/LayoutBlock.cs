namespace PolicyParse.Layout;

/// <summary>One block of a <see cref="DocumentLayout"/>: a paragraph or a table.</summary>
public abstract record LayoutBlock(BlockProvenance Provenance);

/// <summary>Where a block came from.</summary>
/// <param name="Block">0-based index of the block in the layout.</param>
/// <param name="Page">1-based page, where the format has pages.</param>
/// <param name="Line">1-based source line, where the format has lines (plain text).</param>
public sealed record BlockProvenance(int Block, int? Page = null, int? Line = null);
