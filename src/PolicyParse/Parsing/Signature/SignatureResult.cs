using System;
using System.Collections.Generic;

namespace PolicyParse.Parsing.Signature;

/// <summary>The 发文机关署名 and 成文日期 block, and the lines it spans.</summary>
internal sealed record SignatureResult(IReadOnlyList<string> Issuers, DateTime SignDate, int Start, int End);
