using System;
using System.Collections.Generic;
using System.Linq;
using PolicyParse.Layout;
using PolicyParse.Model;

namespace PolicyParse.Parsing.Tasks;

/// <summary>
/// Reads the tasks of a task table (重点任务分解表) from any reader's table block: the header row is found
/// by meaning; merged category cells fill down; a header repeated on a new page is skipped; a row
/// without a number after numbered rows is the previous row continued across a page break.
/// <c>category</c> is the path of all category columns, outer to inner, joined by " / ".
/// </summary>
internal static class TableTaskExtractor
{
    /// <summary>The table's tasks; none when no row reads as a task-table header.</summary>
    public static List<PolicyTask> Extract(TableBlock table, SourceLocation location, int? year, List<string> warnings, FileBudget? budget = null)
    {
        budget ??= FileBudget.Default(null);
        var tasks = new List<PolicyTask>();
        var grid = TableGrid.Expand(table, budget.Options.MaxTableCells);
        int headerIndex = grid.FindIndex(row => ColumnRoles.ForHeader(Texts(row)) is not null);
        if (headerIndex < 0)
            return tasks;
        var roles = RolesWithUnnamedNumber(grid, headerIndex);

        var categories = new string[roles.Length];
        bool numbered = false;
        for (int r = headerIndex + 1; r < grid.Count; r++)
        {
            budget.Check();
            var row = grid[r];
            if (row.All(c => c.Text.Length == 0) || ColumnRoles.ForHeader(Texts(row)) is not null)
                continue; // empty, or the header again on a new page

            string number = Column(row, roles, ColumnRole.Number);
            if (numbered && number.Length == 0 && tasks.Count > 0 && !row.Any(c => c.Spanned))
            {
                tasks[tasks.Count - 1] = Continue(tasks[tasks.Count - 1], row, roles, year);
                continue;
            }
            numbered |= number.Length > 0;

            for (int c = 0; c < roles.Length; c++)
                if (roles[c] == ColumnRole.Category && row[c].Text.Length > 0)
                    categories[c] = row[c].Text; // an empty category cell is a merged one: keep the value above

            var content = Column(row, roles, ColumnRole.Content);
            if (content.Length == 0)
                continue;
            var task = Build(number, content, row, roles, year, location, warnings) with
            {
                Category = CategoryPath(categories, roles),
            };
            if (task.LeadUnits.Count == 0 && task.ResponsibleUnits.Count == 0)
                warnings.Add($"task {Describe(task)} in the table at block {location.Block} has no unit; nothing inherited");
            tasks.Add(task);
        }
        return tasks;
    }

    private static PolicyTask Build(string number, string content, GridCell[] row, ColumnRole[] roles, int? year, SourceLocation location, List<string> warnings)
    {
        var lead = new List<string>();
        var responsible = new List<string>();
        for (int c = 0; c < roles.Length; c++)
        {
            if (roles[c] is not (ColumnRole.Lead or ColumnRole.Responsible) || row[c].Text.Length == 0)
                continue;
            var (l, rest) = UnitAssignment.Parse(row[c].Text);
            lead.AddRange(l);
            (roles[c] == ColumnRole.Lead ? lead : responsible).AddRange(rest);
        }

        TaskDeadline? deadline = null;
        var deadlineText = Column(row, roles, ColumnRole.Deadline);
        if (deadlineText.Length > 0)
        {
            deadline = DeadlineResolver.Resolve(deadlineText, year, out bool understood);
            if (!understood)
                warnings.Add($"deadline \"{deadlineText}\" of task {(number.Length > 0 ? number : Excerpt(content))} names no time this version reads");
        }

        return new PolicyTask
        {
            Number = number.Length > 0 ? number : null,
            Content = content,
            LeadUnits = lead.Distinct().ToArray(),
            ResponsibleUnits = responsible.Distinct().ToArray(),
            Deadline = deadline,
            Origin = "table",
            Location = location,
        };
    }

    /// <summary>A row broken by a page break: its cells continue the previous row's.</summary>
    private static PolicyTask Continue(PolicyTask previous, GridCell[] row, ColumnRole[] roles, int? year)
    {
        var more = Build("", Column(row, roles, ColumnRole.Content), row, roles, year, previous.Location, new List<string>());
        var deadlineText = (previous.Deadline?.Text ?? "") + (more.Deadline?.Text ?? "");
        return previous with
        {
            Content = previous.Content + more.Content,
            LeadUnits = previous.LeadUnits.Concat(more.LeadUnits).Distinct().ToArray(),
            ResponsibleUnits = previous.ResponsibleUnits.Concat(more.ResponsibleUnits).Distinct().ToArray(),
            Deadline = deadlineText.Length == 0 ? null : DeadlineResolver.Resolve(deadlineText, year, out _),
        };
    }

    /// <summary>
    /// A header with one column fewer than the rows, whose rows start with a number, has an unnamed 序号
    /// column in front.
    /// </summary>
    private static ColumnRole[] RolesWithUnnamedNumber(List<GridCell[]> grid, int headerIndex)
    {
        var header = Texts(grid[headerIndex]);
        var roles = ColumnRoles.ForHeader(header)!;
        int headerWidth = header.FindLastIndex(h => h.Length > 0) + 1;
        if (headerWidth >= roles.Length || roles.Contains(ColumnRole.Number))
            return roles;
        var rows = grid.Skip(headerIndex + 1).Where(r => r.Any(c => c.Text.Length > 0)).ToList();
        bool rowsAreWider = rows.Count(r => r[headerWidth].Text.Length > 0) * 2 > rows.Count;
        bool rowsStartWithNumbers = rows.Count(r => IsNumber(r[0].Text)) * 2 > rows.Count;
        if (!rowsAreWider || !rowsStartWithNumbers)
            return roles;
        return new[] { ColumnRole.Number }.Concat(roles.Take(roles.Length - 1)).ToArray();
    }

    private static bool IsNumber(string text) => text.Length is > 0 and <= 4 && text.TrimEnd('.', '、', '．').All(char.IsDigit);

    /// <summary>The texts of the columns in <paramref name="role"/>, each distinct text once, joined.</summary>
    private static string Column(GridCell[] row, ColumnRole[] roles, ColumnRole role)
    {
        string? single = null;
        List<string>? several = null;
        for (int c = 0; c < Math.Min(row.Length, roles.Length); c++)
        {
            if (roles[c] != role)
                continue;
            var text = row[c].Text;
            if (single is null)
                single = text;
            else if (text != single && (several is null || !several.Contains(text)))
                (several ??= new List<string> { single }).Add(text);
        }
        return several is not null ? string.Concat(several) : single ?? "";
    }

    private static string? CategoryPath(string?[] categories, ColumnRole[] roles)
    {
        string? path = null;
        for (int c = 0; c < roles.Length; c++)
            if (roles[c] == ColumnRole.Category && !string.IsNullOrEmpty(categories[c]))
                path = path is null ? categories[c] : path + " / " + categories[c];
        return path;
    }

    private static List<string> Texts(GridCell[] row) => row.Select(c => c.Text).ToList();

    private static string Describe(PolicyTask task) => task.Number ?? Excerpt(task.Content);

    internal static string Excerpt(string text) => text.Length <= 20 ? text : text.Substring(0, 20) + "…";
}
