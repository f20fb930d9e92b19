using System;
using System.Collections.Generic;
using System.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using PolicyParse.Layout;
using PolicyParse.Normalizing;

namespace PolicyParse.Reading.Html;

/// <summary>
/// Reads government web pages with AngleSharp into the layout: the page is decoded (declared charset,
/// GBK/GB18030 included), the notice's part found, site furniture left out, a metadata table read into
/// <see cref="DocumentLayout.Metadata"/> instead of the body, and the rest walked into blocks.
/// </summary>
internal sealed class HtmlReader : IDocumentReader
{
    private static readonly HtmlParserOptions ParserOptions = new() { IsScripting = false };

    /// <inheritdoc />
    public SourceFormat Format => SourceFormat.Html;

    /// <inheritdoc />
    public DocumentLayout Read(SourceFile source, FileBudget budget)
    {
        var (content, fileName) = (source.Content, source.Name);
        var html = ServerDirectives.Strip(HtmlDecoder.Decode(content, fileName));
        // A parser per page: one shared parser behind a lock would serialize a parallel bulk run.
        using (var document = new HtmlParser(ParserOptions).ParseDocument(html))
        {
            HtmlDepth.Check(document, fileName, budget.Options.MaxNestingDepth);
            var metadata = new Dictionary<string, string>();
            var metadataTables = new HashSet<IElement>();
            foreach (var table in document.QuerySelectorAll("table"))
            {
                if (HtmlMetadata.TryRead(table) is not { } fields) continue;
                metadataTables.Add(table);
                foreach (var pair in fields)
                    if (!metadata.ContainsKey(pair.Key)) metadata[pair.Key] = pair.Value;
            }

            var root = HtmlContent.Locate(document);
            var blocks = new List<LayoutBlock>();
            if (TitleOutside(document, root) is { } title)
                blocks.Add(new ParagraphBlock(title, new StyleHints(TextAlignment.Center, true), new BlockProvenance(0)));
            var body = HtmlBlockBuilder.Build(root, e => metadataTables.Contains(e) || HtmlContent.IsFurniture(e), budget);
            var printHeader = HiddenPrintHeader.Blocks(root, blocks.Concat(body).ToList());
            foreach (var block in printHeader.Concat(body))
                blocks.Add(Renumber(block, blocks.Count));
            if (blocks.Count == 0)
                throw new PolicyParseException(fileName, "the page has no text");
            return new DocumentLayout(fileName, SourceFormat.Html, null, source.Sha256, blocks) { Metadata = metadata };
        }
    }

    /// <summary>
    /// Sites often put the notice's title in an &lt;h1&gt; above the article container; when the container
    /// does not hold it, it is read too, so that the header parser sees the title. A page whose text has
    /// no title at all gives it in its &lt;title&gt;.
    /// </summary>
    private static string? TitleOutside(IDocument document, IElement root)
    {
        if (root != document.Body)
        {
            // Candidates outside the container: an <h1>, elements named for titles, and the lead text of a
            // summary box right before the container. One that states a subject with 关于 wins; else the first.
            // Lazy: most pages answer from their <h1>, and the class query over the whole page is then not run.
            IEnumerable<string> Candidates() => document.QuerySelectorAll("h1")
                .Concat(LazyQuery(document, "[class*=title], [id*=title]"))
                .Where(e => !root.Contains(e) && !e.Contains(root))
                .Select(e => e.TextContent.Trim())
                .Append(LeadText(root.PreviousElementSibling))
                .Where(t => t.Length is > 4 and < 100);
            var text = Candidates().FirstOrDefault(t => t.IndexOf("关于", StringComparison.Ordinal) >= 0) ?? Candidates().FirstOrDefault();
            if (text is not null)
                return text;
        }
        return PageTitle(document) is { } title && TextNormalizer.Normalize(root.TextContent).IndexOf(title, StringComparison.Ordinal) < 0 ? title : null;
    }

    private static IEnumerable<IElement> LazyQuery(IDocument document, string selector)
    {
        foreach (var element in document.QuerySelectorAll(selector))
            yield return element;
    }

    /// <summary>An element's own text before its first child element ("关于…的通知" over a "发布人：…" line); empty for none.</summary>
    private static string LeadText(IElement? element)
    {
        if (element is null)
            return "";
        var lead = new System.Text.StringBuilder();
        foreach (var node in element.ChildNodes)
        {
            if (node is IElement)
                break;
            lead.Append(node.TextContent);
        }
        return lead.ToString().Trim();
    }

    /// <summary>
    /// The notice's title as the page's &lt;title&gt; gives it, without the site's name after a separator
    /// ("关于…的通知_某某市人民政府", "关于…的通知 - 政策文件 | 某某网"); null when it has no 关于, which
    /// every notice title but a law's has, so a bare site name is never taken.
    /// </summary>
    private static string? PageTitle(IDocument document)
    {
        var title = document.Title ?? "";
        int cut = title.IndexOfAny(new[] { '_', '|', '｜' });
        int dash = title.IndexOf(" - ", StringComparison.Ordinal);
        if (dash > 0 && (cut < 0 || dash < cut)) cut = dash;
        var main = TextNormalizer.Normalize(cut > 0 ? title.Substring(0, cut) : title).Trim();
        return main.Length is > 4 and <= 100 && main.IndexOf("关于", StringComparison.Ordinal) >= 0 ? main : null;
    }

    private static LayoutBlock Renumber(LayoutBlock block, int index) => block switch
    {
        ParagraphBlock p => p with { Provenance = new BlockProvenance(index) },
        TableBlock t => t with { Provenance = new BlockProvenance(index) },
        _ => block,
    };
}
