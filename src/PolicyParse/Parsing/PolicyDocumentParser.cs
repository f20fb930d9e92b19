using System;
using System.Collections.Generic;
using System.Linq;
using PolicyParse.Layout;
using PolicyParse.Model;
using PolicyParse.Normalizing;
using PolicyParse.Parsing.Attachments;
using PolicyParse.Parsing.Header;
using PolicyParse.Parsing.Metadata;
using PolicyParse.Parsing.References;
using PolicyParse.Parsing.Sections;
using PolicyParse.Parsing.Signature;
using PolicyParse.Parsing.Tail;
using PolicyParse.Parsing.Tasks;
using PolicyParse.Parsing.Validity;
using PolicyParse.Parsing.Web;

namespace PolicyParse.Parsing;

/// <summary>
/// Turns a <see cref="DocumentLayout"/> into a <see cref="PolicyDocument"/>: normalizes the blocks, then
/// reads the header (版头), the tail (版记), the signature, the attachments and the section tree.
/// Stateless and thread-safe.
/// </summary>
internal sealed class PolicyDocumentParser
{
    private readonly PolicyParserOptions _options;

    /// <summary>Creates a parser; of the options <see cref="PolicyParserOptions.ExtractTasks"/> matters here (the limits come with each file's budget).</summary>
    public PolicyDocumentParser(PolicyParserOptions options) => _options = options;

    /// <summary>Parses a layout produced by any reader, within the file's <paramref name="budget"/>.</summary>
    public PolicyDocument Parse(DocumentLayout layout, FileBudget budget)
    {
        var warnings = new List<string>(layout.Warnings);
        var (metadata, metadataBlocks) = MetadataLines.Extract(layout);
        var lines = FlattenedTableRecovery.Recover(ToLines(layout, metadataBlocks, budget));
        budget.CheckClock();

        var header = HeaderParser.Parse(lines);
        var tail = TailParser.Parse(lines);
        int bodyStart = Math.Min(header.BodyStart, tail.Start), bodyEnd = tail.Start;
        var signature = SignatureParser.Find(lines, bodyStart, bodyEnd);
        var innerTitle = TitleAnalyzer.InnerTitle(header.Title);

        var description = AttachmentParser.FindDescription(lines, bodyStart, bodyEnd);
        var headings = AttachmentParser.FindHeadings(lines, bodyStart, bodyEnd).ToList();
        int attachmentsStart = Math.Min(description?.Start ?? bodyEnd, headings.Count > 0 ? headings[0].Index : bodyEnd);

        // A 印发 wrapper signs first and carries the attached document after its signature; a plain
        // notice signs after its body.
        bool wrapper = signature is not null && signature.End < attachmentsStart
                       && lines.Skip(signature.End).Take(attachmentsStart - signature.End).Any(l => l.Marker is not null);
        var letter = wrapper ? Slice(lines, bodyStart, signature!.Start) : new List<Line>();
        var body = wrapper
            ? Slice(lines, signature!.End, attachmentsStart)
            : Slice(lines, bodyStart, Math.Min(attachmentsStart, signature?.Start ?? bodyEnd));

        string? publishAttribute = lines.Skip(bodyStart).Take(bodyEnd - bodyStart)
            .Select(l => l.IsTable ? null : PublishAttribute.Match(l.Text)).FirstOrDefault(a => a is not null);
        body.RemoveAll(l => !l.IsTable && PublishAttribute.Match(l.Text) is not null);
        if (wrapper && body.Count > 0 && IsAttachedTitle(body[0], innerTitle))
            body.RemoveAt(0);

        var (withoutContents, contents) = ChapterContents.Remove(body);
        var (mainBody, restartedParts) = RestartedParts.Split(withoutContents);
        var tree = new SectionTreeBuilder(warnings);
        foreach (var line in ParagraphJoiner.Join(mainBody).Where(l => !l.IsTable))
        {
            budget.Check();
            tree.Add(line);
        }
        budget.CheckClock();

        var issuers = ChooseIssuers(signature, header, tail, warnings);
        if (header.DocNumber is null) warnings.Add("no document number (发文字号) found in the header");
        if (header.Title is null) warnings.Add("no title found");
        if (signature is null) warnings.Add("no signature date (成文日期) found");

        var bodyLines = lines.Skip(bodyStart).Take(bodyEnd - bodyStart).ToList();
        var described = description?.Items ?? Array.Empty<Attachment>();
        var sections = tree.Build()
            .Concat(restartedParts.Select((p, n) => AttachmentParts.Part(p.Title, n + 2, p.Title.Text, p.Lines, warnings)))
            .Concat(AttachmentParts.Build(lines, headings, described, bodyEnd, warnings)).ToArray();
        var year = TaskExtractor.DocumentYear(signature?.SignDate, header.Title);
        var tasks = !_options.ExtractTasks ? Array.Empty<PolicyTask>() : TaskExtractor.Extract(bodyLines.Where(l => l.IsTable), sections, year, warnings, budget);
        var document = new PolicyDocument
        {
            Source = new SourceInfo(layout.FileName, FormatName(layout.Format), layout.PageCount, layout.Sha256) { OcrPages = layout.OcrPages.Count > 0 ? layout.OcrPages : null },
            DocType = TitleAnalyzer.DocType(header.Title),
            DocNumber = header.DocNumber,
            Issuers = issuers,
            Title = header.Title,
            Promulgation = header.Promulgation,
            InnerTitle = innerTitle,
            Addressees = header.Addressees,
            SignDate = signature?.SignDate,
            PublishAttribute = publishAttribute,
            PrintedBy = tail.PrintedBy,
            PrintDate = tail.PrintDate,
            Cc = tail.Cc,
            Attachments = AttachmentParser.Merge(described, headings.Select(h => h.Attachment)),
            Preamble = JoinParagraphs(ParagraphJoiner.Join(letter).Where(l => !l.IsTable).Select(l => l.Text).Append(tree.Preamble).Concat(contents)),
            Sections = sections,
            Tasks = tasks,
            References = ReferenceExtractor.Extract(bodyLines.SelectMany(TextsOf), header.DocNumber?.Text, innerTitle),
            Validity = ValidityExtractor.Extract(header.Promulgation.Concat(bodyLines.SelectMany(TextsOf)), signature?.SignDate, header.DocNumber?.Text, header.Title, innerTitle),
            Warnings = warnings,
        };
        return NoticeEvidence.Assess(SourceMetadata.Apply(document, metadata, warnings), warnings);
    }

