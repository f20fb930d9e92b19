using System;
using System.Globalization;
using Microsoft.AspNetCore.Http;
using PolicyParse.Search.Searching;

namespace PolicyParse.Cli.Serve;

/// <summary>
/// Reads the search parameters of a request (the command line's options as query parameters) and
/// rejects what is malformed or over the limits with a message for a 400 answer.
/// </summary>
internal static class ApiQuery
{
    public const int MaxQueryLength = 256;
    public const int MaxPageSize = 50;
    /// <summary>Deep paging costs a collector this large; nobody reads past it.</summary>
    public const int MaxResultWindow = 1000;

    /// <summary>
    /// Whether a raw query string ("?q=%E8%90%A5…") is UTF-8 once its percent escapes are bytes again. ASP.NET
    /// leaves escapes that are not UTF-8 (GBK "%D3%AA", "%FF") undecoded, and a search for them finds nothing
    /// without saying why.
    /// </summary>
    public static bool IsUtf8(string? rawQuery)
    {
        if (string.IsNullOrEmpty(rawQuery))
            return true;
        var bytes = new System.Collections.Generic.List<byte>(rawQuery.Length);
        for (int i = 0; i < rawQuery.Length; i++)
        {
            if (rawQuery[i] == '%' && i + 2 < rawQuery.Length && Uri.IsHexDigit(rawQuery[i + 1]) && Uri.IsHexDigit(rawQuery[i + 2]))
            {
                bytes.Add(Convert.ToByte(rawQuery.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
                bytes.Add(rawQuery[i] < 0x80 ? (byte)rawQuery[i] : (byte)0xFF);
        }
        return System.Text.Unicode.Utf8.IsValid(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(bytes));
    }

    /// <summary>Query text and options, or the reason the request is refused.</summary>
    public static (string Query, SearchOptions? Options, string? Error) Read(IQueryCollection q, SearchKind defaultKind)
    {
        string text = q["q"].ToString().Trim();
        if (text.Length > MaxQueryLength)
            return (text, null, $"q is longer than {MaxQueryLength} characters");
        try
        {
            int size = Int(q, "size", 10, 1, MaxPageSize);
            int page = Int(q, "page", 1, 1, MaxResultWindow);
            if ((long)page * size > MaxResultWindow)
                throw new FormatException($"page × size may not exceed {MaxResultWindow}");
            var options = new SearchOptions
            {
                Kind = Kind(q["kind"].ToString(), defaultKind),
                Issuer = Text(q, "issuer"),
                DocType = Text(q, "docType"),
                Year = q.ContainsKey("year") ? Int(q, "year", 0, 1949, 2100) : null,
                From = Date(q, "from"),
                To = Date(q, "to"),
                Unit = Text(q, "unit"),
                DeadlineBefore = Date(q, "deadlineBefore"),
                Ongoing = Bool(q, "ongoing"),
                Status = Status(q["status"].ToString()),
                AsOf = Date(q, "asOf"),
                CountStatuses = Bool(q, "statusCounts") == true,
                Top = size,
                Skip = (page - 1) * size,
                SortByDate = q["sort"].ToString() == "date",
                SortByCitations = Sort(q["sort"].ToString()) == "cited",
                HtmlSnippets = true,
            };
            return (text, options, null);
        }
        catch (FormatException e)
        {
            return (text, null, e.Message);
        }
    }

    private static string? Text(IQueryCollection q, string name)
    {
        var value = q[name].ToString().Trim();
        if (value.Length > MaxQueryLength)
            throw new FormatException($"{name} is longer than {MaxQueryLength} characters");
        return value.Length == 0 ? null : value;
    }

    private static int Int(IQueryCollection q, string name, int fallback, int min, int max)
    {
        var value = q[name].ToString();
        if (value.Length == 0) return fallback;
        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int n) || n < min || n > max)
            throw new FormatException($"{name} must be a whole number from {min} to {max}");
        return n;
    }

    private static DateTime? Date(IQueryCollection q, string name)
    {
        var value = q[name].ToString();
        if (value.Length == 0) return null;
        if (!DateTime.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            throw new FormatException($"{name} must be a date written yyyy-MM-dd");
        return date;
    }

    private static bool? Bool(IQueryCollection q, string name) => q[name].ToString() switch
    {
        "" => null,
        "true" => true,
        "false" => false,
        _ => throw new FormatException($"{name} must be true or false"),
    };

    private static SearchKind Kind(string value, SearchKind fallback) => value switch
    {
        "" => fallback,
        "notices" => SearchKind.Notices,
        "tasks" => SearchKind.Tasks,
        "all" => SearchKind.All,
        _ => throw new FormatException("kind must be notices, tasks or all"),
    };

    private static PolicyParse.Model.ValidityStatus? Status(string value) => value switch
    {
        "" => null,
        "inForce" => PolicyParse.Model.ValidityStatus.InForce,
        "notYetInForce" => PolicyParse.Model.ValidityStatus.NotYetInForce,
        "expired" => PolicyParse.Model.ValidityStatus.Expired,
        "repealed" => PolicyParse.Model.ValidityStatus.Repealed,
        "unknown" => PolicyParse.Model.ValidityStatus.Unknown,
        _ => throw new FormatException("status must be inForce, notYetInForce, expired, repealed or unknown"),
    };

    private static string Sort(string value) => value switch
    {
        "" or "relevance" or "date" or "cited" => value,
        _ => throw new FormatException("sort must be relevance, date or cited"),
    };
}
