using System;
using System.Collections.Generic;
using System.Linq;

namespace PolicyParse.Parsing.Tasks;

/// <summary>
/// Reads who is to do a task from one piece of text: "区司法局牵头，各相关单位配合" gives a lead and the
/// responsible units; "区财政局牵头" a lead; "市发展改革委、市经济信息化委分别负责落实" responsible units.
/// </summary>
internal static class UnitAssignment
{
    private static readonly string[] LeadSuffixes = { "牵头负责", "牵头" };
    private static readonly string[] ResponsibleSuffixes = { "分别负责落实", "负责落实", "分别负责", "负责实施", "负责", "配合", "参与", "落实" };
    private static readonly string[] RoleSuffixes = LeadSuffixes.Concat(ResponsibleSuffixes).ToArray();

    public static (IReadOnlyList<string> Lead, IReadOnlyList<string> Responsible) Parse(string text)
    {
        var lead = new List<string>();
        var responsible = new List<string>();
        foreach (var clause in SplitClauses(text))
        {
            var body = clause.Trim();
            if (body.StartsWith("由", StringComparison.Ordinal))
                body = body.Substring(1);
            if (StripSuffix(ref body, LeadSuffixes))
                lead.AddRange(UnitSplitter.Split(body));
            else
            {
                StripSuffix(ref body, ResponsibleSuffixes);
                responsible.AddRange(UnitSplitter.Split(body));
            }
        }
        return (lead, responsible);
    }

    /// <summary>A clause ends at ， ； or 、 after a 牵头/配合 role word; otherwise the whole text is one list.</summary>
    private static IEnumerable<string> SplitClauses(string text)
    {
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] is not ('，' or ',' or '；' or ';' or '、'))
                continue;
            if (EndsWithRole(text, i))
            {
                yield return text.Substring(start, i - start);
                start = i + 1;
            }
        }
        if (start < text.Length)
            yield return text.Substring(start);
    }

    private static bool EndsWithRole(string text, int end)
    {
        foreach (var suffix in RoleSuffixes)
            if (EndsWithAt(text, end, suffix))
                return true;
        return false;
    }

    /// <summary>True when <paramref name="suffix"/> ends right before <paramref name="end"/>.</summary>
    private static bool EndsWithAt(string text, int end, string suffix) =>
        end >= suffix.Length && string.CompareOrdinal(text, end - suffix.Length, suffix, 0, suffix.Length) == 0;

    private static bool StripSuffix(ref string text, string[] suffixes)
    {
        foreach (var suffix in suffixes)
        {
            if (text.Length > suffix.Length && text.EndsWith(suffix, StringComparison.Ordinal))
            {
                text = text.Substring(0, text.Length - suffix.Length).TrimEnd();
                return true;
            }
        }
        return false;
    }
}
