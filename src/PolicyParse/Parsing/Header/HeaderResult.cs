using System.Collections.Generic;
using PolicyParse.Model;

namespace PolicyParse.Parsing.Header;

/// <summary>What the 版头 and title area gave, and where the body starts.</summary>
internal sealed record HeaderResult(
    DocumentNumber? DocNumber,
    IReadOnlyList<string> OrganMark,
    string? Title,
    IReadOnlyList<string> Addressees,
    int BodyStart);
