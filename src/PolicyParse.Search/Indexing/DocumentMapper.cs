using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Lucene.Net.Documents;
using Lucene.Net.Util;
using PolicyParse.Model;

namespace PolicyParse.Search.Indexing;

/// <summary>Turns a parsed notice into its Lucene documents: the notice first, then one per task.</summary>
internal static class DocumentMapper
{
    /// <param name="notice">The parsed notice.</param>
    /// <param name="path">Its file.</param>
    /// <param name="key">Its <see cref="DocumentKey"/>.</param>
    /// <param name="standing">How the file stands in its group: alone, for others, or as a duplicate of another.</param>
    /// <param name="body">The notice's <see cref="NoticeText.Body"/>, when the caller has it already.</param>
    public static List<Document> Map(PolicyDocument notice, string path, string key, Standing standing = Standing.Alone, string? body = null)
    {
        var file = new FileIdentity(path, key, standing);
        var noticeId = "notice:" + path;
        var documents = new List<Document> { MapNotice(notice, body ?? NoticeText.Body(notice), file, noticeId) };
        for (int i = 0; i < notice.Tasks.Count; i++)
            documents.Add(MapTask(notice, notice.Tasks[i], file, noticeId, i));
        return documents;
    }

    /// <summary>A file's path, its notice's key, and how it stands in the key's group.</summary>
    private readonly record struct FileIdentity(string Path, string Key, Standing Standing);

    private static Document MapNotice(PolicyDocument notice, string body, FileIdentity file, string id)
    {
        var d = Common(notice, file, id, "notice");
        var header = new[] { notice.Title, notice.InnerTitle == notice.Title ? null : notice.InnerTitle, notice.DocNumber?.Text }.Concat(notice.Issuers);
        AddText(d, IndexFields.Text, string.Join("\n", header.Where(h => !string.IsNullOrEmpty(h)).Append(body)), Field.Store.NO);
        d.Add(new StoredField(IndexFields.Body, body));
        AddText(d, IndexFields.Addressees, string.Join("、", notice.Addressees), Field.Store.YES);
        foreach (var unit in notice.Tasks.SelectMany(t => t.LeadUnits.Concat(t.ResponsibleUnits)).Distinct())
            AddUnit(d, unit);
        AddCitations(d, notice);
        // Last of the stored fields, so that reading the others stops before the JSON (see StoredFields).
        foreach (var field in StoredFields.NoticeFields(notice))
            d.Add(field);
        return d;
    }

    private static Document MapTask(PolicyDocument notice, PolicyTask task, FileIdentity file, string noticeId, int index)
    {
        var d = Common(notice, file, $"task:{file.Path}#{index + 1}", "task");
        d.Add(ExactFields.Create(IndexFields.NoticeId, noticeId, Field.Store.YES));
        var units = task.LeadUnits.Concat(task.ResponsibleUnits).Distinct().ToList();
        AddText(d, IndexFields.TaskText, string.Join("\n", new[] { task.Content, task.Category }.Where(t => !string.IsNullOrEmpty(t)).Concat(units)), Field.Store.NO);
        AddText(d, IndexFields.TaskCategory, task.Category, Field.Store.NO);
        foreach (var unit in units)
            AddUnit(d, unit);
        if (task.Deadline?.Date is { } deadline)
        {
            d.Add(new ReusingInt32Field(IndexFields.Deadline, DateNumber(deadline), Field.Store.YES));
        }
        d.Add(ExactFields.Create(IndexFields.Ongoing, task.Deadline?.Ongoing == true ? "true" : "false", Field.Store.NO));
        // The task's content is stored only here (snippets read it back): a field of its own repeated a twelfth of the stored bytes.
        d.Add(new StoredField(IndexFields.TaskJson, System.Text.Json.JsonSerializer.Serialize(task, PolicyParse.Json.PolicyJson.CompactOptions)));
        return d;
    }

