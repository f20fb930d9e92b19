using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using PolicyParse.Model;

namespace PolicyParse.Search.Indexing;

/// <summary>
/// Keeps one file of each document standing for it in searches. Files are written as they come, each
/// standing for itself; the groups whose files changed are noted, and before a commit each such group
/// picks its file — the richest format (DOCX, then the other word-processor formats, OFD, PDF, HTML,
/// Markdown, text), then the first path — and the files whose part changed are written again marked
/// <see cref="IndexFields.Duplicate"/>, <see cref="IndexFields.Grouped"/> (standing for others) or neither. Writes and the resolution exclude each other, so a
/// file is never written again from what was stored before a newer write of it. Most groups are one
/// file written once, which stands alone as written: those are told from the paths that wrote each key
/// (in an index that was empty as the writer opened) or from the index's postings, no stored field read.
/// </summary>
internal sealed class DocumentGroups : IDisposable
{
    private static readonly string[] FormatPreference = { "docx", "doc", "wps", "odt", "rtf", "ofd", "pdf", "html", "md", "txt" };

    private readonly ReaderWriterLockSlim _lock = new();
    private readonly object _resolving = new(); // one resolution at a time
    // Changed groups: the one file written to each since the last resolution, or null when more happened
    // (several files, a file left or was deleted).
    private ConcurrentDictionary<string, string?> _changed = new(StringComparer.Ordinal);
    // Only when the index was empty as its writer opened, so that every file in it was written since: by
    // the hash of a key, the one path that has written the key, or "" when more than one has (or two keys
    // share the hash). A group whose key one path alone ever wrote is that file alone, known without
    // looking in the index — in a bulk run into a new index, every group but those of files sharing a key.
    private readonly ConcurrentDictionary<int, string>? _writtenBy;

    /// <param name="emptyAtOpen">Whether the index held no documents as its writer opened.</param>
    public DocumentGroups(bool emptyAtOpen) => _writtenBy = emptyAtOpen ? new ConcurrentDictionary<int, string>() : null;

