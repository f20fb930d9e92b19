using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace PolicyParse.Evaluation;

/// <summary>
/// The lowest accuracy each field may have per format, in percent, as a floors file states it:
/// <c>{"title": {"html": 100, "txt": 97.8}, …}</c>. Floors only go up: each is what the parser
/// reached when it was set.
/// </summary>
public sealed class AccuracyFloors
{
    private readonly IReadOnlyDictionary<(string Field, string Format), double> _floors;

    private AccuracyFloors(IReadOnlyDictionary<(string, string), double> floors) => _floors = floors;

    /// <summary>Reads a floors file.</summary>
    /// <exception cref="PolicyParseException">The file is not a floors object or names an unknown field.</exception>
    public static AccuracyFloors Load(string path)
    {
        var name = Path.GetFileName(path);
        try
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
            var floors = new Dictionary<(string, string), double>();
            foreach (var field in json.RootElement.EnumerateObject())
            {
                ScoredField.ByName(field.Name);
                foreach (var format in field.Value.EnumerateObject())
                    floors[(field.Name, format.Name)] = format.Value.GetDouble();
            }
            return new AccuracyFloors(floors);
        }
        catch (Exception e) when (e is JsonException or IOException or InvalidOperationException or ArgumentException)
        {
            throw new PolicyParseException(name, "cannot read the floors: " + e.Message, e);
        }
    }

    /// <summary>Every field × format of the report below its floor, as "title/txt 95.6% &lt; floor 97.8%"; a floor without scores is below it.</summary>
    public IReadOnlyList<string> Violations(AccuracyReport report) =>
        _floors.Select(floor => (floor, score: report.Scores.FirstOrDefault(s => s.Field == floor.Key.Field && s.Format == floor.Key.Format)))
            .Where(x => x.score is null || x.score.Percent + 1e-9 < x.floor.Value)
            .Select(x => FormattableString.Invariant(
                $"{x.floor.Key.Field}/{x.floor.Key.Format} {(x.score is null ? "not scored" : $"{x.score.Percent:F1}%")} < floor {x.floor.Value:F1}%"))
            .ToList();
}
