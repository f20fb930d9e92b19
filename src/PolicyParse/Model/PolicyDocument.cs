using System;
using System.Collections.Generic;

namespace PolicyParse.Model;

/// <summary>
/// A parsed notice (公文). Immutable; its JSON form is the schemaVersion 1 contract, so property
/// names and order here are a public interface.
/// </summary>
public sealed record PolicyDocument
{
    /// <summary>The JSON contract version this model serializes to.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>Always <see cref="CurrentSchemaVersion"/> for documents this library writes.</summary>
    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>Where the notice came from.</summary>
    public SourceInfo Source { get; init; } = new();

    /// <summary>The notice's kind by GB/T 9704 (通知, 意见, 决定 …), read from the end of the title; null when the title names none.</summary>
    public string? DocType { get; init; }

    /// <summary>发文字号, or null when the notice has none.</summary>
    public DocumentNumber? DocNumber { get; init; }

    /// <summary>发文机关: one entry per issuing organ, from the signature when present, else from the header mark.</summary>
    public IReadOnlyList<string> Issuers { get; init; } = Array.Empty<string>();

    /// <summary>The notice's own title, re-joined across lines, stray spaces removed.</summary>
    public string? Title { get; init; }

    /// <summary>
    /// The history a law, regulation or order carries under its title ("2019年4月20日中华人民共和国国务院令第713号公布
    /// 自2019年9月1日起施行", "…会议通过"), and an order's banner with its number ("中华人民共和国国务院令第706号"),
    /// as printed; kept out of title and body.
    /// </summary>
    public IReadOnlyList<string> Promulgation { get; init; } = Array.Empty<string>();

    /// <summary>For a 印发/转发 wrapper ("关于印发《X》的通知"), the title X of the attached document.</summary>
    public string? InnerTitle { get; init; }

    /// <summary>主送机关, one entry per addressee.</summary>
    public IReadOnlyList<string> Addressees { get; init; } = Array.Empty<string>();

    /// <summary>成文日期 from the signature block.</summary>
    public DateTime? SignDate { get; init; }

    /// <summary>公开属性 such as 此件公开发布, without brackets.</summary>
    public string? PublishAttribute { get; init; }

    /// <summary>印发机关 from the 版记.</summary>
    public string? PrintedBy { get; init; }

    /// <summary>印发日期 from the 版记.</summary>
    public DateTime? PrintDate { get; init; }

    /// <summary>抄送机关.</summary>
    public IReadOnlyList<string> Cc { get; init; } = Array.Empty<string>();

    /// <summary>附件 named in the 附件说明 or by an attachment heading.</summary>
    public IReadOnlyList<Attachment> Attachments { get; init; } = Array.Empty<Attachment>();

    /// <summary>
    /// Body text before the first numbered heading (the lead paragraph of the notice or, for a 印发
    /// wrapper, of the attached document). An addition to the contract's fields so that no body text is lost.
    /// </summary>
    public string? Preamble { get; init; }

    /// <summary>The numbered section tree of the body (of the attached document, for a wrapper).</summary>
    public IReadOnlyList<SectionNode> Sections { get; init; } = Array.Empty<SectionNode>();

    /// <summary>Tasks assigned to units, from task tables and inline assignments.</summary>
    public IReadOnlyList<PolicyTask> Tasks { get; init; } = Array.Empty<PolicyTask>();

    /// <summary>Other documents the text cites.</summary>
    public IReadOnlyList<DocumentReference> References { get; init; } = Array.Empty<DocumentReference>();

    /// <summary>时效性 as the text states it (施行 date, term, documents repealed); null when it states none.</summary>
    public NoticeValidity? Validity { get; init; }

    /// <summary>
    /// Which of a 公文's elements the parser found: any of "title" (one that reads as a title), "docNumber",
    /// "issuers", "addressees", "signDate", "publishAttribute", "sections" (level-1 headings, chapters or
    /// articles), "promulgation". Fewer than two means the input is probably no notice (a licence, a form,
    /// an invoice); a warning then says so.
    /// </summary>
    public IReadOnlyList<string> NoticeEvidence { get; init; } = Array.Empty<string>();

    /// <summary>What the parser was unsure of; it never guesses silently.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = Array.Empty<string>();
}
