using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace PolicyParse.Evaluation;

/// <summary>How many labeled values of one field, in files of one format, the parser got right.</summary>
/// <param name="Field">The field's name, as labels.json spells it.</param>
/// <param name="Format">The input format: the file's extension without the dot ("html", "txt", "md" …).</param>
/// <param name="Correct">Labeled values the parser got right.</param>
/// <param name="Labeled">Labeled values in files of this format.</param>
public sealed record FieldScore(string Field, string Format, int Correct, int Labeled)
{
    /// <summary>Correct / labeled, in percent (100 when nothing is labeled).</summary>
    public double Percent => Labeled == 0 ? 100 : 100.0 * Correct / Labeled;
}

/// <summary>One labeled value the parser got wrong.</summary>
/// <param name="File">The file, relative to the folder scored.</param>
/// <param name="Field">The field's name.</param>
/// <param name="Expected">The label, in comparable form (whitespace removed, lists joined by " | ").</param>
/// <param name="Got">What the parser gave, in the same form, or "(failed: reason)".</param>
public sealed record FieldMiss(string File, string Field, string Expected, string Got);

/// <summary>The result of scoring a folder of documents against their labels.</summary>
/// <param name="Files">Files scored (those with labels).</param>
/// <param name="Failed">Files that did not parse (each counts as wrong for every labeled field).</param>
/// <param name="Unlabeled">Files of the folder without labels, not scored.</param>
/// <param name="Scores">One score per field and format that has labeled values, fields in report order, formats by name.</param>
/// <param name="Misses">Every miss, by file, then field in report order.</param>
public sealed record AccuracyReport(int Files, int Failed, IReadOnlyList<string> Unlabeled, IReadOnlyList<FieldScore> Scores, IReadOnlyList<FieldMiss> Misses)
{
    /// <summary>The score of a field over all formats together.</summary>
    public FieldScore Total(string field) => new(field, "all",
        Scores.Where(s => s.Field == field).Sum(s => s.Correct), Scores.Where(s => s.Field == field).Sum(s => s.Labeled));

    /// <summary>The report as a person reads it: a table of fields × formats, then every miss as "file  field  expected  got".</summary>
    public string ToText()
    {
        var formats = Scores.Select(s => s.Format).Distinct().OrderBy(f => f, StringComparer.Ordinal).ToList();
        var fields = Scores.Select(s => s.Field).Distinct().ToList();
        var text = new StringBuilder();
        text.AppendLine($"{Files} files scored, {Failed} failed to parse, {Unlabeled.Count} without labels");
        text.AppendLine();
        var header = new[] { "field" }.Concat(formats).Append("all").ToList();
        var rows = fields.Select(field => new[] { field }
            .Concat(formats.Select(format => Cell(Scores.FirstOrDefault(s => s.Field == field && s.Format == format))))
            .Append(Cell(Total(field))).ToList()).ToList();
        var widths = header.Select((h, i) => Math.Max(Width(h), rows.Max(r => Width(r[i])))).ToList();
        text.AppendLine(Row(header, widths));
        text.AppendLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in rows)
            text.AppendLine(Row(row, widths));
        if (Misses.Count > 0)
        {
            text.AppendLine();
            text.AppendLine($"misses ({Misses.Count}): file  field  expected  got");
            foreach (var miss in Misses)
                text.AppendLine($"{miss.File}  {miss.Field}  {Quote(miss.Expected)}  {Quote(miss.Got)}");
        }
        return text.ToString();
    }

    private static string Cell(FieldScore? score) =>
        score is null || score.Labeled == 0 ? "–" : FormattableString.Invariant($"{score.Correct}/{score.Labeled} {score.Percent:F1}%");

    private static string Quote(string value) => value.Length == 0 ? "\"\"" : value;

    private static string Row(IReadOnlyList<string> cells, IReadOnlyList<int> widths) =>
        string.Join("  ", cells.Select((c, i) => i == 0 ? c + new string(' ', widths[i] - Width(c)) : new string(' ', widths[i] - Width(c)) + c)).TrimEnd();

    /// <summary>Columns a terminal gives the text: Chinese characters take two.</summary>
    private static int Width(string s) => s.Sum(c => c >= 0x2E80 ? 2 : 1);
}
