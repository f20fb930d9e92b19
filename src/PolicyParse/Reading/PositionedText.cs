namespace PolicyParse.Reading;

/// <summary>
/// Text at a place on a page: a letter of a PDF's text layer, or a word OCR read from a page image. Lines,
/// tables and paragraphs are built from these the same way whichever produced them.
/// </summary>
/// <param name="Text">The characters.</param>
/// <param name="Left">Left edge, in points from the page's left.</param>
/// <param name="Right">Right edge, in points.</param>
/// <param name="Baseline">Baseline height, in points from the page's bottom.</param>
/// <param name="Size">Font size in points (for OCR, the height of the text on its line).</param>
/// <param name="Bold">Whether the font is bold (unknown to OCR, so false there).</param>
/// <param name="Red">Whether the text is filled red (unknown to OCR, so false there).</param>
internal readonly record struct PositionedText(string Text, double Left, double Right, double Baseline, double Size, bool Bold, bool Red = false)
{
    /// <summary>The middle of the text's box, where a table cell that holds it is looked for.</summary>
    public (double X, double Y) Centre => ((Left + Right) / 2, Baseline + Size / 3);
}
