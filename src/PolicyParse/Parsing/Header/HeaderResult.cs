using System.Collections.Generic;
using PolicyParse.Model;

namespace PolicyParse.Parsing.Header;

/// <summary>What the 版头 and title area gave, and where the body starts.</summary>
internal sealed record HeaderResult(
    DocumentNumber? DocNumber,
    IReadOnlyList<string> OrganMark,
    string? Title,
    IReadOnlyList<string> Addressees,
    int BodyStart)
{
    /// <summary>History lines under the title of a law or regulation (<see cref="PromulgationLine"/>), and an order's banner.</summary>
    public IReadOnlyList<string> Promulgation { get; init; } = System.Array.Empty<string>();
}
