using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.ExceptionServices;
using System.Threading;

using PolicyParse.Search.Indexing;

namespace PolicyParse.Search.Searching.Concurrency;

/// <summary>
/// Threads that help a search run its parts (segments, then hits) beside the caller's own thread.
/// After its part a helper keeps looking for the next one for a while before it sleeps: searches
/// come close together in a busy service, and waking a sleeping thread is slow where cores are
/// virtual — a wake-up can take milliseconds, as long as a whole search, and the helper's half of the
/// search would wait for it. (The thread pool's own workers spin for microseconds before they sleep.)
/// </summary>
internal sealed class SearchWorkers : IDisposable
{
    /// <summary>
    /// The helper threads of <paramref name="index"/> (<see cref="PolicyIndexOptions.SearchThreads"/> − 1), started by
    /// its first search and stopped when the index is disposed; null when searches run on one thread.
    /// </summary>
    public static SearchWorkers? Of(PolicyIndex index)
    {
        if (index.Options.SearchThreads <= 1)
            return null;
        lock (index.SearchResourcesLock)
            return (SearchWorkers)(index.SearchResources ??= new SearchWorkers(index.Options.SearchThreads - 1));
    }

    /// <summary>How long a helper looks for more work before it sleeps.</summary>
    internal static readonly TimeSpan SpinBeforeSleep = TimeSpan.FromMilliseconds(2);

    private readonly ConcurrentQueue<Batch> _queue = new();
    private readonly SemaphoreSlim _wake = new(0);
    private readonly int _helpers;
    private int _started, _sleeping, _running;
    private volatile bool _disposed;

    /// <param name="helpers">Threads beside the caller's (one less than the threads a search runs on), started by the first search.</param>
    public SearchWorkers(int helpers) => _helpers = helpers;

    /// <summary>
    /// Runs <paramref name="body"/> for 0 … <paramref name="count"/> − 1, on the caller's thread and the
    /// helpers, each taking the next number when it is free (on the caller's alone while another search
    /// runs); returns when all are done. The first exception is rethrown as it was, once every number
    /// has run.
    /// </summary>
    public void Run(int count, Action<int> body)
    {
        if (Interlocked.Exchange(ref _started, 1) == 0)
            for (int i = 0; i < _helpers; i++)
                new Thread(Help) { IsBackground = true, Name = "PolicyParse search helper" }.Start();
        var batch = new Batch(count, body);
        // While another search has the helpers, this one runs on its own thread: under concurrent load
        // every core already has a search, and splitting each would add hand-overs and helpers spinning.
        bool shared = Interlocked.Increment(ref _running) == 1;
        try
        {
            if (shared && !_disposed)
            {
                for (int i = 0; i < _helpers; i++)
                    _queue.Enqueue(batch); // one copy per helper: each that takes one joins in
                if (Volatile.Read(ref _sleeping) is var sleeping and > 0)
                    _wake.Release(Math.Min(_helpers, sleeping));
            }
            batch.Work();
            batch.WaitUntilDone(spin: Volatile.Read(ref _running) == 1);
        }
        finally
        {
            Interlocked.Decrement(ref _running);
        }
    }

    private void Help()
    {
        var idle = new Stopwatch();
        while (!_disposed)
        {
            if (_queue.TryDequeue(out var batch))
            {
                batch.Work();
                idle.Reset();
                continue;
            }
            if (!idle.IsRunning) idle.Start();
            // Spinning pays only while the cores are free: with searches running on their own threads
            // it takes a core from them, for a search that will not share anyway.
            if (idle.Elapsed < SpinBeforeSleep && Volatile.Read(ref _running) == 0)
            {
                Thread.SpinWait(64);
                continue;
            }
            Interlocked.Increment(ref _sleeping); // a full fence: Run either sees it or this sees Run's batch
            if (_queue.IsEmpty && !_disposed)
                _wake.Wait();
            Interlocked.Decrement(ref _sleeping);
            idle.Reset();
        }
    }

    public void Dispose()
    {
        _disposed = true;
        if (_helpers > 0)
            _wake.Release(_helpers);
    }

    /// <summary>One call's numbers: taken one at a time by whoever is free.</summary>
    private sealed class Batch
    {
        private readonly int _count;
        private readonly Action<int> _body;
        private readonly ManualResetEventSlim _done = new(false);
        private int _next = -1, _finished;
        private ExceptionDispatchInfo? _error;

        public Batch(int count, Action<int> body) => (_count, _body) = (count, body);

        public void Work()
        {
            for (int i = Interlocked.Increment(ref _next); i < _count; i = Interlocked.Increment(ref _next))
            {
                try
                {
                    _body(i);
                }
                catch (Exception e)
                {
                    Interlocked.CompareExchange(ref _error, ExceptionDispatchInfo.Capture(e), null);
                }
                if (Interlocked.Increment(ref _finished) == _count)
                    _done.Set();
            }
        }

        /// <summary>
        /// Waits for the helpers' last parts: by spinning at first when <paramref name="spin"/> (no other
        /// search wants the core), as sleeping would make the caller slow to wake.
        /// </summary>
        public void WaitUntilDone(bool spin)
        {
            var waited = Stopwatch.StartNew();
            while (spin && Volatile.Read(ref _finished) < _count && waited.Elapsed < SpinBeforeSleep)
                Thread.SpinWait(64);
            if (Volatile.Read(ref _finished) < _count)
                _done.Wait();
            _error?.Throw();
        }
    }
}
