using System;
using System.Collections.Generic;
using System.Linq;
using AngleSharp.Dom;

namespace PolicyParse.Reading.Html;

/// <summary>
/// The metadata table many government sites put above a notice (索引号, 主题分类, 发文机关, 成文日期, 标题,
/// 发文字号, 发布日期): label cells followed by value cells, in any grid.
/// </summary>
internal static class HtmlMetadata
{
    /// <summary>Labels and the names they are stored under (synonyms fold to one name).</summary>
    private static readonly Dictionary<string, string> Labels = new()
    {
        ["索引号"] = "索引号", ["主题分类"] = "主题分类", ["发文机关"] = "发文机关", ["发布机构"] = "发文机关", ["成文日期"] = "成文日期",
        ["标题"] = "标题", ["名称"] = "标题", ["发文字号"] = "发文字号", ["文号"] = "发文字号", ["发布日期"] = "发布日期",
        ["有效性"] = "有效性", ["主题词"] = "主题词", ["体裁分类"] = "体裁分类",
    };

    /// <summary>The table's fields when at least three of its cells are metadata labels; else null.</summary>
    public static Dictionary<string, string>? TryRead(IElement table)
    {
        var cells = table.QuerySelectorAll("td, th").Select(c => Clean(c.TextContent)).ToList();
        var fields = new Dictionary<string, string>();
        for (int i = 0; i < cells.Count; i++)
        {
            var cell = cells[i];
            // "发文字号：国办发〔2021〕12号" in one cell, or the label and the value in two.
            int colon = cell.IndexOfAny(new[] { '：', ':' });
            var label = colon >= 0 ? cell.Substring(0, colon).Trim() : cell;
            if (!Labels.TryGetValue(label.Replace(" ", ""), out var name))
                continue;
            var value = colon >= 0 && colon + 1 < cell.Length ? cell.Substring(colon + 1).Trim()
                : i + 1 < cells.Count && !IsLabel(cells[i + 1]) ? cells[i + 1] : "";
            if (value.Length > 0 && !fields.ContainsKey(name))
                fields[name] = value;
        }
        return fields.Count >= 3 ? fields : null;
    }

    private static bool IsLabel(string cell)
    {
        int colon = cell.IndexOfAny(new[] { '：', ':' });
        return Labels.ContainsKey((colon >= 0 ? cell.Substring(0, colon) : cell).Replace(" ", ""));
    }

    private static string Clean(string text) =>
        string.Join(" ", text.Split(new[] { ' ', '\u00A0', '\u3000', '\t', '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries)).Trim();
}
