using System.Diagnostics;
using System.IO;

namespace PolicyParse.Tests.Hostile;

/// <summary>
/// Parses a file in a child process (tests/ParseHost), for inputs that once overflowed the stack: a stack
/// overflow cannot be caught and would end the test host with every test in it; in a child process it
/// is a failed test that says so (exit code 134 instead of 1).
/// </summary>
internal static class ChildProcessParse
{
    /// <summary>The child's exit code and, when it refused the file, the reason it gave.</summary>
    public static (int Exit, string Reason) Run(byte[] content, string fileName)
    {
        var folder = Directory.CreateTempSubdirectory("policyparse-hostile-");
        try
        {
            var path = Path.Combine(folder.FullName, fileName);
            File.WriteAllBytes(path, content);
            var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ParseHost.dll"));
            start.ArgumentList.Add(path);
            using var child = Process.Start(start)!;
            var reason = child.StandardError.ReadToEndAsync();
            child.StandardOutput.ReadToEnd();
            child.WaitForExit();
            return (child.ExitCode, reason.Result);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
