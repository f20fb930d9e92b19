using System;
using System.Collections.Generic;
using System.Linq;
using AngleSharp.Dom;

namespace PolicyParse.Reading.Html;

/// <summary>
/// Where the notice is on a page: the article container sites use (UCAP-CONTENT, zoom, TRS_Editor,
/// pages_content, article, content …), else the element with the most paragraph text; and which
/// elements are site furniture (navigation, breadcrumbs, share and print bars, QR codes, footers).
/// </summary>
internal static class HtmlContent
{
    private static readonly string[] Containers =
        { "ucap-content", "zoom", "trs_editor", "pages_content", "article-content", "article_content", "articlecontent", "article", "content", "main-content", "zw", "txt" };

    private static readonly string[] Furniture =
        { "nav", "menu", "breadcrumb", "crumb", "position", "share", "bdshare", "print", "qrcode", "ewm", "footer", "foot", "copyright", "sidebar", "toolbar" };

    private const int MinimumText = 100;

    public static IElement Locate(IDocument document)
    {
        var body = document.Body ?? document.DocumentElement;
        // One pass over the elements: each container name's candidates, and each block's own text.
        var candidates = new List<IElement>[Containers.Length];
        IElement? densest = null;
        int densestScore = 0;
        foreach (var element in body.Descendants<IElement>())
        {
            if (IsFurniture(element))
                continue;
            foreach (var token in Tokens(element))
            {
                int rank = Array.IndexOf(Containers, token);
                if (rank >= 0)
                    (candidates[rank] ??= new List<IElement>()).Add(element);
            }
            if (element.LocalName is "div" or "td" or "article" or "section" or "main" && ParagraphText(element) is var score && score > densestScore)
                (densest, densestScore) = (element, score);
        }
        foreach (var list in candidates)
        {
            var best = list?.OrderByDescending(e => e.TextContent.Length).First();
            if (best is not null && best.TextContent.Trim().Length >= MinimumText)
                return best;
        }
        return densest is not null && densestScore > ParagraphText(body) ? densest : body;
    }

    /// <summary>Navigation, breadcrumbs, share/print bars, QR codes and footers, by tag or by id/class.</summary>
    public static bool IsFurniture(IElement e) =>
        e.LocalName is "nav" or "footer" || Tokens(e).Any(t => Array.Exists(Furniture, f => t == f || t.StartsWith(f + "-", StringComparison.Ordinal) || t.StartsWith(f + "_", StringComparison.Ordinal)));

    /// <summary>Text of the element's own paragraphs and text nodes: what a reader takes for its body.</summary>
    private static int ParagraphText(IElement e) =>
        e.ChildNodes.Sum(n => n switch
        {
            IText t => t.Data.Trim().Length,
            IElement c when c.LocalName is "p" or "br" or "span" or "font" or "b" or "strong" => c.TextContent.Trim().Length,
            _ => 0,
        });

    private static IEnumerable<string> Tokens(IElement e)
    {
        var id = e.Id;
        if (!string.IsNullOrEmpty(id))
            yield return id!.ToLowerInvariant();
        foreach (var c in e.ClassList)
            yield return c.ToLowerInvariant();
    }
}
