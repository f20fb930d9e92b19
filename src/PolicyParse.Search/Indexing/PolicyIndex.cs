using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using PolicyParse.Model;
using PolicyParse.Search.Analysis;
using Directory = Lucene.Net.Store.Directory;

namespace PolicyParse.Search.Indexing;

/// <summary>
/// What an index holds. <paramref name="Notices"/>, <paramref name="Tasks"/>, years and issuers count
/// notices however many files each has; <see cref="Files"/> and <paramref name="NoticesByFormat"/> count files.
/// </summary>
public sealed record IndexStatistics(
    int Notices,
    int Tasks,
    IReadOnlyDictionary<string, int> NoticesByFormat,
    IReadOnlyDictionary<string, int> NoticesByYear,
    IReadOnlyDictionary<string, int> NoticesByIssuer,
    long BytesOnDisk,
    DateTime? LastCommitUtc)
{
    /// <summary>The files indexed: a notice saved as TXT and PDF is one notice and two files.</summary>
    public int Files { get; init; }
}

/// <summary>What indexing one file did.</summary>
public enum IndexOutcome
{
    /// <summary>New in the index.</summary>
    Added,
    /// <summary>Its content changed; the old version was replaced.</summary>
    Updated,
    /// <summary>Same content as already indexed under this path.</summary>
    Unchanged,
}

/// <summary>
/// A Lucene index of notices and their tasks in a folder on disk (the embedded default: no server).
/// One writer; searchers see committed and flushed changes while indexing goes on. Thread-safe.
/// </summary>
public sealed class PolicyIndex : IDisposable
{
    private static readonly LuceneVersion Version = LuceneVersion.LUCENE_48;

    private readonly Directory _directory;

    private readonly IndexWriter? _writer;

    private PolicyIndex(Directory directory, string location, PolicyIndexOptions options, bool readOnly = false)
    {
        IndexCodec.Register(); // before the index is read: its segments may name PolicyParse's codec
        _directory = directory;
        Location = location;
        Options = options;
        var recorded = IndexProperties.Committed(directory, AnalysisProperty);
        try
        {
            Analysis = ChooseAnalysis(recorded, options, location);
        }
        catch (AnalysisMismatchException)
        {
            directory.Dispose();
            throw;
        }
        if (Analysis == TextAnalysis.Jieba)
            ChineseDictionary.PreloadInBackground(); // meanwhile the index opens
        QueryAnalyzer = Analysis.CreateQueryAnalyzer();
        if (readOnly)
        {
            // No writer and no write lock: an indexer may run beside, and its commits are seen on refresh.
            Searchers = new SearcherManager(directory, null);
            _groups = new DocumentGroups(emptyAtOpen: false); // never written to
            Properties = new IndexProperties(null, directory);
            return;
        }
        var config = new IndexWriterConfig(Version, ExactFields.Wrap(Analysis.CreateIndexAnalyzer()))
        {
            Codec = IndexCodec.Instance,
            OpenMode = OpenMode.CREATE_OR_APPEND,
            RAMBufferSizeMB = 64, // fewer, larger flushes in bulk runs; memory stays bounded (128 was no faster)
            UseCompoundFile = false, // a flushed segment is written once, not again into a compound file: bulk runs about 5% faster
        };
        _writer = new IndexWriter(directory, config);
        _groups = new DocumentGroups(emptyAtOpen: _writer.MaxDoc == 0);
        Searchers = new SearcherManager(_writer, true, null);
        Properties = new IndexProperties(_writer, directory);
        if (recorded != Analysis.Name)
            Properties.Set(AnalysisProperty, Analysis.Name); // with the first commit
    }

    private const string AnalysisProperty = "analysis";

