using BenchmarkDotNet.Running;
using PolicyParse.Benchmarks;

// dotnet run -c Release -- --filter '*'            full run
// dotnet run -c Release -- --filter '*' --job dry  one quick pass (CI, so the suite never rots)
// dotnet run -c Release -- archive 10000 2         bulk run and search latency on a synthetic archive
if (args.Length > 0 && args[0] == "archive")
    return ArchiveRun.Run(args[1..]);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
