using System;
using System.Collections.Generic;
using System.Linq;

namespace PolicyParse.Parsing.Header;

/// <summary>主送机关: the line that ends with a colon after the title.</summary>
internal static class AddresseeParser
{
    private static readonly char[] GroupSeparators = { '，', ',', '；', ';' };

    /// <summary>True for a line that looks like an addressee line.</summary>
    public static bool IsAddresseeLine(string text) =>
        text.Length is >= 3 and <= 300
        && (text.EndsWith("：", StringComparison.Ordinal) || text.EndsWith(":", StringComparison.Ordinal))
        && text.IndexOf('。') < 0
        && !text.StartsWith("附件", StringComparison.Ordinal);

    /// <summary>
    /// Splits the addressees on ， and ；, and a group further on 、 only when every part of it is
    /// itself a unit name: "各镇人民政府、街道办事处" is two addressees, but "各省、自治区、直辖市…牵头部门"
    /// is one addressee described by a list of places.
    /// </summary>
    public static IReadOnlyList<string> Split(string line)
    {
        var text = line.TrimEnd('：', ':').Trim();
        var result = new List<string>();
        foreach (var group in text.Split(GroupSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = group.Split('、').Select(p => p.Trim()).Where(p => p.Length > 0).ToArray();
            if (parts.Length > 1 && parts.All(OrganNames.LooksLikeOrgan))
                result.AddRange(parts);
            else if (group.Trim().Length > 0)
                result.Add(group.Trim());
        }
        return result;
    }
}
