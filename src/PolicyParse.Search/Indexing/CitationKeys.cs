using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using PolicyParse.Model;
using PolicyParse.Parsing.DocumentNumbers;

namespace PolicyParse.Search.Indexing;

/// <summary>
/// How a citation meets the notice it cites: by canonical 文号 ("number|国办发〔2016〕82号", the form the
/// docNumber field holds), else by the title's letters, digits and Han characters ("title|…": quotes,
/// brackets and spaces aside).
/// </summary>
public static class CitationKeys
{
    /// <summary>
    /// The keys others cite <paramref name="notice"/> by: its 文号 and title, and the inner title of a 印发
    /// wrapper (the attached document is the notice). A 转发 or 批转 notice's inner title is the forwarded
    /// notice's, not its own.
    /// </summary>
    public static IEnumerable<string> OwnKeys(PolicyDocument notice)
    {
        if (notice.DocNumber is { } number)
            yield return Number(number.Text);
        if (!string.IsNullOrEmpty(notice.Title))
            yield return Title(notice.Title!);
        if (!string.IsNullOrEmpty(notice.InnerTitle) && notice.InnerTitle != notice.Title && Forwarded(notice) is null)
            yield return Title(notice.InnerTitle!);
    }

    /// <summary>
    /// The notice a 转发/批转 notice forwards ("关于转发《X》的通知"): the reference to X with its 文号 when the
    /// text gives one, else X by title; null for any other notice.
    /// </summary>
    public static DocumentReference? Forwarded(PolicyDocument notice)
    {
        if (notice.InnerTitle is not { Length: > 0 } inner || notice.Title is not { } title || title.IndexOf("转发", StringComparison.Ordinal) < 0 && title.IndexOf("批转", StringComparison.Ordinal) < 0)
            return null;
        var key = Title(inner);
        return notice.References.FirstOrDefault(r => r.Title is not null && Title(r.Title) == key) ?? new DocumentReference(inner, null);
    }

    /// <summary>The key of a reference: its 文号 when it has one, else its title; null when it has neither.</summary>
    public static string? Of(DocumentReference reference) =>
        reference.DocNumber is { Length: > 0 } number ? Number(number)
        : reference.Title is { Length: > 0 } title ? Title(title)
        : null;

    /// <summary>The key of a 文号, in the canonical form the parser gives it.</summary>
    public static string Number(string number) => "number|" + (DocumentNumberParser.Parse(number)?.Text ?? number);

    /// <summary>The key of a title.</summary>
    public static string Title(string title)
    {
        var sb = new StringBuilder("title|", title.Length + 6);
        foreach (char c in title)
            if (char.IsLetterOrDigit(c))
                sb.Append(c);
        return sb.ToString();
    }
}
