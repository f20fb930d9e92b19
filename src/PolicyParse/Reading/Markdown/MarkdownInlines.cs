using System.Collections.Generic;
using System.Text;
using Markdig.Syntax.Inlines;

namespace PolicyParse.Reading.Markdown;

/// <summary>
/// The text of a block's inlines: emphasis, links and code reduced to their text, images and inline
/// HTML tags dropped (a &lt;br&gt; ends a line). A soft line break — a writer's wrap — joins without a
/// space between Chinese characters and with one between Latin words; a hard break ends the line.
/// </summary>
internal static class MarkdownInlines
{
    public static string Text(ContainerInline? inline) => string.Join("", Lines(inline));

    public static List<string> Lines(ContainerInline? root)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        if (root is null)
            return lines;
        var pending = new Stack<Inline>();
        PushChildren(pending, root);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case LiteralInline literal:
                    line.Append(literal.Content.ToString());
                    break;
                case CodeInline code:
                    line.Append(code.Content);
                    break;
                case AutolinkInline autolink:
                    line.Append(autolink.Url);
                    break;
                case HtmlEntityInline entity:
                    line.Append(entity.Transcoded.ToString());
                    break;
                case LineBreakInline { IsHard: true }:
                    EndLine(lines, line);
                    break;
                case LineBreakInline:
                    pending.Push(new SoftBreak());
                    break;
                case SoftBreak:
                    break;
                case HtmlInline html when IsBreakTag(html.Tag):
                    EndLine(lines, line);
                    break;
                case LinkInline { IsImage: true }:
                    break;
                case ContainerInline container:
                    PushChildren(pending, container);
                    break;
            }
            if (pending.Count > 0 && pending.Peek() is SoftBreak)
            {
                pending.Pop();
                if (line.Length > 0 && NeedsSpace(line[line.Length - 1], NextChar(pending)))
                    line.Append(' ');
            }
        }
        EndLine(lines, line);
        return lines;
    }

    private static void PushChildren(Stack<Inline> pending, ContainerInline container)
    {
        var children = new List<Inline>();
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
            children.Add(child);
        for (int i = children.Count - 1; i >= 0; i--)
            pending.Push(children[i]);
    }

    private static char NextChar(Stack<Inline> pending) =>
        pending.Count > 0 && pending.Peek() is LiteralInline { Content.Length: > 0 } next ? next.Content[next.Content.Start] : '\0';

    private static bool NeedsSpace(char left, char right) => left < 0x2E80 && right is > ' ' and < (char)0x2E80;

    private static bool IsBreakTag(string tag) => tag.StartsWith("<br", System.StringComparison.OrdinalIgnoreCase);

    private static void EndLine(List<string> lines, StringBuilder line)
    {
        if (line.Length > 0)
            lines.Add(line.ToString());
        line.Clear();
    }

    /// <summary>Marks where a soft line break stood, so the join can look at the characters on both sides.</summary>
    private sealed class SoftBreak : Inline
    {
    }
}
