using System;
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
    public static string Text(ContainerInline? inline)
    {
        var text = new StringBuilder();
        foreach (var line in Lines(inline))
            text.Append(line.Text);
        return text.ToString();
    }

    /// <summary>The lines a block's inlines make (hard breaks end them), each with the 0-based source line it starts on, where Markdig knows it.</summary>
    public static List<(string Text, int? Line)> Lines(ContainerInline? root)
    {
        var lines = new List<(string, int?)>(1);
        int? lineStart = null;
        if (root is null)
            return lines;
        if (root.FirstChild is LiteralInline only && only.NextSibling is null)
        {
            if (only.Content.Length > 0) // plain text, as most table cells and many paragraphs are
                lines.Add((only.Content.ToString(), only.Line));
            return lines;
        }
        var (line, pending) = Scratch.Take();
        PushChildren(pending, root);
        while (pending.Count > 0)
        {
            var inline = pending.Pop();
            if (line.Length == 0 && inline is LiteralInline or CodeInline or AutolinkInline or HtmlEntityInline)
                lineStart = inline.Line;
            switch (inline)
            {
                case LiteralInline literal:
                    line.Append(literal.Content.Text, literal.Content.Start, literal.Content.Length);
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
                    EndLine(lines, line, lineStart);
                    break;
                case LineBreakInline:
                    pending.Push(SoftBreak.Mark);
                    break;
                case SoftBreak:
                    break;
                case HtmlInline html when IsBreakTag(html.Tag):
                    EndLine(lines, line, lineStart);
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
        EndLine(lines, line, lineStart);
        Scratch.Return(line, pending);
        return lines;
    }

    /// <summary>
    /// One line buffer and one stack per thread, reused from paragraph to paragraph: a notice has hundreds
    /// of paragraphs, and a fresh builder for each would grow its buffer again every time.
    /// </summary>
    private static class Scratch
    {
        [ThreadStatic] private static StringBuilder? _line;
        [ThreadStatic] private static Stack<Inline>? _pending;

        public static (StringBuilder Line, Stack<Inline> Pending) Take()
        {
            var taken = (_line ?? new StringBuilder(256), _pending ?? new Stack<Inline>());
            (_line, _pending) = (null, null); // a nested call (none today) would make its own
            return taken;
        }

        /// <summary>Keeps the buffers for the next paragraph, unless a huge one grew them.</summary>
        public static void Return(StringBuilder line, Stack<Inline> pending)
        {
            if (line.Capacity > 16 * 1024)
                return;
            line.Clear();
            pending.Clear();
            (_line, _pending) = (line, pending);
        }
    }

    /// <summary>Children onto the stack last first, so they pop in order.</summary>
    private static void PushChildren(Stack<Inline> pending, ContainerInline container)
    {
        for (var child = container.LastChild; child is not null; child = child.PreviousSibling)
            pending.Push(child);
    }

    /// <summary>The first character that follows, looking into emphasis and links ("open\n**data**" keeps its space).</summary>
    private static char NextChar(Stack<Inline> pending)
    {
        var next = pending.Count > 0 ? pending.Peek() : null;
        for (int depth = 0; next is ContainerInline container && depth < 32; depth++)
            next = container.FirstChild;
        return next switch
        {
            LiteralInline { Content.Length: > 0 } literal => literal.Content[literal.Content.Start],
            CodeInline { Content.Length: > 0 } code => code.Content[0],
            AutolinkInline { Url.Length: > 0 } autolink => autolink.Url[0],
            _ => '\0',
        };
    }

    private static bool NeedsSpace(char left, char right) => left < 0x2E80 && right is > ' ' and < (char)0x2E80;

    private static bool IsBreakTag(string tag) => tag.StartsWith("<br", System.StringComparison.OrdinalIgnoreCase);

    private static void EndLine(List<(string, int?)> lines, StringBuilder line, int? lineStart)
    {
        if (line.Length > 0)
            lines.Add((line.ToString(), lineStart));
        line.Clear();
    }

    /// <summary>Marks where a soft line break stood, so the join can look at the characters on both sides.</summary>
    private sealed class SoftBreak : Inline
    {
        /// <summary>One mark serves every break: it is only compared by type, never linked into a tree.</summary>
        public static readonly SoftBreak Mark = new();
    }
}
