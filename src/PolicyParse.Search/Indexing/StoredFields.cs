using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace PolicyParse.Search.Indexing;

/// <summary>
/// Reads some of a document's stored fields. Reading stops at the notice's contract JSON, which the
/// mapper stores last: it is the largest field by far, is wanted only by itself, and Lucene.Net
/// skips an unwanted field by reading it byte by byte — half of a notice search's time, and most of
/// a re-run's reading of what the index holds.
/// </summary>
internal static class StoredFields
{
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
