using System;
using System.Collections.Generic;
using System.Linq;
using PolicyParse.Parsing.Dates;

namespace PolicyParse.Parsing.Signature;

/// <summary>
/// Finds the signature block: a line that is only a date (成文日期), right after one or more lines
/// that are organ names (one organ per line, or several on one line apart with wide gaps).
/// </summary>
internal static class SignatureParser
{
    private const int MaxSignatureLines = 6;

    /// <summary>The first signature block in [start, end), or null.</summary>
    public static SignatureResult? Find(IReadOnlyList<Line> lines, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (lines[i].IsTable || !ChineseDate.TryParseWhole(lines[i].Text, out var date))
                continue;
            int first = i;
            while (first > start && i - first < MaxSignatureLines && IsSignatureLine(lines[first - 1]))
                first--;
            if (first == i)
                continue; // a date alone is not a signature
            var issuers = lines.Skip(first).Take(i - first).SelectMany(l => JointOrgans.Split(l.Raw)).ToArray();
            return new SignatureResult(issuers, date, first, i + 1);
        }
        return null;
    }

    private static bool IsSignatureLine(Line line) => !line.IsTable && OrganNames.SplitOnWideGaps(line.Raw).All(OrganNames.IsOrganLine);

}
