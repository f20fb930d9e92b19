using System;
using System.Collections.Generic;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace PolicyParse.Search.Indexing;

/// <summary>
/// Fields matched by their whole value (ids, paths, issuers, units …). Lucene's StringField indexes the
/// same single term, but builds a fresh token stream for every field instance, and each one takes a
/// global lock in the attribute factory: with ~15 such fields on each of ~30 documents per notice, that
/// lock serializes parallel indexing (two threads run no faster than one). These fields are
/// instead run through a KeywordAnalyzer, whose token stream the writer reuses per thread.
/// </summary>
internal static class ExactFields
{
    /// <summary>Every field indexed as one exact term.</summary>
    public static readonly IReadOnlyCollection<string> Names = new HashSet<string>(StringComparer.Ordinal)
    {
        IndexFields.Id, IndexFields.Kind, IndexFields.Path, IndexFields.Sha256, IndexFields.Format, IndexFields.DocNumber,
        IndexFields.Issuer, IndexFields.Unit, IndexFields.DocType, IndexFields.PublishAttribute, IndexFields.Ongoing, IndexFields.NoticeId,
        IndexFields.DocKey, IndexFields.Duplicate, IndexFields.Grouped, IndexFields.TitleKey, IndexFields.Cites, IndexFields.Repeals, IndexFields.Amends, IndexFields.Forwards,
    };

    private static readonly FieldType Stored = Exact(stored: true);
    private static readonly FieldType NotStored = Exact(stored: false);

    /// <exception cref="ArgumentException">The field is not one of <see cref="Names"/>: the writer would tokenize it as text.</exception>
    public static Field Create(string name, string value, Field.Store store) =>
        ((ISet<string>)Names).Contains(name)
            ? new Field(name, value, store == Field.Store.YES ? Stored : NotStored)
            : throw new ArgumentException($"{name} is not an exact field; add it to ExactFields.Names", nameof(name));

    /// <summary>The writer's analyzer: <paramref name="text"/> for text fields, the whole value as one term for exact ones.</summary>
    public static Analyzer Wrap(Analyzer text)
    {
        var keyword = new KeywordAnalyzer();
        var perField = new Dictionary<string, Analyzer>();
        foreach (var name in Names)
            perField[name] = keyword;
        return new PerFieldAnalyzerWrapper(text, perField);
    }

    private static FieldType Exact(bool stored)
    {
        var type = new FieldType
        {
            IsIndexed = true,
            IsTokenized = true, // through the KeywordAnalyzer: one term, the whole value
            OmitNorms = true,
            IndexOptions = IndexOptions.DOCS_ONLY,
            IsStored = stored,
        };
        type.Freeze();
        return type;
    }
}
