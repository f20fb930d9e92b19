using PolicyParse.Parsing;

namespace PolicyParse.Tests.Parsing;

public class OrganNamesTests
{
    [Theory]
    [InlineData("某某市人民政府办公室", new[] { "某某市人民政府办公室" })]
    [InlineData("某某市财政局  某某市税务局", new[] { "某某市财政局", "某某市税务局" })]
    [InlineData("某某市财政局\u3000\u3000某某市税务局", new[] { "某某市财政局", "某某市税务局" })]
    [InlineData("某某市财政局 某某市税务局", new[] { "某某市财政局某某市税务局" })] // one space is no gap (and goes in normalizing)
    [InlineData("  ", new string[0])]
    public void Organs_set_apart_with_two_or_more_spaces_are_separate(string raw, string[] parts) =>
        Assert.Equal(parts, OrganNames.SplitOnWideGaps(raw));
}
