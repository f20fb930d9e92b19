using System;
using System.Diagnostics;
using System.IO;

namespace PolicyParse.TestSupport;

/// <summary>Runs the built policyparse CLI (copied beside the test assembly) as a child process; shared by both test projects.</summary>
internal static class CliProcess
{
    public static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = System.Text.Encoding.UTF8 };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "PolicyParse.Cli.dll"));
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        p.WaitForExit();
        return (p.ExitCode, stdout.Result, stderr.Result);
    }
}
