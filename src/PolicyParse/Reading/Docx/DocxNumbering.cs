using System;
using System.Collections.Generic;
using System.IO;
using System.Xml;

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

    /// <summary>Reads word/numbering.xml (null when the document has none) in one XmlReader pass.</summary>
    public DocxNumbering(Stream? numberingXml, long maxCharacters)
    {
        if (numberingXml is null)
            return;
        var abstracts = new Dictionary<int, Dictionary<int, LevelDefinition>>();
        var instances = new List<(int NumId, int AbstractId, Dictionary<int, LevelDefinition> Overrides, Dictionary<int, int> Starts)>();
        using (var reader = XmlReader.Create(numberingXml, SafeXml.Settings(maxCharacters)))
        {
            while (reader.Read())
            {
                if (WordXml.IsStart(reader, "abstractNum") && ReadInt(reader, "abstractNumId") is { } abstractId && !abstracts.ContainsKey(abstractId))
                    abstracts[abstractId] = ReadLevels(reader);
                else if (WordXml.IsStart(reader, "num") && ReadInt(reader, "numId") is { } numId)
                    instances.Add(ReadInstance(reader, numId));
            }
        }
        foreach (var (numId, abstractId, overrides, starts) in instances)
        {
            if (!abstracts.TryGetValue(abstractId, out var levels))
                continue;
            var own = new Dictionary<int, LevelDefinition>(levels);
            foreach (var pair in overrides)
                own[pair.Key] = pair.Value;
            foreach (var pair in starts)
                if (own.TryGetValue(pair.Key, out var level))
                    own[pair.Key] = level with { Start = pair.Value };
            _levelsByNum[numId] = own;
        }
    }

    /// <summary>List levels 0–8, as Word has them.</summary>
    private const int Levels = 9;

    /// <summary>Word's largest list start value; a larger one in a damaged or hostile file is taken as this.</summary>
    private const int MaxStart = 32767;

    /// <summary>Word's longest level text; longer ones are cut, so a label cannot grow to millions of characters.</summary>
    private const int MaxLevelText = 255;

    /// <summary>No list label a person reads is longer; a longer one (a hostile level text) is cut.</summary>
    private const int MaxLabel = 64;

    /// <summary>The number text for the next paragraph of list <paramref name="numId"/> at <paramref name="level"/>, advancing the counters.</summary>
    public string? Next(int numId, int level)
    {
        if (level is < 0 or >= Levels || !_levelsByNum.TryGetValue(numId, out var levels) || !levels.TryGetValue(level, out var definition))
            return null; // Word ignores a list level outside 0–8, and so does the reader
        if (!_counters.TryGetValue(numId, out var counters))
            _counters[numId] = counters = new int[Levels];

        counters[level] = counters[level] == 0 ? definition.Start : counters[level] + 1;
        for (int deeper = level + 1; deeper < counters.Length; deeper++)
            counters[deeper] = 0; // lower levels restart under a new higher item

        var text = definition.Text;
        for (int l = 0; l <= level; l++)
        {
            var placeholder = "%" + (l + 1);
            if (text.IndexOf(placeholder, System.StringComparison.Ordinal) < 0)
                continue;
            var levelDefinition = levels.TryGetValue(l, out var d) ? d : definition;
            int value = counters[l] == 0 ? levelDefinition.Start : counters[l];
            text = text.Replace(placeholder, NumberFormatter.Format(value, levelDefinition.Format));
        }
        if (text.Length > MaxLabel)
            text = text.Substring(0, MaxLabel);
        return text.Length == 0 ? null : text + definition.Suffix;
    }

    /// <summary>Reads the w:lvl children of the element the reader stands on (w:abstractNum or w:lvlOverride).</summary>
    private static Dictionary<int, LevelDefinition> ReadLevels(XmlReader reader)
    {
        var result = new Dictionary<int, LevelDefinition>();
        if (reader.IsEmptyElement)
            return result;
        int depth = reader.Depth;
        while (reader.Read() && !WordXml.IsEndAt(reader, depth))
            if (WordXml.IsStart(reader, "lvl"))
            {
                int index = ReadInt(reader, "ilvl") ?? 0;
                result[index] = ReadLevel(reader);
            }
        return result;
    }

    private static LevelDefinition ReadLevel(XmlReader reader)
    {
        int start = 1;
        string? format = null, text = null, suffix = null;
        if (!reader.IsEmptyElement)
        {
            int depth = reader.Depth;
            while (reader.Read() && !WordXml.IsEndAt(reader, depth))
            {
                if (reader.NodeType != XmlNodeType.Element || reader.NamespaceURI != WordXml.Namespace)
                    continue;
                switch (reader.LocalName)
                {
                    case "start": start = Math.Max(0, Math.Min(WordXml.IntVal(reader) ?? 1, MaxStart)); break;
                    case "numFmt": format = WordXml.Val(reader); break;
                    case "lvlText": text = WordXml.Val(reader); break;
                    case "suff": suffix = WordXml.Val(reader); break;
                    case "pPr" or "rPr": WordXml.SkipToEnd(reader); break;
                }
            }
        }
        // A tab or space between number and text reads as a space; "nothing" as none.
        if (text is { Length: > MaxLevelText })
            text = text.Substring(0, MaxLevelText);
        return new LevelDefinition(start, format, format == "bullet" ? "" : text ?? "", suffix == "nothing" ? "" : " ");
    }

    /// <summary>Reads a w:num: its abstract definition and the levels it overrides.</summary>
    private static (int, int, Dictionary<int, LevelDefinition>, Dictionary<int, int>) ReadInstance(XmlReader reader, int numId)
    {
        int abstractId = -1;
        var overrides = new Dictionary<int, LevelDefinition>();
        var starts = new Dictionary<int, int>();
        if (!reader.IsEmptyElement)
        {
            int depth = reader.Depth;
            int overrideLevel = 0;
            while (reader.Read() && !WordXml.IsEndAt(reader, depth))
            {
                if (reader.NodeType != XmlNodeType.Element || reader.NamespaceURI != WordXml.Namespace)
                    continue;
                switch (reader.LocalName)
                {
                    case "abstractNumId": abstractId = WordXml.IntVal(reader) ?? -1; break;
                    case "lvlOverride": overrideLevel = ReadInt(reader, "ilvl") ?? 0; break;
                    case "startOverride": starts[overrideLevel] = WordXml.IntVal(reader) ?? 1; break;
                    case "lvl": overrides[ReadInt(reader, "ilvl") ?? overrideLevel] = ReadLevel(reader); break;
                }
            }
        }
        return (numId, abstractId, overrides, starts);
    }

    private static int? ReadInt(XmlReader reader, string attribute) =>
        int.TryParse(reader.GetAttribute(attribute, WordXml.Namespace), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out int value) ? value : null;
}
