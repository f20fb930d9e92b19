namespace PolicyParse.Layout;

/// <summary>A paragraph's text as the source holds it (not yet normalized), with its style hints.</summary>
public sealed record ParagraphBlock(string Text, StyleHints Style, BlockProvenance Provenance) : LayoutBlock(Provenance)
{
    /// <summary>
    /// True when the source itself ends the paragraph here, as a Markdown paragraph or heading ends at a
    /// blank line: the parser then keeps a numbered paragraph ("一、…") that stops without punctuation
    /// apart from the next block, as a heading. False when the reader cannot tell: a PDF line, an HTML
    /// element or a text line may be a paragraph that layout broke in the middle.
    /// </summary>
    public bool EndsParagraph { get; init; }
}