    /// <summary>The analysis asked for, or else the one the index records (jieba for an index that records none: new, or built before analyses were recorded).</summary>
    private static TextAnalysis ChooseAnalysis(string? recorded, PolicyIndexOptions options, string location)
    {
        if (options.Analysis is { } asked)
        {
            if (recorded is not null && recorded != asked.Name)
                throw new AnalysisMismatchException(
                    $"the index in {location} was built with the '{recorded}' analyzer, not '{asked.Name}': search it with '{recorded}', or index into a new folder");
            return asked;
        }
        if (recorded is null)
            return TextAnalysis.Jieba;
        foreach (var known in options.Analyses)
            if (known.Name == recorded)
                return known;
        throw new AnalysisMismatchException(
            $"the index in {location} was built with the '{recorded}' analyzer, which is not among those given ({string.Join(", ", options.Analyses)})");
    }

    /// <summary>How the index's text is analyzed: as it was built.</summary>
    public TextAnalysis Analysis { get; }

    /// <summary>Opens (or creates) the index in <paramref name="folder"/>.</summary>
    public static PolicyIndex Open(string folder, PolicyIndexOptions? options = null)
    {
        System.IO.Directory.CreateDirectory(folder);
        return new PolicyIndex(OpenFolder(folder, readOnly: false), Path.GetFullPath(folder), options ?? new PolicyIndexOptions());
    }

    /// <summary>
    /// Opens the index in <paramref name="folder"/> for searching only (a search service): no writer, no
    /// lock, so <c>policyparse index</c> can update it meanwhile; commits are seen as searches refresh.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">The folder holds no committed index.</exception>
    public static PolicyIndex OpenReadOnly(string folder, PolicyIndexOptions? options = null)
    {
        var directory = OpenFolder(folder, readOnly: true);
        if (!DirectoryReader.IndexExists(directory))
        {
            directory.Dispose();
            throw new DirectoryNotFoundException($"no index in {folder}; run 'policyparse index' first");
        }
        return new PolicyIndex(directory, Path.GetFullPath(folder), options ?? new PolicyIndexOptions(), readOnly: true);
    }

    /// <summary>
    /// The folder as a Lucene directory (IndexFolderDirectory, from .NET 6 on): the searches of a
    /// read-only index read its term dictionaries and postings memory-mapped, the rest and an index
    /// with a writer are read with positional reads.
    /// Not FSDirectory.Open, which picks MMapDirectory on 64-bit Linux and Windows: its byte-at-a-time
    /// reads through a view accessor slow down under concurrent searches in Lucene.Net 4.8.0-beta00017
    /// (lucenenet#1151).
    /// </summary>
    private static Directory OpenFolder(string folder, bool readOnly) =>
#if NET6_0_OR_GREATER
        new IndexFolderDirectory(new DirectoryInfo(folder), mapped: readOnly);
#else
        new SimpleFSDirectory(new DirectoryInfo(folder)); // no positional reads or spans before .NET 6
#endif

    /// <summary>An index held in memory (tests, benchmarks, throw-away work).</summary>
    public static PolicyIndex OpenInMemory(PolicyIndexOptions? options = null) => new(new RAMDirectory(), "(memory)", options ?? new PolicyIndexOptions());

    /// <summary>The index folder.</summary>
    public string Location { get; }

    internal IndexWriter Writer => _writer ?? throw new InvalidOperationException("the index is open read-only");

    internal PolicyIndexOptions Options { get; }

    internal IndexProperties Properties { get; }

    private const string SourceRootsProperty = "sourceRoots";

    /// <summary>
    /// The folders and files bulk runs have indexed, as full paths: where the index's source files may be
    /// read from (a search service serves no file outside them). Read-only, as last committed.
    /// </summary>
    public IReadOnlyList<string> SourceRoots =>
        Properties.Get(SourceRootsProperty) is { } json ? JsonSerializer.Deserialize<string[]>(json) ?? Array.Empty<string>() : Array.Empty<string>();

    /// <summary>Records <paramref name="roots"/> among <see cref="SourceRoots"/> with the next commit.</summary>
    internal void AddSourceRoots(IEnumerable<string> roots)
    {
        var all = new SortedSet<string>(SourceRoots, StringComparer.Ordinal);
        foreach (var root in roots)
            all.Add(Path.GetFullPath(root));
        Properties.Set(SourceRootsProperty, JsonSerializer.Serialize(all));
    }

