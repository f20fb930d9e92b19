namespace PolicyParse.Cli;

/// <summary>Process exit codes, as the README documents them.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int FileFailed = 1;
    public const int Usage = 2;

    /// <summary>The run itself failed (the index could not be opened or written, the disk is full), not one file.</summary>
    public const int RunFailed = 3;
}
