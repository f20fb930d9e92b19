using System;
using System.Collections.Generic;

namespace PolicyParse.Parsing.Tasks;

/// <summary>What a task-table column holds, read from its header by meaning.</summary>
internal enum ColumnRole
{
    Other,
    Number,
    Category,
    Content,
    Lead,
    Responsible,
    Deadline,
}

/// <summary>The header words of task tables and the role each names.</summary>
internal static class ColumnRoles
{
    // 工作任务 names the category when another column holds the content, and the content otherwise.
    private const string Ambiguous = "工作任务";
    private const int MaxHeaderLength = 12;

    private static readonly (ColumnRole Role, string[] Words)[] Synonyms =
    {
        (ColumnRole.Number, new[] { "序号", "编号" }),
        (ColumnRole.Category, new[] { "类别", "领域", "公开领域", "重点任务", "任务类别", "目标任务", "重点工作", "工作类别", "项目" }),
        (ColumnRole.Content, new[] { "具体要求", "工作要求", "任务内容", "主要内容", "工作措施", "具体措施", "工作内容", "主要任务", "具体任务", "任务" }),
        (ColumnRole.Lead, new[] { "牵头单位", "牵头部门", "牵头领导" }),
        (ColumnRole.Responsible, new[] { "责任单位", "责任部门", "责任科室", "配合单位", "参与单位", "责任主体", "配合部门", "承办单位", "实施主体" }),
        (ColumnRole.Deadline, new[] { "完成时限", "时限要求", "完成时间", "时间节点", "进度安排", "时限", "完成期限" }),
    };

    /// <summary>The role a header cell names, or null when it names none (an empty cell is not a header word).</summary>
    public static ColumnRole? Of(string header)
    {
        if (header.Length is 0 or > MaxHeaderLength)
            return null; // header words are short; rows of content are turned away at once
        var h = header.Replace(" ", "");
        if (h == Ambiguous)
            return ColumnRole.Content;
        foreach (var (role, words) in Synonyms)
            if (Array.IndexOf(words, h) >= 0)
                return role;
        return null;
    }

    /// <summary>
    /// Roles for a header row, or null when the row is not a task-table header: at least three cells
    /// must name roles, and one of them must be content or a unit.
    /// </summary>
    public static ColumnRole[]? ForHeader(IReadOnlyList<string> headers)
    {
        var roles = new ColumnRole[headers.Count];
        int named = 0;
        bool contentOrUnit = false;
        for (int i = 0; i < headers.Count; i++)
        {
            if (Of(headers[i]) is not { } role)
                continue;
            roles[i] = role;
            named++;
            contentOrUnit |= role is ColumnRole.Content or ColumnRole.Lead or ColumnRole.Responsible;
        }
        if (named < 2 || !contentOrUnit || (named < 3 && headers.Count > 3))
            return null;

        // 工作任务 beside a column that surely holds the content is a category; a header cell spanning two
        // columns (DOCX/HTML colspan) repeats in both, and both are category levels.
        bool otherContent = false;
        for (int i = 0; i < headers.Count; i++)
            otherContent |= roles[i] == ColumnRole.Content && !IsAmbiguous(headers[i]);
        if (otherContent)
            for (int i = 0; i < headers.Count; i++)
                if (IsAmbiguous(headers[i]))
                    roles[i] = ColumnRole.Category;

        // An unnamed column right after a category column is a second category level (seed 002).
        for (int i = 1; i < roles.Length; i++)
            if (roles[i] == ColumnRole.Other && headers[i].Trim().Length == 0 && roles[i - 1] == ColumnRole.Category)
                roles[i] = ColumnRole.Category;
        return roles;
    }

    private static bool IsAmbiguous(string header) => header.Replace(" ", "") == Ambiguous;
}
