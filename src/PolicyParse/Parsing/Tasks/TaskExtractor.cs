using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using PolicyParse.Model;

namespace PolicyParse.Parsing.Tasks;

/// <summary>Collects the tasks of a notice: those of its task tables, then those annotated in its text.</summary>
internal static class TaskExtractor
{
    private static readonly Regex YearInTitle = new(@"(?<year>(?:19|20)\d{2})\s*年", RegexOptions.Compiled | RegexOptions.CultureInvariant, PatternTimeout.Value);

    public static IReadOnlyList<PolicyTask> Extract(IEnumerable<Line> tableLines, IReadOnlyList<SectionNode> sections, int? year, List<string> warnings, FileBudget budget)
    {
        var tasks = new List<PolicyTask>();
        foreach (var line in tableLines)
            tasks.AddRange(TableTaskExtractor.Extract(line.Table!, line.Location, year, warnings, budget));
        tasks.AddRange(InlineTaskExtractor.Extract(sections, year, warnings));
        return tasks;
    }

    /// <summary>The year that deadlines without one belong to: the signing year, else the year the title names.</summary>
    public static int? DocumentYear(DateTime? signDate, string? title)
    {
        if (signDate is { } date)
            return date.Year;
        var m = title is null ? null : YearInTitle.Match(title);
        return m is { Success: true } ? int.Parse(m.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }
}
