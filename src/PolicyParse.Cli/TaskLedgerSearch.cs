using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using PolicyParse.Json;
using PolicyParse.Model;
using PolicyParse.Search.Export;
using PolicyParse.Search.Searching;

namespace PolicyParse.Cli;

/// <summary>The tasks a search finds, every one of them, as ledger rows (for the Excel, CSV and calendar ledgers).</summary>
internal static class TaskLedgerSearch
{
    private const int Page = 500;

    /// <summary>
    /// Every task matching <paramref name="query"/> and <paramref name="options"/> (its kind is taken as
    /// tasks; its paging is ignored), page by page, in the search's order.
    /// </summary>
    public static IEnumerable<LedgerRow> Rows(this PolicySearcher searcher, string query, SearchOptions? options = null)
    {
        options ??= new SearchOptions();
        for (int skip = 0; ; skip += Page)
        {
            var page = searcher.Search(query, Copy(options, skip));
            foreach (var hit in page.Hits)
                if (hit.TaskJson is { } json)
                    yield return LedgerRow.Of(hit.Title, hit.DocNumber, hit.Issuers, hit.SignDate, hit.NoticeSha256, TaskNumber(hit.Id),
                        JsonSerializer.Deserialize<PolicyTask>(json, PolicyJson.Options) ?? new PolicyTask());
            if (page.Hits.Count < Page || skip + Page >= page.Total)
                yield break;
        }
    }

    /// <summary>The n of a task id "task:&lt;path&gt;#n".</summary>
    private static int TaskNumber(string id) =>
        int.TryParse(id.Substring(id.LastIndexOf('#') + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : 0;

    private static SearchOptions Copy(SearchOptions o, int skip) => new()
    {
        Kind = SearchKind.Tasks,
        Issuer = o.Issuer,
        DocType = o.DocType,
        Year = o.Year,
        From = o.From,
        To = o.To,
        Unit = o.Unit,
        DeadlineBefore = o.DeadlineBefore,
        Ongoing = o.Ongoing,
        Status = o.Status,
        AsOf = o.AsOf,
        SortByDate = o.SortByDate,
        SortByCitations = o.SortByCitations,
        Top = Page,
        Skip = skip,
    };
}
