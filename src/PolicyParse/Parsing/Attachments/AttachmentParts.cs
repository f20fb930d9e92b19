using System.Collections.Generic;
using System.Linq;
using PolicyParse.Model;
using PolicyParse.Parsing.Sections;

namespace PolicyParse.Parsing.Attachments;

/// <summary>
/// The attached documents whose text follows the notice: each attachment heading ("附件2" over its
/// title) opens a part that runs to the next heading, with a section tree of its own, because an
/// attachment numbers its 一、二、… afresh.
/// </summary>
internal static class AttachmentParts
{
    /// <summary>One <see cref="SectionKind.Attachment"/> node per heading, in order; text after the last runs to <paramref name="end"/>.</summary>
    public static IEnumerable<SectionNode> Build(
        IReadOnlyList<Line> lines, IReadOnlyList<(int Index, Attachment Attachment, int TextStart)> headings,
        IReadOnlyList<Attachment> described, int end, List<string> warnings)
    {
        for (int h = 0; h < headings.Count; h++)
        {
            var (index, attachment, textStart) = headings[h];
            int partEnd = h + 1 < headings.Count ? headings[h + 1].Index : end;
            var named = AttachmentParser.Describing(described, attachment) ?? attachment;
            yield return Part(lines[index], named.Number ?? attachment.Number ?? h + 1, named.Title, lines.Skip(textStart).Take(partEnd - textStart), warnings);
        }
    }

    /// <summary>A part node: the heading line it opens with, its number and title, and the section tree of its lines.</summary>
    public static SectionNode Part(Line opening, int number, string title, IEnumerable<Line> lines, List<string> warnings)
    {
        var tree = new SectionTreeBuilder(warnings);
        foreach (var line in ParagraphJoiner.Join(lines).Where(l => !l.IsTable))
            tree.Add(line);
        return new SectionNode
        {
            Kind = SectionKind.Attachment,
            Level = 0,
            Marker = opening.Text == title ? "" : opening.Text,
            Number = number,
            Heading = title,
            Text = tree.Preamble ?? "",
            Location = opening.Location,
            Children = tree.Build(),
        };
    }
}
