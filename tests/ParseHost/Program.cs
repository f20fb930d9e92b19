using System;
using PolicyParse;

// ParseHost FILE: exit 0 when the file parses, 1 with the reason on stderr when it is refused. A crash
// (a stack overflow aborts with 134) is what the calling test is there to catch.
try
{
    new PolicyParser().ParseFile(args[0]);
    return 0;
}
catch (PolicyParseException e)
{
    Console.Error.Write(e.Reason);
    return 1;
}
