using System;
using System.Collections.Generic;
using System.Linq;
using PolicyParse.Model;
using PolicyParse.Parsing.Attachments;
using PolicyParse.Parsing.Dates;
using PolicyParse.Parsing.DocumentNumbers;
using PolicyParse.Parsing.Sections;

namespace PolicyParse.Parsing.Header;

/// <summary>
/// Reads the 版头 and title area: the organ mark (发文机关标志, possibly several organs for a joint
/// notice), the document number, the title over one or more lines, and the addressees. The elements
/// are recognized by what they are, not by position, because web copies and old notices order them
/// differently (title before number, number before organ mark).
/// </summary>
internal static class HeaderParser
{
    /// <summary>The header never reaches further than this many lines; a number deeper in is a citation.</summary>
    private const int MaxHeaderLines = 14;

    private const int MaxTitleLines = 4;
    private const int MaxTitleLength = 120;

    public static HeaderResult Parse(IReadOnlyList<Line> lines)
    {
        DocumentNumber? number = null;
        var organMark = new List<string>();
        var titleLines = new List<string>();
        IReadOnlyList<string> addressees = Array.Empty<string>();
        var promulgation = new List<string>();
        int i = 0;

        for (; i < lines.Count && i < MaxHeaderLines; i++)
        {
            var line = lines[i];
            if (line.IsTable)
                break;
            var text = line.Text;

            if (titleLines.Count == 0 && OrderBanner.TryRead(lines, i) is { } order)
            {
                promulgation.Add(order.Banner);
                if (order.Title is not null)
                    titleLines.Add(order.Title);
                i = order.Next;
                break;
            }
            if (titleLines.Count == 0 && HeaderMarks.Is(text))
                continue; // 份号, 密级, 紧急程度, 签发人
            if (titleLines.Count == 0 && AttachmentParser.IsHeadingLabel(text))
                continue; // an attachment saved alone: its title is the attached document's
            if (PromulgationLine.Is(text))
            {
                promulgation.Add(text);
                continue;
            }
            if (number is null && DocumentNumberParser.TryParseLine(line.Raw, out var n))
            {
                number = n;
                continue;
            }
            if (AddresseeParser.IsAddresseeLine(text) && (titleLines.Count > 0 || AddresseeParser.Split(text).Any(OrganNames.LooksLikeOrgan)))
            {
                addressees = AddresseeParser.Split(text);
                i++;
                break;
            }
            if (IsBodyText(text))
                break;
            if (titleLines.Count == 0 && IsOrganMark(text) && !((number is not null || organMark.Count == 0) && IsTitleIssuerLine(lines, i)))
            {
                organMark.AddRange(SplitOrganMark(line.Raw));
                continue;
            }

            if (promulgation.Count > 0 && titleLines.Count > 0)
                break; // a law's history lines close its title
            var title = string.Concat(titleLines);
            if (titleLines.Count > 0 && text == title)
                continue; // web copies repeat the title (page title, then article title)
            if (titleLines.Count > 0 && !TitleAnalyzer.ReadsAsTitle(title) && !OrganNames.LooksLikeOrgan(title) && IsWholeTitle(text))
                titleLines.Clear(); // a site's name or a section label above the title ("某某市人民政府门户网站")
            else if (titleLines.Count > 0 && (TitleAnalyzer.IsComplete(title) || titleLines.Count >= MaxTitleLines || title.Length + text.Length > MaxTitleLength
                                              || EndsHeadingTitle(lines[i - 1], line)))
                break;
            if (number is null && DocumentNumberParser.SplitTrailingNumber(text) is { } numbered)
                (text, number) = (numbered.Title, numbered.Number); // "…的通知（某政发〔2021〕3号）"
            titleLines.Add(text);
        }

        var fullTitle = titleLines.Count > 0 ? string.Concat(titleLines) : null;
        return new HeaderResult(number, organMark, fullTitle, addressees, i) { Promulgation = promulgation };
    }

