using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace PolicyParse.Search.Export;

/// <summary>
/// The dated deadlines of a task ledger as an iCalendar file (RFC 5545): one all-day event per task on
/// its deadline, summary the task, description the notice and the units. A task's UID is made of its
/// notice's SHA-256 and its place among the notice's tasks, so a calendar that imports a newer ledger
/// updates the events instead of doubling them. Tasks without a date (ongoing, or a deadline that names
/// none) are left out.
/// </summary>
public static class IcsLedger
{
    /// <summary>Writes the calendar to <paramref name="writer"/>; <paramref name="stamp"/> is each event's DTSTAMP (when the file was made).</summary>
    public static void Write(IEnumerable<LedgerRow> rows, TextWriter writer, DateTime stamp)
    {
        Line(writer, "BEGIN:VCALENDAR");
        Line(writer, "VERSION:2.0");
        Line(writer, "PRODID:-//PolicyParse//Task ledger//ZH");
        Line(writer, "CALSCALE:GREGORIAN");
        foreach (var row in rows)
        {
            if (row.Task.Deadline?.Date is not { } due)
                continue;
            var task = row.Task;
            var units = string.Join("、", task.LeadUnits.Count > 0 ? task.LeadUnits : task.ResponsibleUnits);
            var description = new StringBuilder().Append(row.Notice);
            if (row.DocNumber is not null) description.Append('（').Append(row.DocNumber).Append('）');
            if (task.LeadUnits.Count > 0) description.Append("\n牵头单位：").Append(string.Join("、", task.LeadUnits));
            if (task.ResponsibleUnits.Count > 0) description.Append("\n责任单位：").Append(string.Join("、", task.ResponsibleUnits));
            description.Append("\n完成时限：").Append(task.Deadline.Text);
            Line(writer, "BEGIN:VEVENT");
            Line(writer, $"UID:{row.NoticeId}-{row.Index.ToString(CultureInfo.InvariantCulture)}@policyparse");
            Line(writer, "DTSTAMP:" + stamp.ToUniversalTime().ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture));
            Line(writer, "DTSTART;VALUE=DATE:" + due.ToString("yyyyMMdd", CultureInfo.InvariantCulture));
            Line(writer, "DTEND;VALUE=DATE:" + due.AddDays(1).ToString("yyyyMMdd", CultureInfo.InvariantCulture));
            Line(writer, "SUMMARY:" + Text((units.Length > 0 ? "【" + units + "】" : "") + task.Content));
            Line(writer, "DESCRIPTION:" + Text(description.ToString()));
            Line(writer, "END:VEVENT");
        }
        Line(writer, "END:VCALENDAR");
    }

    /// <summary>A TEXT value: backslash, semicolon, comma and line breaks escaped.</summary>
    internal static string Text(string value) =>
        value.Replace("\\", "\\\\").Replace(";", "\\;").Replace(",", "\\,").Replace("\r\n", "\\n").Replace("\n", "\\n").Replace("\r", "\\n");

    /// <summary>A content line, folded so that no line is over 75 octets of UTF-8 (a continuation starts with a space), CRLF-terminated.</summary>
    internal static void Line(TextWriter writer, string line)
    {
        int octets = 0;
        for (int i = 0; i < line.Length; i++)
        {
            int width = char.IsHighSurrogate(line[i]) && i + 1 < line.Length ? 4 : line[i] < 0x80 ? 1 : line[i] < 0x800 ? 2 : 3;
            if (octets + width > 75)
            {
                writer.Write("\r\n ");
                octets = 1;
            }
            writer.Write(line[i]);
            if (width == 4) writer.Write(line[++i]);
            octets += width;
        }
        writer.Write("\r\n");
    }
}
