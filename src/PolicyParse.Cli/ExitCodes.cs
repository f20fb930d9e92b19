namespace PolicyParse.Cli;

/// <summary>Process exit codes, as the README documents them.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int FileFailed = 1;
    public const int Usage = 2;
}