    /// <summary>Runs a write of one file's documents; writes run side by side, never during a resolution.</summary>
    public void Write(Action write)
    {
        _lock.EnterReadLock();
        try
        {
            write();
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>Notes that <paramref name="path"/> was written to the group of <paramref name="key"/>.</summary>
    public void Written(string key, string path)
    {
        _changed.AddOrUpdate(key, path, (_, before) => before == path ? path : null);
        _writtenBy?.AddOrUpdate(KeyHash(key), path, (_, before) => before == path ? path : "");
    }

    private static int KeyHash(string key) => StringComparer.Ordinal.GetHashCode(key);

    /// <summary>Notes that the group of <paramref name="key"/> lost a file.</summary>
    public void Left(string key) => _changed[key] = null;

    /// <summary>
    /// Picks the standing file of every changed group and rewrites the files whose part changed; then runs
    /// <paramref name="then"/> (a commit) before any other write, so that what it makes durable has every
    /// group resolved: a file written between the resolution and a commit would stand beside its group's
    /// standing file in the committed index until the next resolution.
    /// </summary>
    public void Resolve(PolicyIndex index, Action? then = null)
    {
        if (_changed.IsEmpty && then is null)
            return;
        lock (_resolving)
        {
            // A view of every write before the last resolution, opened while writes go on: opening it
            // flushes the writer's buffers, most of a resolution's time. A group a file joined since is
            // among the changed ones with that file, or marked as more than one file.
            if (!_changed.IsEmpty)
                index.Searchers.MaybeRefreshBlocking();
            _lock.EnterWriteLock();
            try
            {
                RewriteChanged(index);
                then?.Invoke();
            }
            finally
            {
                _lock.ExitWriteLock();
            }
        }
    }

    /// <summary>Rewrites the files of the changed groups whose standing changes: under the write lock.</summary>
    private void RewriteChanged(PolicyIndex index)
    {
        var changed = Interlocked.Exchange(ref _changed, new ConcurrentDictionary<string, string?>(StringComparer.Ordinal));
        if (changed.IsEmpty)
            return;
        var groups = index.WithSearcher(searcher => Unsettled(searcher.IndexReader, changed.Where(group => !WrittenOnlyBy(group.Key, group.Value))), refresh: false);
        if (groups.Count == 0)
            return;
        var rewrites = index.WithSearcher(searcher => groups.SelectMany(key => Rewrites(searcher, key)).ToList()); // sees every write
        foreach (var (path, key, standing, notice) in rewrites)
            index.Writer.UpdateDocuments(new Term(IndexFields.Path, path), DocumentMapper.Map(notice, path, key, standing));
    }

    /// <summary>Whether <paramref name="path"/> is the one file ever written to the group of <paramref name="key"/> in an index that was empty.</summary>
    private bool WrittenOnlyBy(string key, string? path) =>
        path is not null && _writtenBy is not null && _writtenBy.TryGetValue(KeyHash(key), out var only) && only == path;

    /// <summary>
    /// The changed groups whose files may need a new standing: those more than one thing changed, and
    /// those whose one written file is not all the group's live documents. A group that is that file
    /// alone stands alone as every file is first written. Counted segment by segment with one terms
    /// enumerator per field for all the groups: a resolution looks up every file written since the last
    /// one, and an enumerator set up for each look-up cost more than all the rest of a bulk run's commits.
    /// </summary>
    private static List<string> Unsettled(IndexReader reader, IEnumerable<KeyValuePair<string, string?>> changed)
    {
        var unsettled = new List<string>();
        var keys = new List<string>();
        var paths = new List<string>();
        foreach (var group in changed)
        {
            if (group.Value is null)
            {
                unsettled.Add(group.Key);
            }
            else
            {
                keys.Add(group.Key);
                paths.Add(group.Value);
            }
        }
        var keyDocs = new int[keys.Count];
        var pathDocs = new int[keys.Count];
        foreach (var leaf in reader.Leaves)
        {
            CountLiveDocs(leaf.AtomicReader, IndexFields.DocKey, keys, keyDocs);
            CountLiveDocs(leaf.AtomicReader, IndexFields.Path, paths, pathDocs);
        }
        for (int i = 0; i < keys.Count; i++)
            if (keyDocs[i] != pathDocs[i])
                unsettled.Add(keys[i]);
        return unsettled;
    }

    /// <summary>Adds to <paramref name="counts"/> the live documents of <paramref name="segment"/> holding each of <paramref name="values"/> in <paramref name="field"/>.</summary>
    private static void CountLiveDocs(AtomicReader segment, string field, List<string> values, int[] counts)
    {
        var terms = segment.GetTerms(field)?.GetEnumerator();
        if (terms is null)
            return;
        var live = segment.LiveDocs;
        DocsEnum? docs = null;
        for (int i = 0; i < values.Count; i++)
        {
            if (!terms.SeekExact(new BytesRef(values[i])))
                continue;
            if (live is null)
            {
                counts[i] += terms.DocFreq; // no deletions: every document holding the term is live
                continue;
            }
            docs = terms.Docs(live, docs, DocsFlags.NONE);
            while (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
                counts[i]++;
        }
    }

    /// <summary>The files of <paramref name="key"/>'s group whose standing is to change, with their stored notices.</summary>
    private static IEnumerable<(string Path, string Key, Standing Standing, PolicyDocument Notice)> Rewrites(IndexSearcher searcher, string key)
    {
        var files = Files(searcher, key).ToList();
        if (files.Count == 0)
            return Array.Empty<(string, string, Standing, PolicyDocument)>();
        var standing = files.OrderBy(f => Preference(f.Format)).ThenBy(f => f.Path, StringComparer.Ordinal).First();
        Standing Wanted(string path) => path != standing.Path ? Standing.Duplicate : files.Count > 1 ? Standing.ForOthers : Standing.Alone;
        return files.Where(f => f.Standing != Wanted(f.Path))
            .Select(f => (f.Path, key, Wanted(f.Path), StoredFields.Notice(searcher.Doc(f.Doc))))
            .ToList();
    }

    /// <summary>The notice documents of a group: one per file.</summary>
    internal static IEnumerable<(int Doc, string Path, string Format, Standing Standing, string Sha256)> Files(IndexSearcher searcher, string key)
    {
        var query = new BooleanQuery
        {
            { new TermQuery(new Term(IndexFields.DocKey, key)), Occur.MUST },
            { new TermQuery(new Term(IndexFields.Kind, "notice")), Occur.MUST },
        };
        var docs = new AllDocs();
        searcher.Search(query, docs);
        foreach (int doc in docs.Docs)
        {
            var d = StoredFields.Load(searcher.IndexReader, doc, IndexFields.Path, IndexFields.Format, IndexFields.Duplicate, IndexFields.Grouped, IndexFields.Sha256);
            var standing = d.Get(IndexFields.Duplicate) == "true" ? Standing.Duplicate : d.Get(IndexFields.Grouped) == "true" ? Standing.ForOthers : Standing.Alone;
            yield return (doc, d.Get(IndexFields.Path), d.Get(IndexFields.Format), standing, d.Get(IndexFields.Sha256));
        }
    }

    /// <summary>Every matching document, unscored: a group has a handful of files, and a top-N queue would be sized for the worst case.</summary>
    private sealed class AllDocs : ICollector
    {
        private int _base;

        public List<int> Docs { get; } = new();

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer) { }

        public void SetNextReader(AtomicReaderContext context) => _base = context.DocBase;

        public void Collect(int doc) => Docs.Add(_base + doc);
    }

    private static int Preference(string format)
    {
        int rank = Array.IndexOf(FormatPreference, format);
        return rank < 0 ? FormatPreference.Length : rank;
    }

    public void Dispose() => _lock.Dispose();
}
