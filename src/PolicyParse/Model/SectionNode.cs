using System;
using System.Collections.Generic;

namespace PolicyParse.Model;

/// <summary>One node of the section tree.</summary>
public sealed record SectionNode
{
    /// <summary>Heading, chapter, section or article.</summary>
    public SectionKind Kind { get; init; }

    /// <summary>For headings, 1–5 by marker family (一、=1, （一）=2, 1.=3, （1）=4, ①=5), not by depth; for 第X章/节/条, 1–3 likewise.</summary>
    public int Level { get; init; }

    /// <summary>The marker in canonical form, e.g. 一、 （一） 1. 第三条.</summary>
    public string Marker { get; init; } = "";

    /// <summary>The marker's number (（十六） is 16).</summary>
    public int Number { get; init; }

    /// <summary>The heading text; for an inline heading the part before the first 。; null for a numbered sentence or an article.</summary>
    public string? Heading { get; init; }

    /// <summary>
    /// True when the heading ran into the body on its marker's line ("（一）加强管理。按照…"), so that the
    /// heading is the first sentence of the text rather than a title above it. Not part of the JSON.
    /// </summary>
    internal bool HeadingRunsIn { get; init; }

    /// <summary>Body text of this node without its children, paragraphs separated by line feeds.</summary>
    public string Text { get; init; } = "";

    /// <summary>Where the node's marker stands in the source.</summary>
    public SourceLocation Location { get; init; } = new(null, 0);

    /// <summary>Nested nodes.</summary>
    public IReadOnlyList<SectionNode> Children { get; init; } = Array.Empty<SectionNode>();
}