    /// <summary>What notice and task documents share: identity, header fields, filters and facets.</summary>
    private static Document Common(PolicyDocument notice, FileIdentity file, string id, string kind)
    {
        var d = new Document
        {
            ExactFields.Create(IndexFields.Id, id, Field.Store.YES),
            ExactFields.Create(IndexFields.Kind, kind, Field.Store.YES),
            ExactFields.Create(IndexFields.Path, file.Path, Field.Store.YES),
            ExactFields.Create(IndexFields.DocKey, file.Key, Field.Store.YES),
        };
        if (file.Standing == Standing.Duplicate)
            d.Add(ExactFields.Create(IndexFields.Duplicate, "true", Field.Store.YES));
        else if (file.Standing == Standing.ForOthers)
            d.Add(ExactFields.Create(IndexFields.Grouped, "true", Field.Store.YES));
        // A task carries what it is shown and filtered by; what only describes the file (hash, format,
        // publication) and the notice's searchable title stay on the notice: each field repeated on
        // dozens of tasks was indexing time spent for nothing.
        bool isNotice = kind == "notice";
        if (!isNotice)
        {
            d.Add(new StoredField(IndexFields.Sha256, notice.Source.Sha256)); // to open the task's notice; not searched
            d.Add(new StoredField(IndexFields.Format, notice.Source.Format)); // a hit names its file's format
        }
        else
        {
            d.Add(ExactFields.Create(IndexFields.Sha256, notice.Source.Sha256, Field.Store.YES));
            d.Add(ExactFields.Create(IndexFields.Format, notice.Source.Format, Field.Store.YES));
            if (notice.PublishAttribute is { } attribute)
                d.Add(ExactFields.Create(IndexFields.PublishAttribute, attribute, Field.Store.YES));
        }
        var title = notice.Title ?? notice.InnerTitle ?? "";
        if (isNotice) AddText(d, IndexFields.Title, title, Field.Store.YES);
        else d.Add(new StoredField(IndexFields.Title, title));
        if (notice.DocNumber is { } number)
            d.Add(ExactFields.Create(IndexFields.DocNumber, number.Text, Field.Store.YES));
        foreach (var issuer in notice.Issuers)
        {
            d.Add(ExactFields.Create(IndexFields.Issuer, issuer, Field.Store.YES));
            d.Add(new SortedSetDocValuesField(IndexFields.FacetPrefix + "issuer", new BytesRef(issuer)));
        }
        AddText(d, IndexFields.IssuerText, string.Join("、", notice.Issuers), Field.Store.NO); // short: the issuer filter needs it on tasks too
        if (notice.DocType is { } docType)
        {
            d.Add(ExactFields.Create(IndexFields.DocType, docType, Field.Store.YES));
            d.Add(new SortedSetDocValuesField(IndexFields.FacetPrefix + "docType", new BytesRef(docType)));
        }
        if (notice.SignDate is { } date)
        {
            d.Add(new ReusingInt32Field(IndexFields.SignDate, DateNumber(date), Field.Store.YES));
            d.Add(new NumericDocValuesField(IndexFields.SignDate, DateNumber(date)));
            d.Add(new SortedSetDocValuesField(IndexFields.FacetPrefix + "year", new BytesRef(date.Year.ToString(CultureInfo.InvariantCulture))));
        }
        return d;
    }

    /// <summary>The notice's own title keys, what it cites, forwards, repeals and amends as keys, and its validity dates.</summary>
    private static void AddCitations(Document d, PolicyDocument notice)
    {
        foreach (var key in CitationKeys.OwnKeys(notice).Where(k => k.StartsWith("title|", StringComparison.Ordinal)))
            d.Add(ExactFields.Create(IndexFields.TitleKey, key, Field.Store.NO));
        foreach (var key in notice.References.Select(CitationKeys.Of).Where(k => k is not null).Distinct())
            d.Add(ExactFields.Create(IndexFields.Cites, key!, Field.Store.NO));
        if (CitationKeys.Forwarded(notice) is { } forwarded)
            foreach (var key in new[] { forwarded.DocNumber is null ? null : CitationKeys.Number(forwarded.DocNumber), forwarded.Title is null ? null : CitationKeys.Title(forwarded.Title) })
                if (key is not null)
                    d.Add(ExactFields.Create(IndexFields.Forwards, key, Field.Store.NO));
        if (notice.Validity is not { } validity)
            return;
        foreach (var key in validity.Repeals.Select(CitationKeys.Of).Where(k => k is not null).Distinct())
            d.Add(ExactFields.Create(IndexFields.Repeals, key!, Field.Store.NO));
        foreach (var key in validity.Amends.Select(CitationKeys.Of).Where(k => k is not null).Distinct())
            d.Add(ExactFields.Create(IndexFields.Amends, key!, Field.Store.NO));
        if (validity.Effective is { } effective)
            d.Add(new ReusingInt32Field(IndexFields.Effective, DateNumber(effective), Field.Store.YES));
        if (validity.Expires is { } expires)
            d.Add(new ReusingInt32Field(IndexFields.Expires, DateNumber(expires), Field.Store.YES));
    }

    private static void AddUnit(Document d, string unit)
    {
        d.Add(ExactFields.Create(IndexFields.Unit, unit, Field.Store.YES));
        d.Add(new TextField(IndexFields.UnitText, unit, Field.Store.NO));
        d.Add(new SortedSetDocValuesField(IndexFields.FacetPrefix + "unit", new BytesRef(unit)));
    }

    private static void AddText(Document d, string field, string? text, Field.Store store)
    {
        if (!string.IsNullOrEmpty(text))
            d.Add(new TextField(field, text, store));
    }

    /// <summary>A date as the index stores it: yyyyMMdd.</summary>
    internal static int DateNumber(DateTime date) => date.Year * 10000 + date.Month * 100 + date.Day;

    /// <summary>The first and last date of <paramref name="year"/> as <see cref="DateNumber"/>s.</summary>
    internal static (int First, int Last) YearDates(int year) => (year * 10000 + 101, year * 10000 + 1231);
}
