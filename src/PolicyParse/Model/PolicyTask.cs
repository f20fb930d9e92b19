using System;
using System.Collections.Generic;

namespace PolicyParse.Model;

/// <summary>A task the notice assigns to units.</summary>
public sealed record PolicyTask
{
    /// <summary>The task's number (序号) as written, if any.</summary>
    public string? Number { get; init; }

    /// <summary>The task's category (领域, 工作任务 …).</summary>
    public string? Category { get; init; }

    /// <summary>What is to be done.</summary>
    public string Content { get; init; } = "";

    /// <summary>牵头单位.</summary>
    public IReadOnlyList<string> LeadUnits { get; init; } = Array.Empty<string>();

    /// <summary>责任单位 and 配合单位.</summary>
    public IReadOnlyList<string> ResponsibleUnits { get; init; } = Array.Empty<string>();

    /// <summary>完成时限, if stated.</summary>
    public TaskDeadline? Deadline { get; init; }

    /// <summary>"table" or "inline".</summary>
    public string Origin { get; init; } = "table";

    /// <summary>Where the task stands in the source.</summary>
    public SourceLocation Location { get; init; } = new(null, 0);
}

/// <summary>A task's deadline.</summary>
/// <param name="Text">As written, e.g. 12月底前.</param>
/// <param name="Date">Resolved date, using the document's year.</param>
/// <param name="Ongoing">True for 实时公开, 长期坚持, 持续推进 and the like.</param>
public sealed record TaskDeadline(string Text, DateTime? Date, bool Ongoing);
