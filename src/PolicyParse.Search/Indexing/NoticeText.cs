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

    /// <summary>Every section of the tree, parents before their children.</summary>
    public static IEnumerable<SectionNode> Sections(IEnumerable<SectionNode> nodes) =>
        nodes.SelectMany(n => new[] { n }.Concat(Sections(n.Children)));
}
