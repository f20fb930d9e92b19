using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;

namespace PolicyParse.Reading.Conversion;

/// <summary>
/// Runs a converter as a child process: no shell, arguments passed as a list, a working folder of its
/// own, a time limit after which the whole process tree is killed, and what it wrote to stderr kept for
/// the reason of a refusal.
/// </summary>
internal static class ExternalTool
{
    /// <summary>Runs <paramref name="program"/>; its exit code and the first line of what it said on stderr.</summary>
    /// <exception cref="PolicyParseException">The program cannot be started, or did not finish in time.</exception>
    /// <remarks>
    /// <paramref name="environment"/> sets variables for the tool (one thread for tesseract, say) on top of this process's;
    /// <paramref name="toolName"/> names it in errors, with <paramref name="fileName"/>.
    /// </remarks>
    public static (int ExitCode, string Said) Run(string program, IEnumerable<string> arguments, string workingFolder, TimeSpan timeout, string? fileName, string toolName,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = workingFolder,
            CreateNoWindow = true,
        };
        foreach (var variable in environment ?? new Dictionary<string, string>())
            start.Environment[variable.Key] = variable.Value;
#if NET5_0_OR_GREATER
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
#else
        start.Arguments = string.Join(" ", System.Linq.Enumerable.Select(arguments, Quote));
#endif
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new PolicyParseException(fileName, $"{toolName} ({program}) could not be started");
        }
        catch (Win32Exception e)
        {
            throw new PolicyParseException(fileName, $"{toolName} ({program}) could not be started: {e.Message}", e);
        }
        using (process)
        {
            process.StandardInput.Close(); // a tool that asks a question gets no answer, not a hang
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit((int)Math.Min(int.MaxValue, timeout.TotalMilliseconds)))
            {
                try
                {
#if NET5_0_OR_GREATER
                    process.Kill(entireProcessTree: true);
#else
                    process.Kill();
#endif
                }
                catch (InvalidOperationException) { } // exited meanwhile
                process.WaitForExit();
                throw new PolicyParseException(fileName, $"{toolName} did not finish within {timeout.TotalSeconds:0.#} s (PolicyParserOptions.ConversionTimeout); stopped");
            }
            process.WaitForExit(); // the output readers to their end
            var said = (stderr.Result + "\n" + stdout.Result).Trim();
            int newline = said.IndexOf('\n');
            return (process.ExitCode, newline < 0 ? said : said.Substring(0, newline).Trim());
        }
    }

#if !NET5_0_OR_GREATER
    /// <summary>One argument quoted as the runtime splits a command line (quotes and the backslashes before them escaped).</summary>
    private static string Quote(string argument)
    {
        var quoted = new System.Text.StringBuilder("\"");
        int backslashes = 0;
        foreach (char c in argument)
        {
            if (c == '\\') { backslashes++; continue; }
            quoted.Append('\\', c == '"' ? backslashes * 2 + 1 : backslashes).Append(c);
            backslashes = 0;
        }
        return quoted.Append('\\', backslashes * 2).Append('"').ToString();
    }
#endif

    /// <summary>The first of <paramref name="names"/> found as an executable file on PATH, or null.</summary>
    public static string? FindOnPath(params string[] names)
    {
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            if (folder.Length == 0) continue;
            foreach (var name in names)
            {
                var candidate = Path.Combine(folder, name);
                if (File.Exists(candidate))
                    return candidate;
            }
        }
        return null;
    }
}
