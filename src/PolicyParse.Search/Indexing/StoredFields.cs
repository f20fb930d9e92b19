using System;
using System.Collections.Generic;
using System.Text;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;
using PolicyParse.Json;
using PolicyParse.Model;

namespace PolicyParse.Search.Indexing;

/// <summary>
/// Reads some of a document's stored fields. Reading stops at the notice's contract JSON, which the
/// mapper stores last: it is the largest field but the body, is wanted only by itself, and Lucene.Net
/// skips an unwanted field by reading it byte by byte — half of a notice search's time, and most of
/// a re-run's reading of what the index holds. The notice itself is stored, and read, here: its JSON
/// without the text the stored body holds (<see cref="StoredNoticeText"/>).
/// </summary>
internal static class StoredFields
{
    /// <summary>
    /// The stored fields of a notice whose <see cref="NoticeText.Body"/> is stored as <see cref="IndexFields.Body"/>:
    /// the lengths of its pieces, then its contract JSON without them (UTF-8, as the serializer writes it
    /// and Lucene stores it, no string between). Added last, the JSON last of all.
    /// </summary>
    public static IEnumerable<StoredField> NoticeFields(PolicyDocument notice) => new[]
    {
        new StoredField(IndexFields.BodyPieces, new BytesRef(StoredNoticeText.Encode(NoticeText.Pieces(notice)))),
        new StoredField(IndexFields.NoticeJson, new BytesRef(PolicyJson.SerializeToUtf8Bytes(StoredNoticeText.WithoutText(notice)))),
    };

    /// <summary>The contract JSON of the notice stored with a notice document, on one line, or null.</summary>
    public static string? NoticeJson(Document d)
    {
        if (d.GetBinaryValue(IndexFields.BodyPieces) is not null)
            return PolicyJson.Serialize(Notice(d), indented: false);
        // Written whole, as UTF-8 or (in an index written before) a string.
        return d.GetBinaryValue(IndexFields.NoticeJson) is { } utf8 ? Encoding.UTF8.GetString(utf8.Bytes, utf8.Offset, utf8.Length) : d.Get(IndexFields.NoticeJson);
    }

    /// <summary>The notice stored with a notice document: its JSON, and its text from the stored body when the JSON leaves it out.</summary>
    /// <exception cref="CorruptIndexException">The body does not match the stored piece lengths.</exception>
    public static PolicyDocument Notice(Document d)
    {
        var notice = d.GetBinaryValue(IndexFields.NoticeJson) is { } utf8
            ? PolicyJson.Deserialize(new ReadOnlySpan<byte>(utf8.Bytes, utf8.Offset, utf8.Length))
            : PolicyJson.Deserialize(d.Get(IndexFields.NoticeJson) ?? throw new InvalidOperationException("the document stores no notice"));
        if (d.GetBinaryValue(IndexFields.BodyPieces) is not { } pieces)
            return notice;
        var body = d.Get(IndexFields.Body) ?? throw new CorruptIndexException("a stored notice's piece lengths without its body");
        return StoredNoticeText.Restore(notice, body, StoredNoticeText.Decode(new ReadOnlySpan<byte>(pieces.Bytes, pieces.Offset, pieces.Length)));
    }

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
