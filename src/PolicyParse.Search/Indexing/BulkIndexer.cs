using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace PolicyParse.Search.Indexing;

/// <summary>Where a bulk run stands.</summary>
public sealed record BulkProgress(int Done, int Total, double Seconds);

/// <summary>What a bulk run did, file by file where it matters.</summary>
public sealed class BulkIndexReport
{
    /// <summary>Files seen.</summary>
    public int Files { get; set; }
    /// <summary>New in the index.</summary>
    public int Added { get; set; }
    /// <summary>Changed and replaced.</summary>
    public int Updated { get; set; }
    /// <summary>Already indexed with the same content.</summary>
    public int Unchanged { get; set; }
    /// <summary>Removed because their files are gone (--sync).</summary>
    public int Deleted { get; set; }
    /// <summary>Seconds the run took.</summary>
    public double Seconds { get; set; }
    /// <summary>Files that could not be read, with the reason.</summary>
    public List<FileProblem> Failed { get; } = new();
    /// <summary>Files whose content is already indexed under another path, with that path; not indexed again.</summary>
    public List<FileProblem> Duplicates { get; } = new();
}

/// <summary>A file and what was wrong with it.</summary>
public sealed record FileProblem(string Path, string Reason);

/// <summary>
/// Indexes whole archives: walks folders, parses files in parallel (any of the four formats, told by
/// content), feeds one IndexWriter, skips files whose content is already indexed, and commits
/// periodically so that a killed run leaves the index at its last commit and a re-run finishes the
/// job without duplicates. A file that fails is reported and the run goes on.
/// </summary>
public sealed class BulkIndexer
{
    /// <summary>Extensions a walk picks up in folders (files named on the command line are always taken).</summary>
    public static readonly IReadOnlyCollection<string> Extensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { ".txt", ".text", ".md", ".markdown", ".htm", ".html", ".shtml", ".xhtml", ".docx", ".pdf", ".ofd", ".doc", ".wps", ".rtf", ".odt", "" };

    private readonly PolicyIndex _index;
    private readonly PolicyParser _parser;
    private readonly int _threads;
    private readonly TimeSpan _commitEvery;

    /// <param name="index">The index to write.</param>
    /// <param name="threads">Files parsed at once.</param>
    /// <param name="commitEvery">How often pending work is committed.</param>
    /// <param name="parser">The parser; a default one when null.</param>
    public BulkIndexer(PolicyIndex index, int threads = 2, TimeSpan? commitEvery = null, PolicyParser? parser = null)
    {
        _index = index;
        _threads = Math.Max(1, threads);
        _commitEvery = commitEvery ?? TimeSpan.FromSeconds(10);
        _parser = parser ?? new PolicyParser();
    }

    /// <summary>Indexes every file under <paramref name="roots"/>; with <paramref name="sync"/> removes notices whose files under the roots are gone.</summary>
    public BulkIndexReport Run(IReadOnlyList<string> roots, bool sync = false, IProgress<BulkProgress>? progress = null, CancellationToken cancel = default)
    {
        var watch = Stopwatch.StartNew();
        var report = new BulkIndexReport();
        var files = Walk(roots).Distinct(StringComparer.Ordinal).ToList(); // a file under two roots given is indexed once
        report.Files = files.Count;
        _index.AddSourceRoots(roots.Where(r => File.Exists(r) || Directory.Exists(r)));

        // What the index already holds, read once: path → content, and content → path.
        var indexed = _index.IndexedContent();
        var byContent = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in indexed)
            byContent.TryAdd(pair.Value, pair.Key);

        int done = 0, added = 0, updated = 0, unchanged = 0;
        var failed = new ConcurrentBag<FileProblem>();
        var duplicates = new ConcurrentBag<FileProblem>();

