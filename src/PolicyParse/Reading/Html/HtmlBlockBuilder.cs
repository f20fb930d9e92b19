using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using AngleSharp.Dom;
using PolicyParse.Layout;

namespace PolicyParse.Reading.Html;

/// <summary>
/// Walks the notice's part of a page into layout blocks: block elements (p, div, h1–h6, li …) and
/// &lt;br&gt; end a paragraph, inline elements (span, b, font, a …) only carry text, so a heading split into
/// many spans stays one line. Data tables become table blocks with their row and column spans; a table
/// used for page layout is walked like any container.
/// </summary>
internal sealed class HtmlBlockBuilder
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "button", "select",
        "input", "textarea", "nav", "head", "title", "meta", "link", "img", "video", "audio", "map",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "section", "article", "header",
        "footer", "aside", "main", "blockquote", "center", "pre", "address", "figure", "figcaption", "form", "fieldset", "hr", "body",
    };

    private readonly List<LayoutBlock> _blocks = new();
    private readonly FileBudget _budget;
    private readonly StringBuilder _text = new();
    private IElement? _blockElement;

    private HtmlBlockBuilder(FileBudget budget) => _budget = budget;

    public static List<LayoutBlock> Build(IElement root, Func<IElement, bool> isExcluded, FileBudget budget)
    {
        var builder = new HtmlBlockBuilder(budget);
        builder.Walk(root, isExcluded);
        builder.Flush();
        return builder._blocks;
    }

    private void Walk(INode node, Func<IElement, bool> isExcluded)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                // Source line breaks and tabs are formatting; spaces (&#32; &nbsp; &ensp;) are content —
                // except where a page keeps one paragraph a source line (styled white-space: pre-line):
                // a line break after a sentence end, or after a bold run that stands on its own line.
                bool afterBoldRun = child.PreviousSibling is IElement { LocalName: "b" or "strong" };
                foreach (char c in text.Data)
                {
                    if (c == '\n' && (EndsSentence() || (afterBoldRun && IsOnlyBoldRun(child.PreviousSibling!))))
                        Flush();
                    else
                        _text.Append(c is '\n' or '\r' or '\t' ? ' ' : c);
                    if (c is not ('\n' or '\r' or ' ' or '\t'))
                        afterBoldRun = false;
                }
                continue;
            }
            if (child is not IElement element || Skipped.Contains(element.LocalName) || isExcluded(element) || IsHidden(element))
                continue;
            _budget.Check();
            switch (element.LocalName)
            {
                case "br":
                    Flush();
                    _blockElement = element.ParentElement;
                    break;
                case "table" when HtmlTables.IsDataTable(element):
                    Flush();
                    _blocks.Add(new TableBlock(HtmlTables.Read(element, _budget), new BlockProvenance(_blocks.Count)));
                    break;
                default:
                    bool block = Blocks.Contains(element.LocalName) || element.LocalName is "table" or "tr" or "td" or "th" or "tbody" or "thead" or "tfoot" or "caption";
                    if (block)
                    {
                        Flush();
                        _blockElement = element;
                    }
                    Walk(element, isExcluded);
                    if (block)
                        Flush();
                    break;
            }
        }
    }

    /// <summary>The paragraph so far ends with a Chinese sentence end or colon (spaces aside).</summary>
    private bool EndsSentence()
    {
        int i = _text.Length - 1;
        while (i >= 0 && _text[i] == ' ') i--;
        return i >= 0 && _text[i] is '。' or '：' or '；' or '！' or '？';
    }

    /// <summary>The bold run is all the paragraph holds so far: a heading on its own source line.</summary>
    private bool IsOnlyBoldRun(INode bold) => _text.ToString().Trim() == bold.TextContent.Trim();

    private void Flush()
    {
        var text = _text.ToString();
        _text.Clear();
        if (text.Trim().Length == 0)
            return;
        _blocks.Add(new ParagraphBlock(text.Trim(' '), Hints(_blockElement, text), new BlockProvenance(_blocks.Count)));
    }

    private static StyleHints Hints(IElement? element, string text)
    {
        if (element is null)
            return StyleHints.None;
        var alignment = TextAlignment.Unknown;
        for (var e = element; e is not null && alignment == TextAlignment.Unknown; e = e.ParentElement)
            alignment = Alignment(e);
        bool bold = IsBold(element) || element.Children.Any(c => IsBold(c) && c.TextContent.Trim() == text.Trim());
        return new StyleHints(alignment, bold);
    }

    private static TextAlignment Alignment(IElement e)
    {
        if (e.LocalName == "center") return TextAlignment.Center;
        var value = (Style(e, "text-align") ?? e.GetAttribute("align"))?.Trim().ToLowerInvariant();
        return value switch
        {
            "center" or "middle" => TextAlignment.Center,
            "right" => TextAlignment.Right,
            "left" or "justify" => TextAlignment.Left,
            _ => TextAlignment.Unknown,
        };
    }

    private static bool IsBold(IElement e) =>
        e.LocalName is "b" or "strong" || Style(e, "font-weight") is "bold" or "bolder" or "600" or "700" or "800" or "900";

    /// <summary>Hidden by its inline style or the hidden attribute (a style sheet's rules are not applied).</summary>
    internal static bool IsHidden(IElement e) =>
        Style(e, "display")?.Trim() == "none" || Style(e, "visibility")?.Trim() == "hidden" || e.HasAttribute("hidden");

    /// <summary>One property of the inline style attribute.</summary>
    internal static string? Style(IElement e, string property)
    {
        var style = e.GetAttribute("style");
        if (style is null) return null;
        foreach (var declaration in style.Split(';'))
        {
            int colon = declaration.IndexOf(':');
            if (colon > 0 && declaration.Substring(0, colon).Trim().Equals(property, StringComparison.OrdinalIgnoreCase))
                return declaration.Substring(colon + 1).Trim().ToLowerInvariant();
        }
        return null;
    }
}
