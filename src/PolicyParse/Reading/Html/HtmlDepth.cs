using System.Collections.Generic;
using AngleSharp.Dom;

namespace PolicyParse.Reading.Html;

/// <summary>
/// Refuses a page whose elements nest deeper than any real page does, before anything walks it: the
/// block builder and AngleSharp's own descendant walks recurse once per level, and 20,000 nested spans
/// or list items overflow the stack and kill the process. The check itself walks with a stack of its own.
/// </summary>
internal static class HtmlDepth
{
    /// <summary>Refuses the page when its elements nest deeper than <paramref name="maxDepth"/> (<see cref="PolicyParserOptions.MaxNestingDepth"/>).</summary>
    public static void Check(IDocument document, string? fileName, int maxDepth)
    {
        var pending = new Stack<(INode Node, int Depth)>();
        pending.Push((document.DocumentElement, 1));
        while (pending.Count > 0)
        {
            var (node, depth) = pending.Pop();
            if (depth > maxDepth)
                throw new PolicyParseException(fileName, $"the page nests its elements more than {maxDepth} deep (PolicyParserOptions.MaxNestingDepth), deeper than any web page is laid out; refused so that reading it cannot exhaust the stack");
            foreach (var child in node.ChildNodes)
                if (child is IElement)
                    pending.Push((child, depth + 1));
        }
    }
}