        // Commits run on a thread of their own, on time whatever a worker is parsing; the workers wait only
        // while a commit holds back writes (from its group resolution until it is made: see PolicyIndex.Commit).
        using var stopCommits = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        var committer = Task.Run(() => CommitPeriodically(stopCommits));
        try
        {
            Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = _threads, CancellationToken = stopCommits.Token }, path =>
            {
                try
                {
                    var source = new SourceFile(File.ReadAllBytes(path), Path.GetFileName(path));
                    var sha = source.Sha256; // computed once: the parse below stores the same value
                    indexed.TryGetValue(path, out var before);
                    if (before == sha)
                    {
                        Interlocked.Increment(ref unchanged);
                    }
                    else if (!byContent.TryAdd(sha, path) && byContent.TryGetValue(sha, out var original) && original != path)
                    {
                        duplicates.Add(new FileProblem(path, original));
                    }
                    else
                    {
                        var notice = _parser.Parse(source);
                        _index.Write(notice, path, before is null ? PolicyIndex.PathStanding.New : PolicyIndex.PathStanding.Indexed);
                        Interlocked.Increment(ref before is null ? ref added : ref updated);
                    }
                }
                catch (Exception e) when (e is PolicyParseException or IOException or UnauthorizedAccessException)
                {
                    failed.Add(new FileProblem(path, e is PolicyParseException p ? p.Reason : e.Message));
                }
                int now = Interlocked.Increment(ref done);
                progress?.Report(new BulkProgress(now, files.Count, watch.Elapsed.TotalSeconds));
            });
        }
        catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
        {
            // Not the caller's cancellation: a commit failed and stopped the workers; its error is the run's.
        }
        finally
        {
            stopCommits.Cancel();
            Task.WaitAny(committer); // no commit goes on after the run, whatever ended it
        }
        committer.GetAwaiter().GetResult(); // a failed commit fails the run

        if (sync)
        {
            var seen = new HashSet<string>(files, StringComparer.Ordinal);
            var folders = roots.Where(Directory.Exists).Select(r => Path.GetFullPath(r).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar).ToList();
            foreach (var path in indexed.Keys.Where(p => !seen.Contains(p) && folders.Exists(f => p.StartsWith(f, StringComparison.Ordinal))))
            {
                _index.Delete(path);
                report.Deleted++;
            }
        }
        _index.Commit();
        if (added + updated + report.Deleted > 0)
            _index.MergeSmallSegments();
        (report.Added, report.Updated, report.Unchanged) = (added, updated, unchanged);
        // A copy of a file that failed fails for the same reason (the copy was set aside before the
        // original's parse had ended, so this is settled once every file is done).
        var failedReasons = failed.ToDictionary(f => f.Path, f => f.Reason, StringComparer.Ordinal);
        foreach (var copy in duplicates.Where(d => failedReasons.ContainsKey(d.Reason)))
            failed.Add(new FileProblem(copy.Path, $"the same content as {copy.Reason}, which failed: {failedReasons[copy.Reason]}"));
        report.Failed.AddRange(failed.OrderBy(f => f.Path, StringComparer.Ordinal));
        report.Duplicates.AddRange(duplicates.Where(d => !failedReasons.ContainsKey(d.Reason)).OrderBy(f => f.Path, StringComparer.Ordinal));
        report.Seconds = watch.Elapsed.TotalSeconds;
        return report;
    }

    /// <summary>Commits every <see cref="_commitEvery"/> until <paramref name="workers"/> is cancelled; a failed commit cancels it, stopping the workers.</summary>
    private void CommitPeriodically(CancellationTokenSource workers)
    {
        try
        {
            while (!workers.Token.WaitHandle.WaitOne(_commitEvery))
                _index.Commit();
        }
        catch
        {
            workers.Cancel();
            throw;
        }
    }

    /// <summary>Files named directly, and in folders every file with a notice extension, in a stable order.</summary>
    public static IEnumerable<string> Walk(IEnumerable<string> roots)
    {
        foreach (var root in roots)
        {
            if (File.Exists(root))
                yield return Path.GetFullPath(root);
            else if (Directory.Exists(root))
                foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
                    if (Extensions.Contains(Path.GetExtension(file)) && !Path.GetFileName(file).StartsWith("LICENSE", StringComparison.OrdinalIgnoreCase))
                        yield return Path.GetFullPath(file);
        }
    }
}
