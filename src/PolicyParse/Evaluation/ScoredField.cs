using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using PolicyParse.Model;

namespace PolicyParse.Evaluation;

/// <summary>
/// One field the accuracy report scores: how to read the expected value off the labels and the
/// value got off a parse, both as comparable text. The comparison rules (README, "Accuracy"):
/// whitespace never counts; the bracket pairs 〔〕 [] （） () 【】 ［］ around a document number's
/// year are equal; issuers are a set; lists compare whole and in order.
/// </summary>
public sealed class ScoredField
{
    private readonly Func<DocumentLabels, string?> _expected;
    private readonly Func<PolicyDocument, string> _got;

    private ScoredField(string name, Func<DocumentLabels, string?> expected, Func<PolicyDocument, string> got)
    {
        Name = name;
        _expected = expected;
        _got = got;
    }

    /// <summary>The field's name, as labels.json spells it.</summary>
    public string Name { get; }

    /// <summary>The labeled value in comparable form, or null when the field is not labeled.</summary>
    public string? Expected(DocumentLabels labels) => _expected(labels);

    /// <summary>The parsed value in comparable form.</summary>
    public string Got(PolicyDocument document) => _got(document);

    /// <summary>Every scored field, in report order.</summary>
    public static IReadOnlyList<ScoredField> All { get; } = new[]
    {
        new ScoredField("doc_number", l => l.DocNumber is null ? null : DocNumberKey(l.DocNumber), d => DocNumberKey(d.DocNumber?.Text ?? "")),
        new ScoredField("issuer", l => l.Issuers is null ? null : SetKey(l.Issuers), d => SetKey(d.Issuers)),
        new ScoredField("title", l => l.Title is null ? null : NoSpace(l.Title), d => NoSpace(d.Title ?? "")),
        new ScoredField("date", l => l.Date, d => d.SignDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? ""),
        new ScoredField("level1_headings", l => l.Level1Headings is null ? null : ListKey(l.Level1Headings), d => ListKey(Level1Headings(d))),
        new ScoredField("chapters", l => l.Chapters is null ? null : ListKey(l.Chapters), d => ListKey(Chapters(d))),
        new ScoredField("article_count", l => Count(l.ArticleCount), d => Count(Walk(d.Sections).Count(n => n.Kind == SectionKind.Article))!),
        new ScoredField("tasks_count", l => Count(l.TasksCount), d => Count(d.Tasks.Count)!),
        new ScoredField("attachments", l => l.Attachments is null ? null : ListKey(l.Attachments), d => ListKey(d.Attachments.Select(a => a.Title))),
    };

    /// <summary>The fields by name (for floors files and command-line choices).</summary>
    public static ScoredField ByName(string name) =>
        All.FirstOrDefault(f => f.Name == name) ?? throw new ArgumentException($"no scored field \"{name}\"; fields: {string.Join(", ", All.Select(f => f.Name))}", nameof(name));

    /// <summary>Marker and heading of every level-1 heading anywhere in the tree (under chapters or attachment parts too), in order.</summary>
    public static IEnumerable<string> Level1Headings(PolicyDocument document) =>
        Walk(document.Sections).Where(n => n.Kind == SectionKind.Heading && n.Level == 1).Select(n => n.Marker + n.Heading);

    private static IEnumerable<string> Chapters(PolicyDocument document) =>
        Walk(document.Sections).Where(n => n.Kind == SectionKind.Chapter).Select(n => n.Marker + n.Heading);

    private static IEnumerable<SectionNode> Walk(IEnumerable<SectionNode> nodes)
    {
        foreach (var node in nodes)
        {
            yield return node;
            foreach (var child in Walk(node.Children))
                yield return child;
        }
    }

    private static string? Count(int? count) => count?.ToString(CultureInfo.InvariantCulture);

    private static string ListKey(IEnumerable<string> items) => string.Join(" | ", items.Select(NoSpace));

    private static string SetKey(IEnumerable<string> items) =>
        string.Join("、", items.Select(NoSpace).Where(s => s.Length > 0).Distinct().OrderBy(s => s, StringComparer.Ordinal));

    /// <summary>A document number with whitespace removed, its year's brackets as 〔〕 and full-width digits half-width.</summary>
    internal static string DocNumberKey(string number)
    {
        var key = new StringBuilder(number.Length);
        foreach (var c in NoSpace(number))
            key.Append(c switch
            {
                '[' or '(' or '（' or '【' or '［' or '「' or '〈' => '〔',
                ']' or ')' or '）' or '】' or '］' or '」' or '〉' => '〕',
                >= '０' and <= '９' => (char)(c - '０' + '0'),
                _ => c,
            });
        return key.ToString();
    }

    /// <summary>The text without any whitespace (ASCII, ideographic space, no-break space).</summary>
    internal static string NoSpace(string text)
    {
        var kept = new StringBuilder(text.Length);
        foreach (var c in text)
            if (!char.IsWhiteSpace(c) && c != '\u200B' && c != '\uFEFF')
                kept.Append(c);
        return kept.ToString();
    }
}
