using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace PolicyParse.Benchmarks;

/// <summary>
/// A bounded load on a running service: CLIENTS clients, each sending its next search as soon as the
/// last is answered, for SECONDS, over a query file; loopback addresses only. Prints requests/s, p50,
/// p99 and errors (a status other than 200, or no answer within 10 s).
/// <code>dotnet run -c Release --project benchmarks/PolicyParse.Benchmarks -- load http://127.0.0.1:PORT CLIENTS SECONDS QUERIES</code>
/// </summary>
public static class LoadRun
{
    public static int Run(string[] args)
    {
        var baseUri = new Uri(args[0]);
        if (!baseUri.IsLoopback)
            throw new ArgumentException("the load generator only runs against a service on this machine (a loopback address)");
        int clients = int.Parse(args[1]);
        var duration = TimeSpan.FromSeconds(double.Parse(args[2]));
        var queries = File.ReadAllLines(args[3]).Where(q => q.Length > 0).Select(Uri.EscapeDataString).ToArray();
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients }) { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(10) };

        Drive(http, clients, TimeSpan.FromSeconds(5), queries); // warm-up: the JIT, the caches, the connections
        var (latencies, errors, elapsed) = Drive(http, clients, duration, queries);
        latencies.Sort();
        double Percentile(double p) => latencies.Count == 0 ? double.NaN : latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(p * latencies.Count) - 1)];
        Console.WriteLine($"clients={clients} requests={latencies.Count + errors} requests_per_s={latencies.Count / elapsed.TotalSeconds:F0} " +
                          $"p50_ms={Percentile(0.50):F1} p99_ms={Percentile(0.99):F1} max_ms={(latencies.Count == 0 ? double.NaN : latencies[^1]):F1} errors={errors}");
        return errors == 0 ? 0 : 1;
    }

    private static (List<double> Latencies, int Errors, TimeSpan Elapsed) Drive(HttpClient http, int clients, TimeSpan duration, string[] queries)
    {
        var latencies = new List<double>();
        int errors = 0;
        var watch = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
        {
            var mine = new List<double>();
            var timing = new Stopwatch();
            for (int n = client; watch.Elapsed < duration; n += clients)
            {
                timing.Restart();
                try
                {
                    using var response = await http.GetAsync("/api/search?q=" + queries[n % queries.Length]);
                    await response.Content.ReadAsByteArrayAsync();
                    if (response.IsSuccessStatusCode) mine.Add(timing.Elapsed.TotalMilliseconds);
                    else Interlocked.Increment(ref errors);
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    Interlocked.Increment(ref errors);
                }
            }
            lock (latencies) latencies.AddRange(mine);
        })).ToArray();
        Task.WaitAll(workers);
        return (latencies, errors, watch.Elapsed);
    }
}
