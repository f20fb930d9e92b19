namespace PolicyParse.Layout;

/// <summary>A paragraph's text as the source holds it (not yet normalized), with its style hints.</summary>
public sealed record ParagraphBlock(string Text, StyleHints Style, BlockProvenance Provenance) : LayoutBlock(Provenance);
