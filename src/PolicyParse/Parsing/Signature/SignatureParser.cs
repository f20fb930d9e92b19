using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using PolicyParse.Parsing.Dates;

namespace PolicyParse.Parsing.Signature;

/// <summary>
/// Finds the signature block: the 成文日期 right after one or more lines that are organ names (one organ
/// per line, or several on one line apart with gaps), as real copies print it — the date with a note
/// after it ("2019年1月27日（本文有删减）"), split over two lines ("2019年" / "1月27日"), on the organ's
/// own line ("某某市人民政府 2021年7月9日"), or below a seal's placeholder ("（盖章）", "[图片]").
/// </summary>
internal static class SignatureParser
{
    private const int MaxSignatureLines = 6;
    private const int MaxNoteLength = 20;

    private static readonly Regex Seal = new(
        @"^[（(\[【<]?\s*(盖章|印章|公章|签章|章|图片|图像|image|img)\s*[）)\]】>]?$",
        RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, PatternTimeout.Value);

    /// <summary>The first signature block in [start, end), or null.</summary>
    public static SignatureResult? Find(IReadOnlyList<Line> lines, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (DateAt(lines, i, end) is not { } dated)
                continue;
            var issuers = new List<string>();
            int first = i;
            if (dated.Organs.Count > 0)
                issuers.AddRange(dated.Organs);
            else
            {
                int above = i;
                while (above > start && Seal.IsMatch(lines[above - 1].Text))
                    above--;
                first = above;
                while (first > start && above - first < MaxSignatureLines && IsSignatureLine(lines[first - 1]))
                    first--;
                if (first == above)
                    continue; // a date alone is not a signature
                issuers.AddRange(lines.Skip(first).Take(above - first).SelectMany(l => JointOrgans.Split(l.Raw)));
            }
            return new SignatureResult(issuers, dated.Date, first, dated.End);
        }
        return null;
    }

    /// <summary>A signature date at line <paramref name="i"/>: its date, organs on the same line, and the line after it.</summary>
    private static (DateTime Date, IReadOnlyList<string> Organs, int End)? DateAt(IReadOnlyList<Line> lines, int i, int end)
    {
        if (lines[i].IsTable)
            return null;
        var text = lines[i].Text;
        if (ChineseDate.TryParseWhole(WithoutNote(text), out var date))
            return (date, Array.Empty<string>(), i + 1);
        if (i + 1 < end && !lines[i + 1].IsTable && text.Length <= 8 && text.EndsWith("年", StringComparison.Ordinal)
            && ChineseDate.TryParseWhole(WithoutNote(text + lines[i + 1].Text), out date))
            return (date, Array.Empty<string>(), i + 2);
        return OrgansAndDate(lines[i].Raw, text) is { } signed ? (signed.Date, signed.Organs, i + 1) : null;
    }

    /// <summary>The text without a short bracketed note after the date ("（本文有删减）"); the text itself when it has none.</summary>
    private static string WithoutNote(string text)
    {
        if (text.Length == 0 || text[text.Length - 1] is not ('）' or ')'))
            return text;
        int open = text.LastIndexOfAny(new[] { '（', '(' });
        return open > 0 && text.Length - open <= MaxNoteLength + 2 ? text.Substring(0, open).TrimEnd() : text;
    }

    /// <summary>"某某市人民政府办公室  2021年7月9日": organs, then the date, on one line.</summary>
    private static (DateTime Date, IReadOnlyList<string> Organs)? OrgansAndDate(string raw, string text)
    {
        if (text.Length < 12 || text[text.Length - 1] != '日')
            return null;
        var m = ChineseDate.Pattern.Match(text);
        if (!m.Success || m.Index + m.Length != text.Length || m.Index < 2 || !ChineseDate.TryConvert(m, out var date))
            return null;
        var organs = JointOrgans.Split(raw.Substring(0, Math.Max(0, raw.LastIndexOf(m.Value.Substring(0, 4), StringComparison.Ordinal))));
        return organs.Count > 0 && organs.All(OrganNames.IsOrganLine) ? (date, organs) : null;
    }

    private static bool IsSignatureLine(Line line) => !line.IsTable && OrganNames.SplitOnWideGaps(line.Raw).All(OrganNames.IsOrganLine);
}
