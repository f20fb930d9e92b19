using System.IO;
using System.Threading;
using System.Threading.Tasks;
using PolicyParse.Model;
using PolicyParse.Search.Indexing;
using PolicyParse.Search.Searching;

namespace PolicyParse.Search.Tests;

/// <summary>A read-only index (a search service) beside an indexer writing the same folder.</summary>
public class ReadOnlyIndexTests
{
    [Fact]
    public void Searches_go_on_while_an_indexer_commits_merges_and_removes_the_files_they_read()
    {
        using var folder = new TempFolder();
        var path = folder.File("index");
        var parser = new PolicyParser();
        var notices = CorpusIndex.Texts().Select(f => (Notice: parser.ParseText(File.ReadAllText(f), Path.GetFileName(f)), File: f)).ToList();
        using var writer = PolicyIndex.Open(path);
        writer.Index(notices[0].Notice, notices[0].File);
        writer.Commit();
        using var service = PolicyIndex.OpenReadOnly(path); // its term dictionaries and postings are mapped
        var searcher = service.CreateSearcher();

        using var stop = new CancellationTokenSource();
        using var running = new CountdownEvent(3);
        var searches = Enumerable.Range(0, 3).Select(_ => Task.Run(() =>
        {
            int done = 0;
            do
            {
                service.Searchers.MaybeRefresh(); // let go of readers whose files the writer merged away
                searcher.Search("政务公开 OR 营商环境", new SearchOptions { Kind = SearchKind.All, Top = 5 });
                if (done++ == 0) running.Signal();
            }
            while (!stop.IsCancellationRequested);
            return done;
        })).ToArray();
        running.Wait(); // every search thread has searched once: the writes below run beside searches
        // A commit a file, six files a round under new names: dozens of segments, merged as they pile up.
        for (int round = 0; round < 6; round++)
            foreach (var (notice, file) in notices)
            {
                writer.Index(notice, $"{file}.{round}.txt");
                writer.Commit();
            }
        stop.Cancel();
        Assert.All(searches, s => Assert.True(s.Result > 1));

        service.Searchers.MaybeRefresh();
        using var fresh = PolicyIndex.OpenReadOnly(path);
        var expected = fresh.CreateSearcher().Search("政务公开", new SearchOptions { Kind = SearchKind.All });
        var seen = searcher.Search("政务公开", new SearchOptions { Kind = SearchKind.All });
        Assert.True(expected.Total > 0);
        Assert.Equal(expected.Total, seen.Total);
        Assert.Equal(expected.Hits.Select(h => h.Id), seen.Hits.Select(h => h.Id));
    }
}
