using System;
using System.Collections.Generic;
using PolicyParse.Parsing.Header;

namespace PolicyParse.Parsing.Sections;

/// <summary>
/// A 印发/转发 wrapper that carries several documents one after another, each under its own title and
/// numbered 一、二、… afresh: where a title line stands over a 一、 that restarts the level-1 numbering,
/// a new document begins. The text before the first restart stays the body.
/// </summary>
internal static class RestartedParts
{
    private const int MaxTitleLength = 60;

    /// <summary>The body before the first restart, and each later document's title line and lines.</summary>
    public static (List<Line> Body, List<(Line Title, List<Line> Lines)> Parts) Split(List<Line> lines)
    {
        var body = new List<Line>();
        var parts = new List<(Line Title, List<Line> Lines)>();
        var current = body;
        bool numbered = false;
        for (int i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (numbered && i + 1 < lines.Count && lines[i + 1].Marker is { Family: MarkerFamily.Level1, Number: 1 } && IsTitleLine(line))
            {
                current = new List<Line>();
                parts.Add((line, current));
                numbered = false;
                continue;
            }
            if (line.Marker is { Family: MarkerFamily.Level1 })
                numbered = true;
            current.Add(line);
        }
        return (body, parts);
    }

    private static bool IsTitleLine(Line line) =>
        !line.IsTable && line.Marker is null && line.Text.Length <= MaxTitleLength
        && line.Text.IndexOfAny(new[] { '。', '，', '；', '：', ':' }) < 0 && TitleAnalyzer.ReadsAsTitle(line.Text);
}
