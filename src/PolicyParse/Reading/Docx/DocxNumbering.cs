using System.Collections.Generic;
using System.Linq;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PolicyParse.Reading.Docx;

/// <summary>
/// Word auto-numbering (word/numbering.xml) rendered into text as a reader sees it: "一、", "（一）",
/// "1.". Counters run per list instance (w:num); a level restarts when a level above it advances;
/// w:startOverride in a w:lvlOverride sets a level's start for that instance.
/// </summary>
internal sealed class DocxNumbering
{
    private sealed record LevelDefinition(int Start, string? Format, string Text, string Suffix);

    private readonly Dictionary<int, Dictionary<int, LevelDefinition>> _levelsByNum = new();
    private readonly Dictionary<int, int[]> _counters = new();

    public DocxNumbering(Numbering? numbering)
    {
        if (numbering is null)
            return;
        var abstracts = numbering.Elements<AbstractNum>()
            .Where(a => a.AbstractNumberId?.Value is not null)
            .GroupBy(a => a.AbstractNumberId!.Value)
            .ToDictionary(g => g.Key, g => ReadLevels(g.First().Elements<Level>()));

        foreach (var instance in numbering.Elements<NumberingInstance>())
        {
            if (instance.NumberID?.Value is not { } numId || instance.AbstractNumId?.Val?.Value is not { } abstractId
                || !abstracts.TryGetValue(abstractId, out var levels))
                continue;
            var own = new Dictionary<int, LevelDefinition>(levels);
            foreach (var levelOverride in instance.Elements<LevelOverride>())
            {
                int index = levelOverride.LevelIndex?.Value ?? 0;
                if (levelOverride.Level is { } redefined)
                    foreach (var pair in ReadLevels(new[] { redefined }))
                        own[pair.Key] = pair.Value;
                if (levelOverride.StartOverrideNumberingValue?.Val?.Value is { } start && own.TryGetValue(index, out var level))
                    own[index] = level with { Start = start };
            }
            _levelsByNum[numId] = own;
        }
    }

    /// <summary>The number text for the next paragraph of list <paramref name="numId"/> at <paramref name="level"/>, advancing the counters.</summary>
    public string? Next(int numId, int level)
    {
        if (!_levelsByNum.TryGetValue(numId, out var levels) || !levels.TryGetValue(level, out var definition))
            return null;
        if (!_counters.TryGetValue(numId, out var counters))
            _counters[numId] = counters = new int[9];

        counters[level] = counters[level] == 0 ? definition.Start : counters[level] + 1;
        for (int deeper = level + 1; deeper < counters.Length; deeper++)
            counters[deeper] = 0; // lower levels restart under a new higher item

        var text = definition.Text;
        for (int l = 0; l <= level && l < 9; l++)
        {
            var placeholder = "%" + (l + 1);
            if (text.IndexOf(placeholder, System.StringComparison.Ordinal) < 0)
                continue;
            var levelDefinition = levels.TryGetValue(l, out var d) ? d : definition;
            int value = counters[l] == 0 ? levelDefinition.Start : counters[l];
            text = text.Replace(placeholder, NumberFormatter.Format(value, levelDefinition.Format));
        }
        return text.Length == 0 ? null : text + definition.Suffix;
    }

    private static Dictionary<int, LevelDefinition> ReadLevels(IEnumerable<Level> levels)
    {
        var result = new Dictionary<int, LevelDefinition>();
        foreach (var level in levels)
        {
            int index = level.LevelIndex?.Value ?? 0;
            var format = level.NumberingFormat?.Val?.InnerText;
            var text = format == "bullet" ? "" : level.LevelText?.Val?.Value ?? "";
            // A tab or space between number and text reads as a space; "nothing" as none.
            var suffix = level.LevelSuffix?.Val?.InnerText == "nothing" ? "" : " ";
            result[index] = new LevelDefinition(level.StartNumberingValue?.Val?.Value ?? 1, format, text, suffix);
        }
        return result;
    }
}
