using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using PolicyParse.Model;

namespace PolicyParse.Search.Export;

/// <summary>
/// Elasticsearch / OpenSearch bulk NDJSON for notices and their tasks, written one notice at a time so
/// that memory stays bounded whatever the archive size. Notices go to one index and tasks to another
/// (a task index rather than nested documents: tasks are searched and filtered on their own, and a
/// nested update would rewrite the whole notice). Ids are the SHA-256 of the source, as in the search
/// service; a task's adds "#n".
/// </summary>
public sealed class ElasticsearchExport
{
    /// <summary>Index that receives the notices.</summary>
    public const string NoticeIndex = "policy-notices";
    /// <summary>Index that receives the tasks.</summary>
    public const string TaskIndex = "policy-tasks";

    private readonly Stream _output;
    private readonly Utf8JsonWriter _writer;

    /// <param name="output">Where the NDJSON goes: UTF-8, each line ended by "\n", as the bulk API wants. Not closed here.</param>
    public ElasticsearchExport(Stream output)
    {
        _output = output;
        _writer = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false });
    }

    /// <summary>Writes the bulk lines of one notice and its tasks; returns how many documents that was.</summary>
    public int Write(PolicyDocument notice)
    {
        var id = notice.Source.Sha256;
        WriteLine(w => Action(w, NoticeIndex, id));
        WriteLine(w => NoticeDocument(w, notice));
        for (int i = 0; i < notice.Tasks.Count; i++)
        {
            WriteLine(w => Action(w, TaskIndex, $"{id}#{i + 1}"));
            WriteLine(w => TaskDocument(w, notice, notice.Tasks[i], i + 1));
        }
        return 1 + notice.Tasks.Count;
    }

    /// <summary>The index definitions: one JSON object per index name, as `PUT /{index}` takes them.</summary>
    public static string Mapping() => MappingDefinition.Json;

    /// <summary>One JSON object on one line, straight into the output (one writer serves every line).</summary>
    private void WriteLine(Action<Utf8JsonWriter> write)
    {
        _writer.Reset(_output);
        write(_writer);
        _writer.Flush();
        _output.WriteByte((byte)'\n');
    }

    private static void Action(Utf8JsonWriter w, string index, string id)
    {
        w.WriteStartObject();
        w.WriteStartObject("index");
        w.WriteString("_index", index);
        w.WriteString("_id", id);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void NoticeDocument(Utf8JsonWriter w, PolicyDocument n)
    {
        w.WriteStartObject();
        Header(w, n);
        w.WriteString("innerTitle", n.InnerTitle);
        w.WriteString("publishAttribute", n.PublishAttribute);
        Strings(w, "addressees", n.Addressees);
        Strings(w, "cc", n.Cc);
        Strings(w, "attachments", n.Attachments.Select(a => a.Title));
        Strings(w, "headings", Indexing.NoticeText.Sections(n.Sections).Select(s => s.Heading).OfType<string>());
        w.WriteString("body", Indexing.NoticeText.Body(n));
        Strings(w, "units", n.Tasks.SelectMany(t => t.LeadUnits.Concat(t.ResponsibleUnits)).Distinct());
        w.WriteNumber("taskCount", n.Tasks.Count);
        w.WriteEndObject();
    }

    private static void TaskDocument(Utf8JsonWriter w, PolicyDocument n, PolicyTask t, int number)
    {
        w.WriteStartObject();
        w.WriteString("noticeId", n.Source.Sha256);
        w.WriteNumber("number", number);
        Header(w, n);
        w.WriteString("category", t.Category);
        w.WriteString("content", t.Content);
        Strings(w, "leadUnits", t.LeadUnits);
        Strings(w, "responsibleUnits", t.ResponsibleUnits);
        Strings(w, "units", t.LeadUnits.Concat(t.ResponsibleUnits).Distinct());
        w.WriteString("deadlineText", t.Deadline?.Text);
        if (t.Deadline?.Date is { } due) w.WriteString("deadline", due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        else w.WriteNull("deadline");
        w.WriteBoolean("ongoing", t.Deadline?.Ongoing == true);
        w.WriteEndObject();
    }

    /// <summary>What notices and tasks share: the notice's header, so a task can be filtered without a join.</summary>
    private static void Header(Utf8JsonWriter w, PolicyDocument n)
    {
        w.WriteString("title", n.Title ?? n.InnerTitle);
        w.WriteString("docNumber", n.DocNumber?.Text);
        Strings(w, "issuers", n.Issuers);
        w.WriteString("docType", n.DocType);
        if (n.SignDate is { } date)
        {
            w.WriteString("signDate", date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            w.WriteNumber("year", date.Year);
        }
        else
        {
            w.WriteNull("signDate");
            w.WriteNull("year");
        }
        w.WriteString("fileName", n.Source.FileName);
        w.WriteString("format", n.Source.Format);
        w.WriteString("sha256", n.Source.Sha256);
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values) w.WriteStringValue(value);
        w.WriteEndArray();
    }
}
