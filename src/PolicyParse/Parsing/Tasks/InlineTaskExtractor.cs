using System.Collections.Generic;
using System.Linq;
using PolicyParse.Model;

namespace PolicyParse.Parsing.Tasks;

/// <summary>
/// Tasks assigned in the text of the section tree: every annotation makes one task whose content is the
/// text before it (without the annotation) and whose category is the path of enclosing headings
/// ("A / B"). An annotation on a line of its own belongs to the paragraph, or the heading, above it.
/// </summary>
internal static class InlineTaskExtractor
{
    public static List<PolicyTask> Extract(IReadOnlyList<SectionNode> sections, int? year, List<string> warnings)
    {
        var tasks = new List<PolicyTask>();
        foreach (var node in sections)
            Walk(node, new List<string>(), year, tasks, warnings);
        return tasks;
    }

    private static void Walk(SectionNode node, List<string> path, int? year, List<PolicyTask> tasks, List<string> warnings)
    {
        // A run-in heading is the item's first sentence, so it belongs to the content; a heading on a
        // line of its own names the category of what follows.
        var ownPath = node.Heading is null || node.HeadingRunsIn ? path : path.Append(node.Heading).ToList();
        // Without a colon or 负责 no paragraph of the section holds an annotation, so none gives a task.
        if (InlineAnnotation.MayOccurIn(node.Text) || (node.HeadingRunsIn && InlineAnnotation.MayOccurIn(node.Heading!)))
            ReadParagraphs(node, path, ownPath, year, tasks, warnings);
        foreach (var child in node.Children)
            Walk(child, ownPath, year, tasks, warnings);
    }

    /// <summary>The tasks of a section's paragraphs: text, then the annotation that assigns it.</summary>
    private static void ReadParagraphs(SectionNode node, List<string> path, List<string> ownPath, int? year, List<PolicyTask> tasks, List<string> warnings)
    {
        string? previousParagraph = null; // text above a stand-alone annotation line
        bool previousWasStandAlone = false;
        var paragraphs = node.Text.Split('\n');
        if (node.HeadingRunsIn)
            paragraphs[0] = node.Heading + "。" + paragraphs[0];
        foreach (var paragraph in paragraphs)
        {
            var annotations = InlineAnnotation.FindAll(paragraph);
            bool standAlone = annotations.Count == 1 && annotations[0].Start == 0 && annotations[0].End >= paragraph.TrimEnd().Length;
            if (standAlone && previousWasStandAlone && tasks.Count > 0)
            {
                tasks[tasks.Count - 1] = Merge(tasks[tasks.Count - 1], annotations[0], year, warnings);
                continue; // "牵头单位：…" then "责任单位：…" under the same item
            }

            int contentStart = 0;
            foreach (var annotation in annotations)
            {
                var content = paragraph.Substring(contentStart, annotation.Start - contentStart).Trim();
                var category = ownPath;
                if (content.Length == 0 && standAlone && previousParagraph is not null)
                    content = previousParagraph;
                else if (content.Length == 0 && node.Heading is not null)
                    (content, category) = (node.Heading, path); // a heading line, then "责任单位：…" alone
                if (content.Length > 0)
                    tasks.Add(Build(node, content, category, annotation, year, warnings));
                contentStart = annotation.End;
            }
            previousWasStandAlone = standAlone;
            if (annotations.Count == 0)
                previousParagraph = paragraph;
        }
    }

    private static PolicyTask Build(SectionNode node, string content, List<string> category, InlineAnnotation annotation, int? year, List<string> warnings) => new()
    {
        Number = node.Marker,
        Category = category.Count == 0 ? null : string.Join(" / ", category),
        Content = content.TrimEnd('；', ';', '，', ','),
        LeadUnits = annotation.Lead.Distinct().ToArray(),
        ResponsibleUnits = annotation.Responsible.Distinct().ToArray(),
        Deadline = Deadline(annotation.DeadlineText, year, warnings),
        Origin = "inline",
        Location = node.Location,
    };

    private static PolicyTask Merge(PolicyTask task, InlineAnnotation more, int? year, List<string> warnings) => task with
    {
        LeadUnits = task.LeadUnits.Concat(more.Lead).Distinct().ToArray(),
        ResponsibleUnits = task.ResponsibleUnits.Concat(more.Responsible).Distinct().ToArray(),
        Deadline = task.Deadline ?? Deadline(more.DeadlineText, year, warnings),
    };

    private static TaskDeadline? Deadline(string? text, int? year, List<string> warnings)
    {
        if (text is null)
            return null;
        var deadline = DeadlineResolver.Resolve(text, year, out bool understood);
        if (!understood)
            warnings.Add($"deadline \"{text}\" names no time this version reads");
        return deadline;
    }
}
