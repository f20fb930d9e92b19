using PolicyParse;
using PolicyParse.Json;

// Parses one notice through the public API of the packed package and checks the header facts.
var document = new PolicyParser().ParseFile(args[0]);
Console.WriteLine(PolicyJson.Serialize(document, indented: false)[..200] + "…");
if (document.DocNumber?.Text != "宿区政办发〔2021〕24号" || document.SignDate != new DateTime(2021, 8, 10) || document.Sections.Count != 4)
{
    Console.Error.WriteLine("package smoke test: unexpected parse result");
    return 1;
}
Console.WriteLine("package smoke test: OK");
return 0;
