using System;

namespace PolicyParse.Cli;

/// <summary>The parser every command uses: the library's defaults, and LibreOffice where POLICYPARSE_SOFFICE says.</summary>
internal static class CliParser
{
    /// <summary>The environment variable naming LibreOffice's soffice, for .doc, .wps, .rtf and .odt (else it is looked for on PATH).</summary>
    public const string SofficeVariable = "POLICYPARSE_SOFFICE";

    public static PolicyParser Create() => new(new PolicyParserOptions
    {
        LibreOfficePath = Environment.GetEnvironmentVariable(SofficeVariable) is { Length: > 0 } path ? path : null,
    });
}