    /// <summary>The index's searchers, as last refreshed; searches wrap them to run on several threads.</summary>
    internal SearcherManager Searchers { get; }

    private readonly DocumentGroups _groups;

    /// <summary>
    /// What the search side keeps for as long as the index is open (its helper threads), created by it on
    /// first use and disposed with the index; the index does not know what it is.
    /// </summary>
    internal IDisposable? SearchResources { get; set; }

    internal object SearchResourcesLock { get; } = new();

    // A read-only index learns of new commits by listing its folder and reading the latest segments
    // file: a tenth of a small search's time when done for every search, so at most once a second.
    private static readonly TimeSpan ReadOnlyRefreshInterval = TimeSpan.FromSeconds(1);
    private readonly System.Diagnostics.Stopwatch _sinceRefresh = System.Diagnostics.Stopwatch.StartNew();

    /// <summary>
    /// Lets searches see what was written since the last refresh: every call with a writer (its
    /// changes are in memory, the check is cheap); read-only, at most once a second.
    /// </summary>
    internal void RefreshSearchers()
    {
        if (_writer is null)
        {
            if (_sinceRefresh.Elapsed < ReadOnlyRefreshInterval) return;
            _sinceRefresh.Restart();
        }
        Searchers.MaybeRefresh();
    }

    internal Analyzer QueryAnalyzer { get; }

    /// <summary>
    /// Adds or replaces the notice (and its tasks) stored under <paramref name="path"/>. The outcome is
    /// judged against the index as last refreshed (by a search or a commit): refreshing for every call
    /// would flush a segment per notice.
    /// </summary>
    public IndexOutcome Index(PolicyDocument notice, string path)
    {
        var stored = StoredSha256(path);
        if (stored == notice.Source.Sha256)
            return IndexOutcome.Unchanged;
        // Not seen as last refreshed does not mean new: this index may have written the path since.
        Write(notice, path, stored is null ? PathStanding.MaybeWritten : PathStanding.Indexed);
        return stored is null ? IndexOutcome.Added : IndexOutcome.Updated;
    }

    /// <summary>What the writer knows of a path before writing it.</summary>
    internal enum PathStanding
    {
        /// <summary>Certainly not in the index (a bulk run's snapshot, each path once): its documents are added, no deletion buffered.</summary>
        New,

        /// <summary>Indexed: its documents are replaced, and the file may leave its old group.</summary>
        Indexed,

        /// <summary>Not indexed as last refreshed, but perhaps written since: replaced, without a group look-up.</summary>
        MaybeWritten,
    }

    /// <summary>Writes the notice's documents under <paramref name="path"/>, without checking first (bulk runs check against a snapshot).</summary>
    /// <param name="notice">The parsed notice.</param>
    /// <param name="path">Its file.</param>
    /// <param name="standing">What is known of the path: only an indexed file can leave another group, and only a new one needs no deletion.</param>
    internal void Write(PolicyDocument notice, string path, PathStanding standing)
    {
        var body = NoticeText.Body(notice);
        var key = DocumentKey.Of(notice, body);
        _groups.Write(() =>
        {
            if (standing == PathStanding.Indexed && StoredDocKey(path) is { } before && before != key)
                _groups.Left(before); // the file leaves its old group
            _groups.Written(key, path);
            var documents = DocumentMapper.Map(notice, path, key, body: body);
            if (standing == PathStanding.New)
                Writer.AddDocuments(documents);
            else
                Writer.UpdateDocuments(new Term(IndexFields.Path, path), documents);
        });
    }

    /// <summary>The <see cref="DocumentKey"/> indexed for <paramref name="path"/> as last refreshed, or null.</summary>
    private string? StoredDocKey(string path) => WithSearcher(searcher =>
    {
        var top = searcher.Search(new TermQuery(new Term(IndexFields.Id, "notice:" + path)), 1);
        return top.TotalHits == 0 ? null : StoredFields.Load(searcher.IndexReader, top.ScoreDocs[0].Doc, IndexFields.DocKey).Get(IndexFields.DocKey);
    }, refresh: false);

