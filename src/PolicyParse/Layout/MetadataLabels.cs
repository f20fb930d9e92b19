using System.Collections.Generic;

namespace PolicyParse.Layout;

/// <summary>
/// The labels sources put on a notice's metadata — a web page's metadata table, a crawler's or a legal
/// database's key–value lines ("发布机构：", "【发文字号】") — and the one name each is stored under in
/// <see cref="Layout.DocumentLayout.Metadata"/>, so that synonyms fold together.
/// </summary>
internal static class MetadataLabels
{
    private static readonly Dictionary<string, string> Names = new()
    {
        ["索引号"] = "索引号",
        ["主题分类"] = "主题分类",
        ["主题词"] = "主题词",
        ["体裁分类"] = "体裁分类",
        ["组配分类"] = "组配分类",
        ["发文机关"] = "发文机关",
        ["发布机构"] = "发文机关",
        ["发布机关"] = "发文机关",
        ["发布部门"] = "发文机关",
        ["发文单位"] = "发文机关",
        ["制定机关"] = "发文机关",
        ["成文日期"] = "成文日期",
        ["发文日期"] = "成文日期",
        ["签发日期"] = "成文日期",
        ["标题"] = "标题",
        ["名称"] = "标题",
        ["文件名称"] = "标题",
        ["题名"] = "标题",
        ["发文字号"] = "发文字号",
        ["文号"] = "发文字号",
        ["发文号"] = "发文字号",
        ["发布日期"] = "发布日期",
        ["公布日期"] = "发布日期",
        ["发布时间"] = "发布日期",
        ["实施日期"] = "实施日期",
        ["施行日期"] = "实施日期",
        ["生效日期"] = "实施日期",
        ["有效性"] = "有效性",
        ["时效性"] = "有效性",
        ["效力级别"] = "效力级别",
        ["法宝引证码"] = "法宝引证码",
        ["原文链接"] = "原文链接",
        ["公文种类"] = "公文种类",
        ["文种"] = "公文种类",
    };

    /// <summary>The name a label is stored under, or null when it is no metadata label.</summary>
    public static string? NameOf(string label) => Names.TryGetValue(label.Replace(" ", ""), out var name) ? name : null;
}