    /// <summary>The layout's blocks as lines, normalized, without site furniture and without the blocks <paramref name="skip"/> names.</summary>
    private static List<Line> ToLines(DocumentLayout layout, ISet<int> skip, FileBudget budget)
    {
        var lines = new List<Line>(layout.Blocks.Count);
        for (int index = 0; index < layout.Blocks.Count; index++)
        {
            budget.Check();
            if (skip.Contains(index))
                continue;
            var block = layout.Blocks[index];
            var location = new SourceLocation(block.Provenance.Page, block.Provenance.Block);
            switch (block)
            {
                case ParagraphBlock p:
                    var text = TextNormalizer.Normalize(p.Text);
                    if (text.Length > 0 && !WebFurniture.IsFurniture(text))
                        lines.Add(new Line(text, p.Text, location, p.Style) { EndsSourceParagraph = p.EndsParagraph });
                    break;
                case TableBlock t:
                    lines.Add(new Line("", "", location, StyleHints.None, t));
                    break;
            }
        }
        return lines;
    }

    private static IReadOnlyList<string> ChooseIssuers(SignatureResult? signature, HeaderResult header, TailResult tail, List<string> warnings)
    {
        if (signature is not null && signature.Issuers.Count > 0)
            return signature.Issuers;
        if (header.OrganMark.Count > 0)
            return header.OrganMark;
        if (tail.PrintedBy is not null)
        {
            warnings.Add($"no issuer in signature or header; took the 印发机关 {tail.PrintedBy} as issuer");
            return new[] { tail.PrintedBy };
        }
        warnings.Add("no issuer found");
        return Array.Empty<string>();
    }

    /// <summary>The attached document's own title, repeated as the first line after the wrapper's signature.</summary>
    private static bool IsAttachedTitle(Line line, string? innerTitle) =>
        !line.IsTable && (line.Text == innerTitle
                          || (line.Marker is null && line.Text.Length <= 60 && line.Text.IndexOfAny(new[] { '。', '，', ',', '：', ':' }) < 0));

    private static IEnumerable<string> TextsOf(Line line) =>
        line.Table is null
            ? new[] { line.Text }
            : line.Table.Rows.SelectMany(r => r.Cells).Select(c => TextNormalizer.Normalize(c.Text));

    private static List<Line> Slice(List<Line> lines, int start, int end) =>
        lines.Skip(start).Take(Math.Max(0, end - start)).ToList();

    private static string? JoinParagraphs(IEnumerable<string?> paragraphs)
    {
        var text = string.Join("\n", paragraphs.Where(p => !string.IsNullOrEmpty(p)));
        return text.Length == 0 ? null : text;
    }

    internal static string FormatName(SourceFormat format) => format switch
    {
        SourceFormat.Text => "txt",
        SourceFormat.Markdown => "md",
        SourceFormat.Docx => "docx",
        SourceFormat.Pdf => "pdf",
        SourceFormat.Doc => "doc",
        SourceFormat.Wps => "wps",
        SourceFormat.Rtf => "rtf",
        SourceFormat.Odt => "odt",
        SourceFormat.Ofd => "ofd",
        _ => "html",
    };
}
