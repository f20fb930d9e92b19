using System.Diagnostics;
using System.IO;
using System.Threading;
using PolicyParse.Search.Indexing;
using PolicyParse.Search.Searching;

namespace PolicyParse.Cli.Tests;

/// <summary>`policyparse index` killed with -9 in the middle of a run, as an operator or the OOM killer would.</summary>
public class BulkIndexProcessTests
{
    private static int Notices(PolicyIndex index) => index.CreateSearcher().Search("", new SearchOptions { Kind = SearchKind.Notices }).Total;

    private const int Files = 400;

    /// <summary>Whether the index folder's last commit holds any document (read as another process would, without a lock).</summary>
    private static bool CommittedAny(string folder)
    {
        IndexCodec.Register(); // the segments' codec, which Lucene alone cannot read (no index is opened in this process before)
        try
        {
            using var directory = Lucene.Net.Store.FSDirectory.Open(folder);
            if (!Lucene.Net.Index.DirectoryReader.IndexExists(directory)) return false;
            using var reader = Lucene.Net.Index.DirectoryReader.Open(directory);
            return reader.NumDocs > 0;
        }
        catch (IOException)
        {
            return false; // a commit being written: look again
        }
    }

    [Fact]
    public void A_run_killed_midway_leaves_a_usable_index_and_a_rerun_finishes_without_duplicates()
    {
        using var folder = new TempFolder();
        var archive = Directory.CreateDirectory(folder.File("archive")).FullName;
        var text = File.ReadAllText(Path.Combine(TestCorpus.Directory, "003-taierzhuang-2022-shishi-fangan.txt"));
        for (int i = 0; i < Files; i++)
            File.WriteAllText(Path.Combine(archive, $"n{i:D3}.txt"), text + $"\n（第{i}份）\n");
        var indexFolder = folder.File("index");

        var cli = Path.Combine(AppContext.BaseDirectory, "PolicyParse.Cli.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { cli, "index", archive, "--index", indexFolder, "--threads", "1", "--commit-seconds", "0.2" }) start.ArgumentList.Add(a);
        using (var run = Process.Start(start)!)
        {
            // Kill -9 as soon as a commit holds some of the work (on a busy machine that takes longer than
            // any fixed wait), unless the run is done by then.
            run.ErrorDataReceived += (_, _) => { };
            run.BeginErrorReadLine();
            var waited = Stopwatch.StartNew();
            while (!run.HasExited && !CommittedAny(indexFolder) && waited.Elapsed < TimeSpan.FromMinutes(2))
                Thread.Sleep(20);
            if (!run.HasExited) run.Kill(entireProcessTree: true);
            run.WaitForExit();
        }

        using (var reopened = PolicyIndex.Open(indexFolder))
        {
            int survived = reopened.Statistics().Files;
            Assert.InRange(survived, 1, Files); // the commits before the kill are there
            Assert.Equal(1, Notices(reopened));
            var rerun = new BulkIndexer(reopened).Run(new[] { archive });
            Assert.Equal(Files - survived, rerun.Added);
            Assert.Equal(survived, rerun.Unchanged);
            Assert.Equal(Files, reopened.Statistics().Files);
            // The copies differ in a line but share 文号 and issuer: one notice, its tasks found once.
            Assert.Equal(1, Notices(reopened));
            Assert.Equal(67, reopened.CreateSearcher().Search("", new SearchOptions { Kind = SearchKind.Tasks, Top = 1 }).Total);
        }
    }
}
