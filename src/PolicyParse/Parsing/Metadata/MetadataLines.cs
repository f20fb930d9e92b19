using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using PolicyParse.Layout;
using PolicyParse.Normalizing;

namespace PolicyParse.Parsing.Metadata;

/// <summary>
/// Key–value lines that crawler, Markdown and legal-database exports put around a notice's text:
/// "发布机构：国务院办公厅", "- **发文字号**：国办发〔2019〕5号", "【发布部门】国务院", "原文链接：…".
/// Taken at the top (before the first sentence) and at the very end, when the label is a known
/// metadata label (<see cref="MetadataLabels"/>); they join the source's metadata and leave the text.
/// </summary>
internal static class MetadataLines
{
    /// <summary>The top block is looked for in this many first paragraphs.</summary>
    private const int MaxLeadingLines = 30;

    private static readonly TimeSpan Timeout = PatternTimeout.Value;

    private static readonly Regex Bracketed = new(@"^【(?<label>[^【】]{2,8})】\s*[:：]?\s*(?<value>.*)$", RegexOptions.Compiled | RegexOptions.CultureInvariant, Timeout);

    private static readonly Regex Colon = new(
        @"^(?:[-*+•·]\s*)?(?:\*\*|__)?(?<label>[\u4E00-\u9FFF ]{2,10}?)(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?(?<value>.*?)(?:\*\*|__)?$",
        RegexOptions.Compiled | RegexOptions.CultureInvariant, Timeout);

    /// <summary>
    /// The layout's metadata merged with its key–value lines (the layout's own entries win), and the
    /// indexes of the blocks those lines were.
    /// </summary>
    public static (IReadOnlyDictionary<string, string> Metadata, ISet<int> Taken) Extract(DocumentLayout layout)
    {
        var metadata = new Dictionary<string, string>(layout.Metadata.Count);
        foreach (var pair in layout.Metadata)
            metadata[pair.Key] = pair.Value;
        var taken = new HashSet<int>();
        var blocks = layout.Blocks;

        for (int i = 0; i < blocks.Count && i < MaxLeadingLines; i++)
        {
            if (blocks[i] is not ParagraphBlock p)
                break;
            if (!MayBeField(p.Text))
            {
                if (p.Text.IndexOf('。') >= 0)
                    break; // the body has begun
                continue;
            }
            var text = TextNormalizer.Normalize(p.Text);
            if (Read(text) is { } field)
            {
                Take(metadata, taken, i, field);
                continue;
            }
            if (text.IndexOf('。') >= 0)
                break; // the body has begun
        }
        for (int i = blocks.Count - 1; i >= 0 && !taken.Contains(i) && blocks[i] is ParagraphBlock p && MayBeField(p.Text) && Read(TextNormalizer.Normalize(p.Text)) is { } field; i--)
            Take(metadata, taken, i, field);
        return (metadata, taken);
    }

    private static void Take(Dictionary<string, string> metadata, HashSet<int> taken, int index, (string Name, string Value) field)
    {
        taken.Add(index);
        if (field.Value.Length > 0 && !metadata.ContainsKey(field.Name))
            metadata[field.Name] = field.Value;
    }

    /// <summary>Cheap: a field line opens with 【, or has its colon within its first characters (a label of ten at most, list and bold marks around it).</summary>
    private static bool MayBeField(string raw)
    {
        var text = raw.TrimStart();
        if (text.Length > 0 && text[0] == '【')
            return true;
        int colon = text.IndexOfAny(Colons, 0, Math.Min(text.Length, MaxColonAt));
        return colon > 0;
    }

    private const int MaxColonAt = 24;
    private static readonly char[] Colons = { '：', ':', '﹕' };

    /// <summary>The field a line states, or null when it is no metadata line.</summary>
    internal static (string Name, string Value)? Read(string text)
    {
        if (text.Length < 3 || text.Length > 300)
            return null;
        var m = text[0] == '【' ? Bracketed.Match(text) : Colon.Match(text);
        if (!m.Success || MetadataLabels.NameOf(m.Groups["label"].Value) is not { } name)
            return null;
        return (name, m.Groups["value"].Value.Trim());
    }
}
