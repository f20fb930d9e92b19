using System.IO;
using PolicyParse.TestSupport;

namespace PolicyParse.Tests.Hostile;

/// <summary>
/// Parses a file in a child process (the policyparse CLI), for inputs that once overflowed the stack: a
/// stack overflow cannot be caught and would end the test host with every test in it; in a child process
/// it is a failed test that says so (exit code 134 instead of 1).
/// </summary>
internal static class ChildProcessParse
{
    /// <summary>The CLI's exit code and, when it refused the file, the reason it gave.</summary>
    public static (int Exit, string Reason) Run(byte[] content, string fileName)
    {
        var folder = Directory.CreateTempSubdirectory("policyparse-hostile-");
        try
        {
            var path = Path.Combine(folder.FullName, fileName);
            File.WriteAllBytes(path, content);
            var (exit, _, stderr) = CliProcess.Run("parse", path);
            var prefix = $"policyparse: {path}: ";
            var reason = stderr.StartsWith(prefix, StringComparison.Ordinal) ? stderr.Substring(prefix.Length).TrimEnd() : stderr;
            return (exit, reason);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
