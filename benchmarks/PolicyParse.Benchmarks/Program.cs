using BenchmarkDotNet.Running;
using PolicyParse.Benchmarks;

// dotnet run -c Release -- --filter '*'            full run
// dotnet run -c Release -- --filter '*' --job dry  one quick pass (CI, so the suite never rots)
// dotnet run -c Release -- archive 10000 2         bulk run and search latency on a synthetic archive
// dotnet run -c Release -- generate 10000 DIR [txt=60,html=20,md=10,docx=10]   a realistic archive on disk, described
if (args.Length > 0 && args[0] == "archive")
    return ArchiveRun.Run(args[1..]);
// dotnet run -c Release -- latency INDEX QUERIES [status]                       search latency of a query file
// dotnet run -c Release -- stages FOLDER [FILES]                                 where a notice's indexing time goes
// dotnet run -c Release -- load http://127.0.0.1:PORT CLIENTS SECONDS QUERIES    a bounded load on a running service
// dotnet run -c Release -- lucene-net standard|smartcn|jieba ARCHIVE INDEX THREADS  bare Lucene.Net indexing, as the Java peer does
if (args.Length > 0 && args[0] == "generate")
    return ArchiveReport.Generate(args[1..]);
if (args.Length > 0 && args[0] == "latency")
    return ArchiveRun.LatencyOf(args[1..]);
if (args.Length > 0 && args[0] == "stages")
    return StagesRun.Run(args[1..]);
if (args.Length > 0 && args[0] == "load")
    return LoadRun.Run(args[1..]);
if (args.Length > 0 && args[0] == "lucene-net")
    return LuceneNetArchive.Run(args[1..]);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
