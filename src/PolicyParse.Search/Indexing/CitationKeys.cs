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
