using System;
using System.Collections.Generic;
using System.Linq;
using AngleSharp.Dom;
using PolicyParse.Layout;
using PolicyParse.Normalizing;

namespace PolicyParse.Reading.Html;

/// <summary>
/// The metadata table many government sites put above a notice (索引号, 主题分类, 发文机关, 成文日期, 标题,
/// 发文字号, 发布日期): label cells followed by value cells, in any grid.
/// </summary>
internal static class HtmlMetadata
{
    /// <summary>The table's fields when at least three of its cells are metadata labels; else null.</summary>
    public static Dictionary<string, string>? TryRead(IElement table)
    {
        // The normalizer drops the spaces that pad labels ("发 文 机 关") and maps odd spaces.
        var cells = table.QuerySelectorAll("td, th").Select(c => TextNormalizer.Normalize(c.TextContent.Replace('\n', ' '))).ToList();
        var fields = new Dictionary<string, string>();
        for (int i = 0; i < cells.Count; i++)
        {
            if (Label(cells[i]) is not { } label)
                continue;
            // "发文字号：国办发〔2021〕12号" in one cell, or the label and the value in two.
            var value = label.Value ?? (i + 1 < cells.Count && Label(cells[i + 1]) is null ? cells[i + 1] : "");
            if (value.Length > 0 && !fields.ContainsKey(label.Name))
                fields[label.Name] = value;
        }
        return fields.Count >= 3 ? fields : null;
    }

    /// <summary>The field a cell labels, and the value when the cell holds it after a colon; null for a cell that is no label.</summary>
    private static (string Name, string? Value)? Label(string cell)
    {
        int colon = cell.IndexOfAny(new[] { '：', ':' });
        var label = colon >= 0 ? cell.Substring(0, colon).Trim() : cell;
        if (MetadataLabels.NameOf(label) is not { } name)
            return null;
        var value = colon >= 0 ? cell.Substring(colon + 1).Trim() : null;
        return (name, value is { Length: > 0 } ? value : null);
    }
}