    /// <summary>Every indexed notice: path → SHA-256 of its content.</summary>
    public Dictionary<string, string> IndexedContent() => WithSearcher(searcher =>
    {
        // The notices' postings segment by segment: a top-N search as large as the index would fill
        // a queue of one entry per document (tasks included) before reading any.
        var content = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var leaf in searcher.IndexReader.Leaves)
        {
            var notices = leaf.AtomicReader.GetTermDocsEnum(new Term(IndexFields.Kind, "notice")); // skips deleted documents
            if (notices is null) continue;
            for (int doc = notices.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = notices.NextDoc())
            {
                var d = StoredFields.Load(leaf.AtomicReader, doc, IndexFields.Path, IndexFields.Sha256);
                content[d.Get(IndexFields.Path)] = d.Get(IndexFields.Sha256);
            }
        }
        return content;
    });

    /// <summary>The SHA-256 indexed for <paramref name="path"/> as last refreshed, or null when the path is not indexed.</summary>
    public string? StoredSha256(string path) => WithSearcher(searcher =>
    {
        var notice = new BooleanQuery
        {
            { new TermQuery(new Term(IndexFields.Path, path)), Occur.MUST },
            { new TermQuery(new Term(IndexFields.Kind, "notice")), Occur.MUST }, // only the notice carries the hash
        };
        var top = searcher.Search(notice, 1);
        return top.TotalHits == 0 ? null : StoredFields.Load(searcher.IndexReader, top.ScoreDocs[0].Doc, IndexFields.Sha256).Get(IndexFields.Sha256);
    }, refresh: false);

    /// <summary>Removes the notice and tasks of <paramref name="path"/>.</summary>
    public void Delete(string path) => _groups.Write(() =>
    {
        if (StoredDocKey(path) is { } key)
            _groups.Left(key); // another file of the notice may stand for it now
        Writer.DeleteDocuments(new Term(IndexFields.Path, path));
    });

    /// <summary>
    /// Makes everything indexed so far durable: after a crash the index opens at the last commit. First,
    /// the documents whose files changed pick the file that stands for them in searches; writes wait
    /// from then until the commit has been made.
    /// </summary>
    public void Commit()
    {
        _groups.Resolve(this, then: Writer.Commit);
        Searchers.MaybeRefresh();
    }

    /// <summary>
    /// Merges the small segments that a bulk run leaves behind (its periodic commits, the rewrites of
    /// groups) into one, leaving the large segments as they are, and commits. A search sets up Lucene's
    /// term and postings readers for every segment, so each small segment costs every search about what
    /// a large one does; merging them is cheap because they are small. A segment is large when it holds
    /// a tenth of the largest one's bytes or more.
    /// </summary>
    internal void MergeSmallSegments()
    {
        // Lucene's own merges first: a forced merge leaves alone the segments a running merge holds.
        Writer.WaitForMerges();
        Commit();
        var infos = new SegmentInfos();
        infos.Read(Writer.Directory);
        var sizes = infos.Segments.Select(s => s.GetSizeInBytes()).ToList();
        if (sizes.Count < 3)
            return;
        long largest = sizes.Max();
        int large = sizes.Count(size => size * 10 >= largest);
        if (sizes.Count <= large + 1)
            return; // at most one small segment: nothing to gain
        Writer.ForceMerge(large + 1);
        Commit();
    }

    /// <summary>Runs <paramref name="read"/> on a searcher that sees everything written so far (or, without <paramref name="refresh"/>, as last refreshed).</summary>
    internal T WithSearcher<T>(Func<IndexSearcher, T> read, bool refresh = true)
    {
        if (refresh)
            Searchers.MaybeRefreshBlocking();
        var searcher = Searchers.Acquire();
        try
        {
            return read(searcher);
        }
        finally
        {
            Searchers.Release(searcher);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_writer is not null)
            _groups.Resolve(this); // the writer commits what is pending as it closes
        _groups.Dispose();
        Searchers.Dispose();
        SearchResources?.Dispose();
        _writer?.Dispose(); // commits what is pending
        _directory.Dispose();
    }
}
