using System;
using System.Collections.Generic;
using System.Text;

namespace PolicyParse.Parsing.Tasks;

/// <summary>
/// Splits a unit list ("各镇〈街〉；区发展改革局、区财政局等部门单位") into units. Separators are 、 ， , ； ;
/// and 和 where it stands between two unit names (not inside 区文化和旅游局); brackets keep their
/// content in one unit (区地方金融监管局〈区金融服务中心〉); a trailing 等部门单位 stays on the last unit as
/// written and never becomes a unit of its own.
/// </summary>
internal static class UnitSplitter
{
    private const string Separators = "、，,；;";
    private const string Opening = "〈<（(【[《";
    private const string Closing = "〉>）)】]》";

    /// <summary>Endings of organ and unit names: a 和 after one of these separates two units.</summary>
    private static readonly string[] UnitEndings =
    {
        "局", "委", "办", "室", "院", "中心", "部", "厅", "处", "科", "所", "站", "队", "会", "街", "镇", "区", "县", "市",
        "单位", "部门", "公司", "政府", "集团", "行", "馆", "校", "团", "社", "司", "署",
    };

    public static IReadOnlyList<string> Split(string text)
    {
        var units = new List<string>();
        var current = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (Opening.IndexOf(c) >= 0) depth++;
            else if (Closing.IndexOf(c) >= 0 && depth > 0) depth--;

            bool separates = depth == 0
                             && (Separators.IndexOf(c) >= 0 || (c == '和' && EndsLikeUnit(current) && i + 2 < text.Length));
            if (separates)
                Flush(current, units);
            else
                current.Append(c);
        }
        Flush(current, units);
        return units;
    }

    private static void Flush(StringBuilder current, List<string> units)
    {
        var unit = current.ToString().Trim().TrimEnd('。', '.');
        current.Clear();
        if (unit.Length == 0)
            return;
        if (unit.StartsWith("等", StringComparison.Ordinal) && units.Count > 0)
            units[units.Count - 1] += unit; // "…、区财政局，等有关单位": the tail belongs to the list, not a unit
        else
            units.Add(unit);
    }

    private static bool EndsLikeUnit(StringBuilder current)
    {
        var text = current.ToString().TrimEnd();
        return text.Length >= 2 && Array.Exists(UnitEndings, e => text.EndsWith(e, StringComparison.Ordinal));
    }
}
