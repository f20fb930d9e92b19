using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using PolicyParse.Model;
using PolicyParse.Search.Analysis;
using PolicyParse.Search.Indexing;
using PolicyParse.Search.Searching.Concurrency;
using PolicyParse.Search.Searching.Facets;
using PolicyParse.Search.Searching.Scoring;

namespace PolicyParse.Search.Searching;

/// <summary>Searches a <see cref="PolicyIndex"/>: query text, filters, paging, highlights and facet counts.</summary>
public sealed class PolicySearcher
{
    private readonly PolicyIndex _index;

    /// <summary>Cuts a hit's text as the index did, to find the words a snippet shows.</summary>
    private readonly Analyzer _highlightAnalyzer;

    internal PolicySearcher(PolicyIndex index)
    {
        _index = index;
        _highlightAnalyzer = index.Analysis.CreateIndexAnalyzer();
    }

    /// <summary>Runs <paramref name="query"/> (see the README for the syntax) with <paramref name="options"/>.</summary>
    /// <exception cref="QuerySyntaxException">The query does not follow the syntax (unclosed quote, dangling operator, unknown field).</exception>
    public SearchResults Search(string query, SearchOptions? options = null)
    {
        options ??= new SearchOptions();
        _index.RefreshSearchers();
        var acquired = _index.Searchers.Acquire();
        try
        {
            var builder = new QueryBuilder(_index.QueryAnalyzer, options.Kind);
            var filtered = WithFilters(builder.Build(query), Filters(options, builder).ToList());
            Query search = KindAndDates(options) is { } byKindAndDate ? new FilteredQuery(filtered, byKindAndDate) : filtered;
            var statuses = options.Status is not null || options.CountStatuses ? StatusesOnDay.Of(acquired.IndexReader, options.AsOf ?? DateTime.Today) : null;
            if (options.Status is { } status)
                search = new FilteredQuery(search, statuses!.Only(status));
            var searcher = new ParallelSearcher(acquired.IndexReader, SearchWorkers.Of(_index));
            int wanted = Math.Max(1, options.Skip + options.Top);
            var sort = options.SortByCitations ? CitationCountComparerSource.Sort(acquired.IndexReader)
                : options.SortByDate ? new Sort(new SortField(IndexFields.SignDate, new SignDateComparerSource(), true), SortField.FIELD_SCORE)
                : null;
            var segments = searcher.SearchSegments(search, () => new HitsAndFacets(sort, wanted, options.CountStatuses ? statuses : null));
            var docs = TopDocs.Merge(sort, options.Skip, options.Top, segments.Select(s => s.Top.GetTopDocs()).ToArray());
            var hits = new SearchHit[docs.ScoreDocs.Length]; // a hit's stored fields (a notice's body) are read and decompressed
            searcher.ForEach(hits.Length, i => hits[i] = Hit(searcher, docs.ScoreDocs[i], builder.HighlightTerms, options.HtmlSnippets));
            var facets = FacetCounter.Sum(segments.Select(s => s.Facets));
            if (options.CountStatuses)
                facets = new Dictionary<string, IReadOnlyDictionary<string, int>>(facets.ToDictionary(f => f.Key, f => f.Value))
                {
                    ["status"] = HitsAndFacets.SumStatuses(segments),
                };
            return new SearchResults(docs.TotalHits, hits, facets);
        }
        finally
        {
            _index.Searchers.Release(acquired);
        }
    }

    /// <summary>One segment's best hits and facet counts, one per notice: a file that another file of its notice stands for is passed over.</summary>
    private sealed class HitsAndFacets : ICollector
    {
        private readonly ICollector _top;
        private readonly StatusesOnDay? _statuses;
        private readonly int[] _statusCounts = new int[Enum.GetValues(typeof(ValidityStatus)).Length];
        private FixedBitSet _duplicates = new(0), _tasks = new(0);
        private StatusesOnDay.Segment _segmentStatuses;

        /// <param name="sort">The order of the hits; null for by score.</param>
        /// <param name="wanted">How many of the best hits to keep.</param>
        /// <param name="statuses">Also count the notices collected by their status on a day (the "status" facet); null not to.</param>
        public HitsAndFacets(Sort? sort, int wanted, StatusesOnDay? statuses)
        {
            _statuses = statuses;
            // In document order: let out of order, Lucene.Net scores a disjunction with its bucket scorer, twice as slow here.
            Top = sort is null
                ? TopScoreDocCollector.Create(wanted, docsScoredInOrder: true)
                : TopFieldCollector.Create(sort, wanted, fillFields: true, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: true);
            _top = (ICollector)Top;
        }

        public ITopDocsCollector Top { get; }

        public FacetCounter Facets { get; } = new();

        public bool AcceptsDocsOutOfOrder => false;

