using System;
using System.Collections.Generic;
using System.Linq;
using PolicyParse.Normalizing;

namespace PolicyParse.Parsing;

/// <summary>
/// Splits the organs of a joint signature or banner however they are set: apart with wide gaps, with
/// a single space or tab between names, or written together with no separator
/// ("国务院办公厅中央军委办公厅", "财政部税务总局"). Names written together are split only where the
/// left part is a whole organ name and the right part begins like another organ — a central organ
/// of the lexicon or a place ("XX省", "XX市") — so that one organ's own sub-unit
/// ("公安部交通管理局") stays whole.
/// </summary>
internal static class JointOrgans
{
    public static IReadOnlyList<string> Split(string raw) =>
        (SplitOnEverySpace(raw) ?? OrganNames.SplitOnWideGaps(raw)).SelectMany(SplitWrittenTogether).ToArray();

    /// <summary>"国务院 中央军委": names apart with a single space each, when every part is an organ; else null.</summary>
    private static IReadOnlyList<string>? SplitOnEverySpace(string raw)
    {
        var pieces = raw.Split(new[] { ' ', '\t', '\u3000', '\u00A0' }, StringSplitOptions.RemoveEmptyEntries)
            .Select(TextNormalizer.Normalize).Where(p => p.Length > 0).ToArray();
        return pieces.Length > 1 && pieces.All(p => p.Length >= 2 && OrganNames.IsOrganLine(p)) ? pieces : null;
    }

    /// <summary>The longest left part first, so that an organ's own words are never cut off its name.</summary>
    private static IEnumerable<string> SplitWrittenTogether(string name)
    {
        for (int cut = name.Length - 2; cut >= 2; cut--)
        {
            if (OrganEnds.IndexOf(name[cut - 1]) < 0)
                continue; // cheap: an organ name ends in one of these
            if (IsPartyAndGovernmentBody(name.AsSpan(0, cut), name.AsSpan(cut)))
                return new[] { name };
            if (!BeginsLikeCentralOrgan(name.AsSpan(cut)) && !OrganLexicon.BeginsWithPlace(name, cut))
                continue; // most cuts: the right part begins like no organ
            string left = name.Substring(0, cut), right = name.Substring(cut);
            if (OrganNames.IsOrganLine(left) && OrganNames.IsOrganLine(right))
                return SplitWrittenTogether(left).Concat(SplitWrittenTogether(right));
        }
        return new[] { name };
    }

    /// <summary>
    /// "中共泰安市委泰安市人民政府安全生产委员会办公室": a committee that a party committee and a government
    /// set up together is one organ — the party committee's name runs straight into the government's,
    /// and the government's into the body's own words. (Two offices signing jointly end the first name
    /// in 办公室: "中共某县委办公室某县人民政府办公室".)
    /// </summary>
    private static bool IsPartyAndGovernmentBody(ReadOnlySpan<char> left, ReadOnlySpan<char> right)
    {
        if (!left.StartsWith("中共", StringComparison.Ordinal) || !left.EndsWith("委", StringComparison.Ordinal))
            return false;
        int government = right.IndexOf("人民政府", StringComparison.Ordinal);
        return government > 0 && government + 4 < right.Length;
    }

    /// <summary>The last characters of the organ endings OrganNames knows.</summary>
    private const string OrganEnds = "府厅室委局部院署办会处所站队行社团区道镇乡心司组协）)";

    private static bool BeginsLikeCentralOrgan(ReadOnlySpan<char> text)
    {
        foreach (var head in OrganLexicon.CentralOrganHeads)
            if (text.StartsWith(head, StringComparison.Ordinal))
                return true;
        return false;
    }
}
