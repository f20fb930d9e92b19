using System.Collections.Generic;
using System.Linq;
using System.Text;
using PolicyParse.Model;

namespace PolicyParse.Search.Indexing;

/// <summary>The text a notice contributes to the index and to the export: one place, so both say the same.</summary>
internal static class NoticeText
{
    /// <summary>The notice's words in reading order: lead text, then every section's heading and text.</summary>
    public static string Body(PolicyDocument notice)
    {
        var sb = new StringBuilder();
        if (notice.Preamble is { } preamble) sb.Append(preamble).Append('\n');
        foreach (var section in Sections(notice.Sections))
        {
            sb.Append(section.Marker);
            if (section.Heading is not null) sb.Append(section.Heading).Append('\n');
            if (section.Text.Length > 0) sb.Append(section.Text).Append('\n');
        }
        return sb.ToString();
    }

    /// <summary>
    /// The length of every piece of <see cref="Body"/> that is the notice's own text, in the order Body
    /// writes them: the preamble (0 when null, else its length + 1), then for each section its heading
    /// (0 when null, else length + 1) and its text (0 when empty). With the markers, which the notice
    /// keeps, and the line feeds that end each piece, they are the whole body: see <see cref="StoredNoticeText"/>.
    /// </summary>
    public static List<int> Pieces(PolicyDocument notice)
    {
        var pieces = new List<int> { notice.Preamble is null ? 0 : notice.Preamble.Length + 1 };
        foreach (var section in Sections(notice.Sections))
        {
            pieces.Add(section.Heading is null ? 0 : section.Heading.Length + 1);
            pieces.Add(section.Text.Length);
        }
        return pieces;
    }

    /// <summary>Every section of the tree, parents before their children.</summary>
    public static IEnumerable<SectionNode> Sections(IEnumerable<SectionNode> nodes) =>
        nodes.SelectMany(n => new[] { n }.Concat(Sections(n.Children)));
}
