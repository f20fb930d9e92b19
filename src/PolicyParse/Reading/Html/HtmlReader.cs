using System;
using System.Collections.Generic;
using System.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using PolicyParse.Layout;

namespace PolicyParse.Reading.Html;

/// <summary>
/// Reads government web pages with AngleSharp into the layout: the page is decoded (declared charset,
/// GBK/GB18030 included), the notice's part found, site furniture left out, a metadata table read into
/// <see cref="DocumentLayout.Metadata"/> instead of the body, and the rest walked into blocks.
/// </summary>
public sealed class HtmlReader : IDocumentReader
{
    private static readonly HtmlParserOptions ParserOptions = new() { IsScripting = false };

    /// <inheritdoc />
    public SourceFormat Format => SourceFormat.Html;

    /// <inheritdoc />
    public DocumentLayout Read(byte[] content, string? fileName)
    {
        var html = ServerDirectives.Strip(HtmlDecoder.Decode(content, fileName));
        // A parser per page: one shared parser behind a lock would serialize a parallel bulk run.
        using (var document = new HtmlParser(ParserOptions).ParseDocument(html))
        {
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
            foreach (var block in HtmlBlockBuilder.Build(root, e => metadataTables.Contains(e) || HtmlContent.IsFurniture(e)))
                blocks.Add(Renumber(block, blocks.Count));
            if (blocks.Count == 0)
                throw new PolicyParseException(fileName, "the page has no text");
            return new DocumentLayout(fileName, SourceFormat.Html, null, Hashing.Sha256Hex(content), blocks) { Metadata = metadata };
        }
    }

    /// <summary>
    /// Sites often put the notice's title in an &lt;h1&gt; above the article container; when the container
    /// does not hold it, it is read too, so that the header parser sees the title.
    /// </summary>
    private static string? TitleOutside(IDocument document, IElement root)
    {
        if (root == document.Body)
            return null;
        var heading = document.QuerySelector("h1") ?? document.QuerySelectorAll("[class*=title], [id*=title]").FirstOrDefault(e => !root.Contains(e) && e.TextContent.Trim().Length is > 4 and < 100);
        var text = heading?.TextContent.Trim();
        return heading is null || root.Contains(heading) || string.IsNullOrEmpty(text) ? null : text;
    }

    private static LayoutBlock Renumber(LayoutBlock block, int index) => block switch
    {
        ParagraphBlock p => p with { Provenance = new BlockProvenance(index) },
        TableBlock t => t with { Provenance = new BlockProvenance(index) },
        _ => block,
    };
}
