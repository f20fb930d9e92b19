using System;
using System.Collections.Generic;
using System.Text;
using PolicyParse.Model;

namespace PolicyParse.Parsing.Sections;

/// <summary>
/// Builds the section tree from body lines. A line with a marker opens a node only when its number
/// continues the numbering (the next sibling, a 1 that opens a list, or the next number of a list
/// numbered straight through several parents); otherwise it is text, so "1.5亿元", a stray "3." in a
/// wrapped line, or a list inside an article do not become sections.
/// </summary>
internal sealed class SectionTreeBuilder
{
    private readonly List<NodeBuilder> _roots = new();
    private readonly List<NodeBuilder> _open = new(); // path from a root to the current node
    private readonly Dictionary<MarkerFamily, int> _lastNumber = new();
    private readonly Paragraphs _preamble = new();
    private readonly List<string> _warnings;

    public SectionTreeBuilder(List<string> warnings) => _warnings = warnings;

    public void Add(Line line)
    {
        if (line.Marker is { } marker)
        {
            if (Accepts(marker))
            {
                Open(marker, line);
                return;
            }
            if (!(marker.IsHeading && InsideArticle))
                _warnings.Add($"\"{Excerpt(line.Text)}\" (block {line.Location.Block}) has a {marker.Marker} marker that breaks the numbering; kept as text");
        }
        AppendText(line.Text);
    }

    public string? Preamble => _preamble.IsEmpty ? null : _preamble.ToString();

    public IReadOnlyList<SectionNode> Build() => BuildAll(_roots);

    private static SectionNode[] BuildAll(List<NodeBuilder> nodes)
    {
        if (nodes.Count == 0)
            return Array.Empty<SectionNode>();
        var built = new SectionNode[nodes.Count];
        for (int i = 0; i < built.Length; i++)
            built[i] = nodes[i].Build();
        return built;
    }

    private bool InsideArticle
    {
        get
        {
            foreach (var node in _open)
                if (node.Marker.Family == MarkerFamily.Article)
                    return true;
            return false;
        }
    }

    private bool Accepts(MarkerMatch marker)
    {
        if (marker.IsHeading && InsideArticle)
            return false; // numbered lists inside an article are the article's text
        var siblings = ParentOf(marker)?.Children ?? _roots;
        NodeBuilder? previous = null;
        for (int i = siblings.Count - 1; i >= 0 && previous is null; i--)
            if (siblings[i].Marker.Family == marker.Family)
                previous = siblings[i];
        if (previous is not null && IsPart(marker.Family) && marker.Number > previous.Marker.Number + 1)
        {
            // "第七章" after "第五章": a 章 or 节 line is no citation, so a gap means a lost line; it still opens
            _warnings.Add($"{marker.Marker} follows {previous.Marker.Marker}: the numbering skips {marker.Number - previous.Marker.Number - 1}");
            return true;
        }
        if (previous is not null)
            return marker.Number == previous.Marker.Number + 1;
        return marker.Number == 1
               || (_lastNumber.TryGetValue(marker.Family, out int last) && marker.Number == last + 1);
    }

    private static bool IsPart(MarkerFamily family) => family is MarkerFamily.Chapter or MarkerFamily.Section;

    private NodeBuilder? ParentOf(MarkerMatch marker)
    {
        for (int i = _open.Count - 1; i >= 0; i--)
            if (_open[i].Marker.Family < marker.Family)
                return _open[i];
        return null;
    }

    private void Open(MarkerMatch marker, Line line)
    {
        var parent = ParentOf(marker);
        int keep = parent is null ? 0 : _open.IndexOf(parent) + 1;
        _open.RemoveRange(keep, _open.Count - keep);

        var (heading, bodyStart, runsIn) = marker.Kind == SectionKind.Article
            ? (null, marker.Length, false)
            : InlineHeading.Split(line.Text, marker.Length, topLevel: marker.Family == MarkerFamily.Level1);
        var node = new NodeBuilder(marker, heading, runsIn, line.Location);
        node.AppendText(line.Text, bodyStart);
        (parent?.Children ?? _roots).Add(node);
        _open.Add(node);
        _lastNumber[marker.Family] = marker.Number;
    }

    private void AppendText(string text)
    {
        if (_open.Count > 0)
            _open[_open.Count - 1].AppendText(text);
        else
            _preamble.Add(text);
    }

    private static string Excerpt(string text) => text.Length <= 24 ? text : text.Substring(0, 24) + "…";

    private sealed class NodeBuilder
    {
        private readonly Paragraphs _text = new();
        private readonly string? _heading;
        private readonly bool _headingRunsIn;
        private readonly SourceLocation _location;

        public NodeBuilder(MarkerMatch marker, string? heading, bool headingRunsIn, SourceLocation location)
        {
            Marker = marker;
            _heading = heading;
            _headingRunsIn = headingRunsIn;
            _location = location;
        }

        public MarkerMatch Marker { get; }

        public List<NodeBuilder> Children { get; } = new();

        public void AppendText(string text, int start = 0) => _text.Add(text, start);

        public SectionNode Build() => new()
        {
            Kind = Marker.Kind,
            Level = Marker.Level,
            Marker = Marker.Marker,
            Number = Marker.Number,
            Heading = _heading,
            HeadingRunsIn = _headingRunsIn,
            Text = _text.ToString(),
            Location = _location,
            Children = BuildAll(Children),
        };
    }

    /// <summary>
    /// Paragraphs joined with line feeds. Most sections hold one paragraph, which is kept as the line it
    /// came from (and where its text starts) until a second one needs a builder.
    /// </summary>
    private sealed class Paragraphs
    {
        private string? _single;
        private int _singleStart;
        private StringBuilder? _many;

        public bool IsEmpty => _single is null && _many is null;

        /// <summary>Adds <paramref name="text"/> from <paramref name="start"/> as a paragraph of its own; nothing when that is empty.</summary>
        public void Add(string text, int start = 0)
        {
            if (start >= text.Length)
                return;
            if (_many is not null)
            {
                _many.Append('\n').Append(text, start, text.Length - start);
            }
            else if (_single is null)
            {
                (_single, _singleStart) = (text, start);
            }
            else
            {
                _many = new StringBuilder(_single.Length - _singleStart + 1 + text.Length - start);
                _many.Append(_single, _singleStart, _single.Length - _singleStart).Append('\n').Append(text, start, text.Length - start);
                _single = null;
            }
        }

        public override string ToString() =>
            _many?.ToString() ?? (_single is null ? "" : _single.Substring(_singleStart));
    }
}
