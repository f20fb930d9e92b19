using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;
using PolicyParse.Search.Searching;
using PolicyParse.Search.Searching.Concurrency;

namespace PolicyParse.Search.Tests;

/// <summary>The helper threads a search's parts run on: every part once, errors passed on, no part lost.</summary>
public class SearchWorkersTests
{
    [Fact]
    public void Every_number_runs_once_when_many_callers_run_at_once()
    {
        using var workers = new SearchWorkers(helpers: 2);
        int wrong = 0;
        Parallel.For(0, 8, caller =>
        {
            for (int run = 0; run < 200; run++)
            {
                int count = (caller * 7 + run) % 40;
                var seen = new int[count];
                workers.Run(count, i => Interlocked.Increment(ref seen[i]));
                if (seen.Any(n => n != 1)) Interlocked.Increment(ref wrong);
            }
        });
        Assert.Equal(0, wrong);
    }

    [Fact]
    public void A_helper_takes_part_beside_the_caller()
    {
        using var workers = new SearchWorkers(helpers: 1);
        var threads = new ConcurrentDictionary<int, bool>();
        using var both = new Barrier(2);
        // Each of the two parts waits for the other: they can only both finish on two threads.
        workers.Run(2, _ =>
        {
            threads[Environment.CurrentManagedThreadId] = true;
            Assert.True(both.SignalAndWait(TimeSpan.FromSeconds(30)), "no second thread took a part");
        });
        Assert.Equal(2, threads.Count);
    }

    [Fact]
    public void The_first_error_is_rethrown_after_every_part_has_run()
    {
        using var workers = new SearchWorkers(helpers: 1);
        int ran = 0;
        var error = Assert.Throws<InvalidOperationException>(() => workers.Run(50, i =>
        {
            Interlocked.Increment(ref ran);
            if (i == 3) throw new InvalidOperationException("part 3");
        }));
        Assert.Equal("part 3", error.Message);
        Assert.Equal(50, ran);
    }

    [Fact]
    public void After_dispose_every_part_still_runs()
    {
        var workers = new SearchWorkers(helpers: 1);
        workers.Run(4, _ => { }); // starts the helper
        workers.Dispose(); // a search still running on a disposed index ends on the caller's thread
        int ran = 0;
        workers.Run(20, _ => Interlocked.Increment(ref ran));
        Assert.Equal(20, ran);
    }
}