        public void SetScorer(Scorer scorer) => _top.SetScorer(scorer);

        public void SetNextReader(AtomicReaderContext context)
        {
            _top.SetNextReader(context);
            Facets.SetNextReader(context);
            var arrays = SegmentArrays.For(context.AtomicReader);
            _duplicates = arrays.Duplicates(context.AtomicReader);
            if (_statuses is not null)
                (_tasks, _segmentStatuses) = (arrays.Tasks(context.AtomicReader), _statuses.For(context.AtomicReader));
        }

        public void Collect(int doc)
        {
            if (_duplicates.Get(doc))
                return;
            _top.Collect(doc);
            Facets.Collect(doc);
            if (_statuses is not null && !_tasks.Get(doc))
                _statusCounts[(int)_segmentStatuses.Of(doc)]++;
        }

        /// <summary>The notices the segments collected, counted by status (states with none left out).</summary>
        public static IReadOnlyDictionary<string, int> SumStatuses(IEnumerable<HitsAndFacets> segments)
        {
            var sums = new int[Enum.GetValues(typeof(ValidityStatus)).Length];
            foreach (var segment in segments)
                for (int status = 0; status < sums.Length; status++)
                    sums[status] += segment._statusCounts[status];
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int status = 0; status < sums.Length; status++)
                if (sums[status] > 0)
                    counts[StatusesOnDay.Name((ValidityStatus)status)] = sums[status];
            return counts;
        }
    }

    /// <summary>The contract JSON of the notice whose source has this SHA-256 (<see cref="SearchHit.NoticeSha256"/>), or null when the index has none.</summary>
    public string? NoticeJson(string noticeSha256) => Notice(noticeSha256)?.Json;

    /// <summary>
    /// The notice whose source has this SHA-256 (<see cref="SearchHit.NoticeSha256"/>): its contract JSON and
    /// every file of it with the content hash each was indexed with, or null when the index has none.
    /// </summary>
    public StoredNotice? Notice(string noticeSha256) => WithNotice(noticeSha256, (searcher, d) =>
    {
        var files = d.Get(IndexFields.DocKey) is { } key
            ? Files(searcher, key)
            : new[] { new NoticeFile(d.Get(IndexFields.Path), d.Get(IndexFields.Format) ?? "") { Sha256 = noticeSha256 } };
        return new StoredNotice(StoredFields.NoticeJson(d)!, files);
    });

    /// <summary>
    /// What the notice whose source has this SHA-256 cites, what cites it and what repeals it, resolved
    /// against the index as it is now, and its status on <paramref name="asOf"/> (today when null); null
    /// when the index has no such notice.
    /// </summary>
    public NoticeLinks? Links(string noticeSha256, DateTime? asOf = null) => WithNotice(noticeSha256, (searcher, d) =>
        CitationGraph.Links(searcher, StoredFields.Notice(d), d.Get(IndexFields.DocKey), asOf ?? DateTime.Today));

    /// <summary>The notice document of the file whose source has this SHA-256 (its tasks carry the hash too).</summary>
    internal static Query NoticeOf(string noticeSha256) => new BooleanQuery
    {
        { new TermQuery(new Term(IndexFields.Sha256, noticeSha256)), Occur.MUST },
        { new TermQuery(new Term(IndexFields.Kind, "notice")), Occur.MUST },
    };

    /// <summary>Runs <paramref name="read"/> on the stored notice whose source has this SHA-256; null when there is none.</summary>
    private T? WithNotice<T>(string noticeSha256, Func<IndexSearcher, Document, T> read) where T : class
    {
        _index.RefreshSearchers();
        var searcher = _index.Searchers.Acquire();
        try
        {
            var top = searcher.Search(NoticeOf(noticeSha256), 1);
            // The contract JSON too, which StoredFields stops at.
            return top.TotalHits == 0 ? null : read(searcher, searcher.Doc(top.ScoreDocs[0].Doc, NoticeFields));
        }
        finally
        {
            _index.Searchers.Release(searcher);
        }
    }

    private static readonly ISet<string> NoticeFields = new HashSet<string> { IndexFields.NoticeJson, IndexFields.BodyPieces, IndexFields.Body, IndexFields.Path, IndexFields.Format, IndexFields.DocKey };

    /// <summary>The stored fields a hit shows.</summary>
    private static readonly string[] HitFields =
    {
        IndexFields.Id, IndexFields.Kind, IndexFields.Title, IndexFields.DocNumber, IndexFields.Issuer, IndexFields.SignDate,
        IndexFields.Path, IndexFields.Body, IndexFields.TaskJson, IndexFields.Sha256, IndexFields.DocKey, IndexFields.Format, IndexFields.Grouped,
    };

    private SearchHit Hit(IndexSearcher searcher, ScoreDoc scoreDoc, ISet<string> terms, bool html)
    {
        var d = StoredFields.Load(searcher.IndexReader, scoreDoc.Doc, HitFields);
        bool task = d.Get(IndexFields.Kind) == "task";
        var taskJson = task ? d.Get(IndexFields.TaskJson) : null;
        var text = taskJson is not null ? TaskContent(taskJson) : d.Get(IndexFields.Body);
        var snippets = SnippetHighlighter.Snippets(_highlightAnalyzer, IndexFields.Body, text, terms, html);
        DateTime? date = d.GetField(IndexFields.SignDate)?.GetInt32Value() is int n
            ? new DateTime(n / 10000, n / 100 % 100, n % 100)
            : null;
        return new SearchHit(
            d.Get(IndexFields.Id), d.Get(IndexFields.Kind), d.Get(IndexFields.Title) ?? "", d.Get(IndexFields.DocNumber),
            d.GetValues(IndexFields.Issuer), date, d.Get(IndexFields.Path), float.IsNaN(scoreDoc.Score) ? 0 : scoreDoc.Score,
            snippets, taskJson, d.Get(IndexFields.Sha256))
        {
            // Only a file that stands for others looks them up: most notices have one file.
            Files = d.Get(IndexFields.Grouped) == "true" && d.Get(IndexFields.DocKey) is { } key
                ? Files(searcher, key)
                : new[] { new NoticeFile(d.Get(IndexFields.Path), d.Get(IndexFields.Format) ?? "") },
        };
    }

    /// <summary>The files of a notice, the one that stands for it first, then by path.</summary>
    private static IReadOnlyList<NoticeFile> Files(IndexSearcher searcher, string key) =>
        DocumentGroups.Files(searcher, key).OrderBy(f => f.Standing == Standing.Duplicate).ThenBy(f => f.Path, StringComparer.Ordinal)
            .Select(f => new NoticeFile(f.Path, f.Format) { Sha256 = f.Sha256 }).ToArray();

    /// <summary>The content of a task in its contract JSON.</summary>
    private static string? TaskContent(string taskJson)
    {
        using var json = JsonDocument.Parse(taskJson);
        return json.RootElement.TryGetProperty("content", out var content) ? content.GetString() : null;
    }

    /// <summary>
    /// <paramref name="query"/> narrowed by <paramref name="filters"/>, which do not score. A conjunction
    /// takes them among its own clauses rather than as one more level of nesting (see QueryBuilder.Unwrapped).
    /// </summary>
    private static Query WithFilters(Query query, List<Query> filters)
    {
        if (filters.Count == 0)
            return query;
        var all = query is BooleanQuery { MinimumNumberShouldMatch: 0 } conjunction && conjunction.Clauses.All(c => c.Occur != Occur.SHOULD)
            ? conjunction // built for this search alone
            : new BooleanQuery { { query, Occur.MUST } };
        foreach (var filter in filters)
            all.Add(new ConstantScoreQuery(filter) { Boost = 0 }, Occur.MUST);
        return all;
    }

    private static IEnumerable<Query> Filters(SearchOptions o, QueryBuilder builder)
    {
        if (o.Issuer is { Length: > 0 } issuer && builder.Phrase(IndexFields.IssuerText, issuer, false) is { } byIssuer)
            yield return byIssuer;
        if (o.Unit is { Length: > 0 } unit && builder.Phrase(IndexFields.UnitText, unit, false) is { } byUnit)
            yield return byUnit;
        if (o.DocType is { Length: > 0 } docType)
            yield return new TermQuery(new Term(IndexFields.DocType, docType));
        if (o.DeadlineBefore is { } before)
            yield return NumericRangeQuery.NewInt32Range(IndexFields.Deadline, null, DateNumber(before), true, true);
        if (o.Ongoing is { } ongoing)
            yield return new TermQuery(new Term(IndexFields.Ongoing, ongoing ? "true" : "false"));
    }

    /// <summary>The kind, the year and the from/to dates as one filter, or null when none is asked.</summary>
    private static KindAndDateFilter? KindAndDates(SearchOptions o)
    {
        if (o.Kind == SearchKind.All && o.Year is null && o.From is null && o.To is null)
            return null;
        int from = DateNumber(o.From) ?? int.MinValue, to = DateNumber(o.To) ?? int.MaxValue;
        if (o.Year is { } year)
        {
            var (first, last) = DocumentMapper.YearDates(year);
            (from, to) = (Math.Max(from, first), Math.Min(to, last));
        }
        return new KindAndDateFilter(o.Kind, from, to);
    }

    private static int? DateNumber(DateTime? date) => date is { } d ? DocumentMapper.DateNumber(d) : null;
}
