using System;
using System.Collections.Generic;
using System.Linq;
using PolicyParse.Model;

namespace PolicyParse.Search.Export;

/// <summary>
/// One task in a ledger (任务台账) with the notice that assigns it: what the Excel, CSV and calendar
/// ledgers write, whether the tasks come from parsed files or from an index.
/// </summary>
public sealed record LedgerRow
{
    /// <summary>The notice's title.</summary>
    public string Notice { get; init; } = "";

    /// <summary>The notice's 文号, if any.</summary>
    public string? DocNumber { get; init; }

    /// <summary>The notice's issuers, joined with 、.</summary>
    public string Issuer { get; init; } = "";

    /// <summary>The notice's signing date.</summary>
    public DateTime? SignDate { get; init; }

    /// <summary>SHA-256 of the notice's source: with <see cref="Index"/>, what names the task for good (calendar UIDs).</summary>
    public string NoticeId { get; init; } = "";

    /// <summary>The task's place among its notice's tasks, from 1.</summary>
    public int Index { get; init; }

    /// <summary>The task itself.</summary>
    public PolicyTask Task { get; init; } = new();

    /// <summary>The rows of every task of <paramref name="notice"/>, in order.</summary>
    public static IEnumerable<LedgerRow> Of(PolicyDocument notice) =>
        notice.Tasks.Select((task, i) => Of(notice.Title ?? notice.InnerTitle ?? "", notice.DocNumber?.Text, notice.Issuers, notice.SignDate, notice.Source.Sha256, i + 1, task));

    /// <summary>A row from its parts (a task found in an index carries its notice's header fields).</summary>
    public static LedgerRow Of(string notice, string? docNumber, IEnumerable<string> issuers, DateTime? signDate, string noticeId, int index, PolicyTask task) => new()
    {
        Notice = notice,
        DocNumber = docNumber,
        Issuer = string.Join("、", issuers),
        SignDate = signDate,
        NoticeId = noticeId,
        Index = index,
        Task = task,
    };
}
