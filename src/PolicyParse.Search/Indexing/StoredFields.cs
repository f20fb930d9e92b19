using System;
using System.Text;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using PolicyParse.Json;
using PolicyParse.Model;

namespace PolicyParse.Search.Indexing;

/// <summary>
/// Reads some of a document's stored fields. Reading stops at the notice's contract JSON, which the
/// mapper stores last: it is the largest field by far, is wanted only by itself, and Lucene.Net
/// skips an unwanted field by reading it byte by byte — half of a notice search's time, and most of
/// a re-run's reading of what the index holds. The JSON itself is stored, and read, here.
/// </summary>
internal static class StoredFields
{
    /// <summary>The stored field of a notice's contract JSON: UTF-8, as the serializer writes it and Lucene stores it (no string between).</summary>
    public static StoredField NoticeJsonField(PolicyDocument notice) =>
        new(IndexFields.NoticeJson, new BytesRef(PolicyJson.SerializeToUtf8Bytes(notice)));

    /// <summary>The contract JSON stored with a notice document (UTF-8, or a string in an index written before), or null.</summary>
    public static string? NoticeJson(Document d) =>
        d.GetBinaryValue(IndexFields.NoticeJson) is { } utf8 ? Encoding.UTF8.GetString(utf8.Bytes, utf8.Offset, utf8.Length) : d.Get(IndexFields.NoticeJson);

    /// <summary>The notice stored with a notice document, read from its contract JSON.</summary>
    public static PolicyDocument Notice(Document d) =>
        d.GetBinaryValue(IndexFields.NoticeJson) is { } utf8
            ? PolicyJson.Deserialize(new ReadOnlySpan<byte>(utf8.Bytes, utf8.Offset, utf8.Length))
            : PolicyJson.Deserialize(d.Get(IndexFields.NoticeJson) ?? throw new InvalidOperationException("the document stores no notice"));

    /// <summary>The stored <paramref name="fields"/> of <paramref name="doc"/>, read up to the notice JSON (never read here: see <see cref="Notice"/>).</summary>
    public static Document Load(IndexReader reader, int doc, params string[] fields)
    {
        var visitor = new UpToNoticeJson(fields);
        reader.Document(doc, visitor);
        return visitor.Document;
    }

    private sealed class UpToNoticeJson : DocumentStoredFieldVisitor
    {
        public UpToNoticeJson(string[] fields) : base(fields) { }

        public override Status NeedsField(FieldInfo fieldInfo) =>
            fieldInfo.Name == IndexFields.NoticeJson ? Status.STOP : base.NeedsField(fieldInfo);
    }
}
