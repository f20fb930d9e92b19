using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using PolicyParse.Layout;
using PolicyParse.Normalizing;

namespace PolicyParse.Reading.Html;

/// <summary>
/// The print header some sites keep hidden on screen: the 发文字号 and the title in elements styled
/// display:none inside the article (shown by a print style sheet or a script), while the page shows its
/// title somewhere the saved copy lost. Hidden text is otherwise not read; these two are, as the header
/// blocks they print as, when the visible text does not already carry them.
/// </summary>
internal static class HiddenPrintHeader
{
    // A 发文字号 standing alone: organ code, a year in one of the bracket forms, a serial and 号.
    private static readonly Regex NumberShape = new(
        @"^[\p{IsCJKUnifiedIdeographs}A-Za-z]{1,20}\s*[〔\[［（(【﹝〖「][12]\d{3}[〕\]］）)】﹞〗」]\s*第?\d{1,5}号$", RegexOptions.CultureInvariant);

    // A title printed with its number after it ("关于…的通知 某某〔2021〕1号").
    private static readonly Regex TrailingNumber = new(
        @"\s+\S{1,20}[〔\[［（(【﹝〖「][12]\d{3}[〕\]］）)】﹞〗」]\s*第?\d{1,5}号$", RegexOptions.CultureInvariant);

    /// <summary>The hidden number and title as header blocks, for those the visible blocks do not contain.</summary>
    public static IReadOnlyList<ParagraphBlock> Blocks(IElement root, IReadOnlyList<LayoutBlock> visible)
    {
        string? number = null, title = null;
        foreach (var element in root.QuerySelectorAll("[style], [hidden]").Where(HtmlBlockBuilder.IsHidden))
        {
            // Split off a trailing number before normalizing: the normalizer closes the space that separates it.
            var raw = Regex.Replace(element.TextContent, @"\s+", " ").Trim();
            if (raw.Length is 0 or > 200)
                continue;
            var text = TextNormalizer.Normalize(raw);
            if (number is null && NumberShape.IsMatch(text))
                number = text;
            else if (title is null && element.LocalName is "h1" or "h2" && text.IndexOf("关于", StringComparison.Ordinal) >= 0)
            {
                var match = TrailingNumber.Match(raw);
                title = match.Success ? TextNormalizer.Normalize(raw.Substring(0, match.Index)) : text;
                number ??= match.Success ? TextNormalizer.Normalize(match.Value.Trim()) : null;
            }
        }

        var blocks = new List<ParagraphBlock>();
        if (number is not null && !Shown(number, visible))
            blocks.Add(new ParagraphBlock(number, new StyleHints(TextAlignment.Center, false), new BlockProvenance(0)));
        if (title is not null && !Shown(title, visible))
            blocks.Add(new ParagraphBlock(title, new StyleHints(TextAlignment.Center, true), new BlockProvenance(0)));
        return blocks;
    }

    private static bool Shown(string text, IReadOnlyList<LayoutBlock> visible)
    {
        var bare = Bare(text);
        return visible.OfType<ParagraphBlock>().Any(b => Bare(b.Text).IndexOf(bare, StringComparison.Ordinal) >= 0);
    }

    private static string Bare(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
