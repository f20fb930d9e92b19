using BenchmarkDotNet.Running;

// dotnet run -c Release -- --filter '*'            full run
// dotnet run -c Release -- --filter '*' --job dry  one quick pass (CI, so the suite never rots)
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
