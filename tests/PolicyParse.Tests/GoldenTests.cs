using System.IO;
using PolicyParse.Json;

namespace PolicyParse.Tests;

/// <summary>
/// Every corpus file is parsed and compared with its reviewed &lt;name&gt;.expected.json. When output
/// changes on purpose, run with POLICYPARSE_UPDATE_GOLDEN=1 to rewrite the goldens, then review the diff.
/// </summary>
public class GoldenTests
{
    public static TheoryData<string> Files() => new(Corpus.NoticeFiles());

    [Theory]
    [MemberData(nameof(Files))]
    public void Parse_matches_reviewed_golden(string fileName)
    {
        var path = Corpus.PathOf(fileName);
        var actual = PolicyJson.Serialize(new PolicyParser().ParseFile(path)) + "\n";
        var goldenPath = Path.ChangeExtension(path, ".expected.json");

        if (Environment.GetEnvironmentVariable("POLICYPARSE_UPDATE_GOLDEN") == "1")
            File.WriteAllText(goldenPath, actual);

        Assert.True(File.Exists(goldenPath), $"no golden for {fileName}; run with POLICYPARSE_UPDATE_GOLDEN=1 and review it");
        Assert.Equal(File.ReadAllText(goldenPath), actual);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Golden_round_trips_through_the_model(string fileName)
    {
        var json = File.ReadAllText(Path.ChangeExtension(Corpus.PathOf(fileName), ".expected.json"));
        Assert.Equal(json, PolicyJson.Serialize(PolicyJson.Deserialize(json)) + "\n");
    }
}
