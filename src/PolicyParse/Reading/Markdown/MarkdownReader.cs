using System;
using System.Collections.Generic;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using PolicyParse.Layout;
using PolicyParse.Reading.Text;

namespace PolicyParse.Reading.Markdown;

/// <summary>
/// Reads Markdown — crawler and legal-collection exports, and what converters (pandoc, MinerU, Docling,
/// marker) write — with Markdig into the layout: headings become paragraphs with a heading-level hint
/// (the GB/T 9704 parser still decides what a section is, from its marker), emphasis, links and code are
/// reduced to their text, HTML comments and front matter leave the body, pipe tables and HTML tables
/// become table blocks, and YAML front matter is read into the metadata.
/// </summary>
internal sealed class MarkdownReader : IDocumentReader
{
    /// <summary>
    /// CommonMark with pipe tables, YAML front matter and ~~strikethrough~~, and CJK-friendly emphasis: plain
    /// CommonMark does not close "**（一）加强公开。**按照…" (a closing ** after 。 and before a Han
    /// character is not right-flanking), which is how converters write a run-in heading. Immutable and shared.
    /// </summary>
    internal static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseCjkFriendlyEmphasis()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .UseEmphasisExtras()
        .Build();

    /// <inheritdoc />
    public SourceFormat Format => SourceFormat.Markdown;

    /// <inheritdoc />
    public DocumentLayout Read(SourceFile source, FileBudget budget)
    {
        var (content, fileName) = (source.Content, source.Name);
        var (text, _) = TextDecoder.Decode(content, fileName);
        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(text, Pipeline);
        }
        catch (ArgumentException e) // Markdig refuses input nested past its depth limit
        {
            throw new PolicyParseException(fileName, "the Markdown nests quotes, lists or emphasis too deeply to be a document (" + e.Message + ")", e);
        }
        var metadata = new Dictionary<string, string>();
        bool hasFrontMatter = false; // its keys may all be unknown ones, which leave no metadata
        var blocks = new MarkdownBlockBuilder(text, budget).Build(document, frontMatter =>
        {
            hasFrontMatter = true;
            FrontMatter.Read(frontMatter, metadata);
        });
        if (blocks.Count == 0)
            throw new PolicyParseException(fileName, hasFrontMatter
                ? "the Markdown file holds only front matter, no text"
                : "the Markdown file has no text (only whitespace, comments or markup)");
        return new DocumentLayout(fileName, SourceFormat.Markdown, null, source.Sha256, blocks) { Metadata = metadata };
    }

    /// <summary>Reads front matter's "key: value" lines into metadata under the labels the other sources use.</summary>
    private static class FrontMatter
    {
        private static readonly Dictionary<string, string> EnglishKeys = new(StringComparer.OrdinalIgnoreCase)
        {
            ["title"] = "标题",
            ["date"] = "发布日期",
            ["publish_date"] = "发布日期",
            ["doc_number"] = "发文字号",
            ["document_number"] = "发文字号",
            ["issuer"] = "发文机关",
            ["publisher"] = "发文机关",
            ["written_date"] = "成文日期",
        };

        public static void Read(YamlFrontMatterBlock block, Dictionary<string, string> metadata)
        {
            foreach (var line in block.Lines.Lines)
            {
                var text = line.Slice.ToString();
                int colon = text.IndexOfAny(new[] { ':', '：' });
                if (colon <= 0)
                    continue;
                var key = text.Substring(0, colon).Trim();
                var value = text.Substring(colon + 1).Trim().Trim('"', '\'');
                var name = EnglishKeys.TryGetValue(key, out var english) ? english : MetadataLabels.NameOf(key);
                if (name is not null && value.Length > 0 && !metadata.ContainsKey(name))
                    metadata[name] = value;
            }
        }
    }
}
