using System;
using System.Diagnostics;
using System.Threading;

namespace PolicyParse;

/// <summary>
/// What reading and parsing one file may use: the caller's cancellation, the per-file time budget and
/// the size limits of <see cref="PolicyParserOptions"/>. Readers and the parser call <see cref="Check"/>
/// in their loops over blocks, elements, pages and rows, so a file that would take minutes is stopped
/// with a reason instead of holding a bulk run. One budget serves one file on one thread.
/// </summary>
internal sealed class FileBudget
{
    /// <summary>Loop iterations between two looks at the clock: reading it costs more than the token.</summary>
    private const int ClockEvery = 32;

    private readonly string? _fileName;
    private readonly CancellationToken _cancellation;
    private long _deadline;
    private int _untilClock = ClockEvery;

    public FileBudget(PolicyParserOptions options, string? fileName, CancellationToken cancellation)
    {
        Options = options;
        _fileName = fileName;
        _cancellation = cancellation;
        _deadline = options.TimeBudget is { } budget && budget > TimeSpan.Zero && budget != Timeout.InfiniteTimeSpan
            ? Stopwatch.GetTimestamp() + (long)(budget.TotalSeconds * Stopwatch.Frequency)
            : long.MaxValue;
    }

    /// <summary>A budget with the default options and no cancellation, for a reader called on its own.</summary>
    public static FileBudget Default(string? fileName) => new(new PolicyParserOptions(), fileName, CancellationToken.None);

    public PolicyParserOptions Options { get; }

    /// <summary>
    /// Leaves <paramref name="elapsed"/> out of the time budget: the time an external converter took, which
    /// has a limit of its own (<see cref="PolicyParserOptions.ConversionTimeout"/>).
    /// </summary>
    public void Exclude(TimeSpan elapsed)
    {
        if (_deadline != long.MaxValue)
            _deadline += (long)(elapsed.TotalSeconds * Stopwatch.Frequency);
    }

    /// <summary>Throws when the caller cancelled (<see cref="OperationCanceledException"/>) or the time budget is spent.</summary>
    public void Check()
    {
        _cancellation.ThrowIfCancellationRequested();
        if (--_untilClock <= 0)
            CheckClock();
    }

    /// <summary>As <see cref="Check"/>, reading the clock now: for steps that each take long (a PDF page).</summary>
    public void CheckClock()
    {
        _cancellation.ThrowIfCancellationRequested();
        _untilClock = ClockEvery;
        if (_deadline != long.MaxValue && Stopwatch.GetTimestamp() > _deadline)
            throw new PolicyParseException(_fileName,
                $"reading and parsing took longer than the time budget of {Options.TimeBudget!.Value.TotalSeconds:0.###} s per file (PolicyParserOptions.TimeBudget); stopped");
    }
}
