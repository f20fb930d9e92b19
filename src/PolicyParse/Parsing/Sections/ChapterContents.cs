using System.Collections.Generic;

namespace PolicyParse.Parsing.Sections;

/// <summary>
/// A law's table of contents (目录): chapter lines one after another with nothing between them, the
/// chapters themselves following and numbered from 第一章 again. The listing is no chapters; it is
/// taken out of the lines the section tree is built from and returned as text.
/// </summary>
internal static class ChapterContents
{
    public static (List<Line> Lines, List<string> Contents) Remove(List<Line> lines)
    {
        for (int start = 0; start < lines.Count; start++)
        {
            if (lines[start].Marker is not { Family: MarkerFamily.Chapter, Number: 1 })
                continue;
            int end = start + 1;
            while (end < lines.Count && lines[end].Marker is { Family: MarkerFamily.Chapter } m && m.Number == lines[end - 1].Marker!.Value.Number + 1)
                end++;
            bool listing = end - start >= 2 && end < lines.Count && lines.FindIndex(end, l => l.Marker is { Family: MarkerFamily.Chapter, Number: 1 }) >= 0;
            if (!listing)
                return (lines, new List<string>());
            var contents = lines.GetRange(start, end - start).ConvertAll(l => l.Text);
            var rest = new List<Line>(lines);
            rest.RemoveRange(start, end - start);
            return (rest, contents);
        }
        return (lines, new List<string>());
    }
}