    /// <summary>
    /// A title the source marks as a heading ("# 某某条例" in Markdown, a Title or Heading 1 style) is whole
    /// on its heading line; a line after it without the same heading level is not its continuation.
    /// </summary>
    private static bool EndsHeadingTitle(Line titleLine, Line next) =>
        titleLine.Style.OutlineLevel is { } level && next.Style.OutlineLevel != level;

    /// <summary>A line that is a whole title by itself: it opens with 关于 or an issuer and 关于, and ends with a 文种.</summary>
    private static bool IsWholeTitle(string text)
    {
        int about = text.IndexOf("关于", StringComparison.Ordinal);
        return TitleAnalyzer.IsComplete(text) && (about == 0 || (about > 1 && OrganNames.LooksLikeOrgan(text.Substring(0, about))));
    }

    /// <summary>A line that can only be body text: it has a heading marker, is a sentence, a date or a 公开属性.</summary>
    private static bool IsBodyText(string text) =>
        text.IndexOf('。') >= 0
        || text.Length > MaxTitleLength
        || HeadingMarker.TryMatch(text, out _)
        || ChineseDate.TryParseWhole(text, out _)
        || PublishAttribute.Match(text) is not null;

    /// <summary>发文机关标志: "XX人民政府办公室文件", or an organ name standing alone above the title.</summary>
    private static bool IsOrganMark(string text) =>
        (text.EndsWith("文件", StringComparison.Ordinal) && text.Length <= 60 && text.IndexOf("关于", StringComparison.Ordinal) < 0)
        || OrganNames.IsOrganLine(text);

    /// <summary>
    /// A title broken right after its issuer ("国务院办公厅" / "关于…的函"): an organ name standing alone
    /// with the 关于 of a title on the next line is the title's first line, not an organ mark — unless it
    /// is set like a banner (letter-spaced, printed red, or ending in 文件). Callers ask before any banner line (a web
    /// copy's title), or after the number, where a printed notice's banner has ended and its title begins
    /// ("中共某某省委办公厅　某某省人民政府办公厅" / "关于…的意见").
    /// </summary>
    private static bool IsTitleIssuerLine(IReadOnlyList<Line> lines, int i) =>
        !lines[i].Text.EndsWith("文件", StringComparison.Ordinal) && !IsLetterSpaced(lines[i].Raw) && !lines[i].Style.Red
        && i + 1 < lines.Count && !lines[i + 1].IsTable
        && lines[i + 1].Text.StartsWith("关于", StringComparison.Ordinal) && !IsBodyText(lines[i + 1].Text)
        && !IsSetApart(lines[i], lines[i + 1]);

    /// <summary>
    /// The lines of one title share one type size and one heading level; a line set in another size, or
    /// outside the heading the next line is ("**某某办公室**" over "## 关于…"), is a banner, not its first line.
    /// </summary>
    private static bool IsSetApart(Line line, Line next) =>
        (line.Style.FontSize is { } size && next.Style.FontSize is { } nextSize && Math.Abs(size - nextSize) > 0.5)
        || (next.Style.OutlineLevel is not null && line.Style.OutlineLevel != next.Style.OutlineLevel);

    /// <summary>"区 政 府 办 公 室": Han characters set apart one by one, as banners are.</summary>
    private static bool IsLetterSpaced(string raw)
    {
        var parts = raw.Trim().Split(new[] { ' ', '\u3000', '\t' }, StringSplitOptions.RemoveEmptyEntries);
        return parts.Length >= 3 && parts.Count(p => p.Length == 1) * 2 > parts.Length;
    }

    /// <summary>Joint banners put organs on separate lines or apart with wide gaps; 文件 follows the last.</summary>
    private static IEnumerable<string> SplitOrganMark(string raw) =>
        OrganNames.SplitOnWideGaps(raw)
            .Select(part => part.EndsWith("文件", StringComparison.Ordinal) ? part.Substring(0, part.Length - 2) : part)
            .Where(part => part.Length > 0)
            .SelectMany(JointOrgans.Split);
}
