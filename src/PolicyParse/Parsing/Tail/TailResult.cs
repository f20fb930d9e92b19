using System;
using System.Collections.Generic;

namespace PolicyParse.Parsing.Tail;

/// <summary>The 版记: 抄送 organs, 印发机关 and 印发日期, and the line where the 版记 starts.</summary>
internal sealed record TailResult(IReadOnlyList<string> Cc, string? PrintedBy, DateTime? PrintDate, int Start);
