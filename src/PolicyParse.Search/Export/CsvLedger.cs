using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace PolicyParse.Search.Export;

/// <summary>
/// A task ledger as CSV (RFC 4180): a header row, one row per task, fields quoted where they hold a
/// comma, quote or line break. Written UTF-8 with a byte-order mark by <see cref="Write(IEnumerable{LedgerRow}, Stream)"/>,
/// so that Excel opens it as UTF-8. A field that a spreadsheet would run as a formula (=, +, -, @ first) is
/// written with a leading apostrophe.
/// </summary>
public static class CsvLedger
{
    internal static readonly string[] Header =
        { "序号", "公文", "文号", "发文机关", "成文日期", "类别", "任务", "牵头单位", "责任单位", "完成时限", "时限日期", "长期" };

    /// <summary>Writes the ledger to <paramref name="stream"/> as UTF-8 with a byte-order mark.</summary>
    public static void Write(IEnumerable<LedgerRow> rows, Stream stream)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16, leaveOpen: true);
        Write(rows, writer);
    }

    /// <summary>Writes the ledger's lines (CRLF-terminated) to <paramref name="writer"/>.</summary>
    public static void Write(IEnumerable<LedgerRow> rows, TextWriter writer)
    {
        Line(writer, Header);
        int n = 0;
        foreach (var row in rows)
        {
            var task = row.Task;
            Line(writer, new[]
            {
                (++n).ToString(CultureInfo.InvariantCulture), row.Notice, row.DocNumber ?? "", row.Issuer,
                row.SignDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", task.Category ?? "", task.Content,
                string.Join("、", task.LeadUnits), string.Join("、", task.ResponsibleUnits), task.Deadline?.Text ?? "",
                task.Deadline?.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", task.Deadline?.Ongoing == true ? "是" : "",
            });
        }
    }

    private static void Line(TextWriter writer, string[] fields)
    {
        for (int i = 0; i < fields.Length; i++)
        {
            if (i > 0) writer.Write(',');
            writer.Write(Field(fields[i]));
        }
        writer.Write("\r\n");
    }

    internal static string Field(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@')
            value = "'" + value;
        return value.IndexOfAny(new[] { ',', '"', '\r', '\n' }) < 0 ? value : "\"" + value.Replace("\"", "\"\"") + "\"";
    }
}
