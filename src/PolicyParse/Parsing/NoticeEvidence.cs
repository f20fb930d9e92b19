using System;
using System.Collections.Generic;
using System.Linq;
using PolicyParse.Model;
using PolicyParse.Parsing.Header;

namespace PolicyParse.Parsing;

/// <summary>
/// Whether what was parsed is a 公文 at all. A licence file, a form or an invoice also has first lines;
/// the parser says which of a notice's elements it found (<see cref="PolicyDocument.NoticeEvidence"/>),
/// and where fewer than two are there it warns, and a first line that does not read as a title is
/// not passed off as one (it stays in the text, at the head of the preamble).
/// </summary>
internal static class NoticeEvidence
{
    private const int Enough = 2;

    public static PolicyDocument Assess(PolicyDocument document, List<string> warnings)
    {
        var found = new List<string>();
        bool titled = TitleAnalyzer.ReadsAsTitle(document.Title);
        if (titled) found.Add("title");
        if (document.DocNumber is not null) found.Add("docNumber");
        if (document.Issuers.Count > 0) found.Add("issuers");
        if (document.Addressees.Count > 0) found.Add("addressees");
        if (document.SignDate is not null) found.Add("signDate");
        if (document.PublishAttribute is not null) found.Add("publishAttribute");
        if (document.Sections.Any(s => s.Kind is SectionKind.Chapter or SectionKind.Article || s.Kind == SectionKind.Heading && s.Level == 1))
            found.Add("sections");
        if (document.Promulgation.Count > 0) found.Add("promulgation");

        document = document with { NoticeEvidence = found };
        if (found.Count >= Enough)
            return document;
        warnings.Add($"this does not read as a 公文: of a notice's elements only {(found.Count == 0 ? "none" : string.Join(", ", found))} found");
        if (titled || document.Title is null)
            return document;
        warnings.Add($"the first line \"{Excerpt(document.Title)}\" does not read as a title; title left empty, the line kept at the head of the preamble");
        var preamble = document.Preamble is { Length: > 0 } rest ? document.Title + "\n" + rest : document.Title;
        return document with { Title = null, DocType = null, InnerTitle = null, Preamble = preamble };
    }

    private static string Excerpt(string text) => text.Length <= 30 ? text : text.Substring(0, 30) + "…";
}
