namespace PolicyParse.Reading.Pdf;

/// <summary>One line of text on a page, rebuilt from letters that share a baseline.</summary>
/// <param name="Text">The letters in reading order; a gap wider than a space becomes spaces (a wide gap several).</param>
/// <param name="Left">Left edge of the first letter, in points.</param>
/// <param name="Right">Right edge of the last letter.</param>
/// <param name="Baseline">Baseline height from the bottom of the page.</param>
/// <param name="FontSize">The largest letter size on the line, in points.</param>
/// <param name="Bold">Whether most letters use a bold font.</param>
/// <param name="Red">Whether most letters are red.</param>
internal sealed record PdfTextLine(string Text, double Left, double Right, double Baseline, double FontSize, bool Bold, bool Red = false);
