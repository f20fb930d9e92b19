using PolicyParse.Layout;
using PolicyParse.Model;
using PolicyParse.Parsing.Sections;

namespace PolicyParse.Parsing;

/// <summary>
/// A paragraph as the structure parsers see it: normalized text for matching, the raw text for
/// facts that keep the source's form (document number, wide gaps between joint signatures), and
/// where it came from. A table block travels through the same list as a line with <see cref="Table"/> set.
/// </summary>
internal sealed record Line(string Text, string Raw, SourceLocation Location, StyleHints Style, TableBlock? Table = null)
{
    public bool IsTable => Table is not null;

    /// <summary>
    /// The heading marker the line starts with, read once: joiner, tree and wrapper detection all ask.
    /// (A line changed with <c>with { Text = … }</c> keeps the old marker; build a new Line instead.)
    /// </summary>
    public MarkerMatch? Marker { get; } = HeadingMarker.Match(Text);

    /// <summary>The source ends a paragraph after this line (<see cref="ParagraphBlock.EndsParagraph"/>).</summary>
    public bool EndsSourceParagraph { get; init; }

    public override string ToString() => IsTable ? "<table>" : Text;
}
