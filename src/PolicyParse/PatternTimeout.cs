using System;

namespace PolicyParse;

/// <summary>
/// How long one regular-expression match may run. The patterns are written to run in linear time; the
/// timeout guards against a catastrophic input all the same. It is wall-clock time, so a thread the
/// machine deschedules (a loaded CI runner, a bulk run on every core) counts against it: 200 ms failed
/// ordinary notices under load, and two seconds still stops a runaway match long before the file's
/// own time budget (<see cref="PolicyParserOptions.TimeBudget"/>).
/// </summary>
internal static class PatternTimeout
{
    public static readonly TimeSpan Value = TimeSpan.FromSeconds(2);
}
