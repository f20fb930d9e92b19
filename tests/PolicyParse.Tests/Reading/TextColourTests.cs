using PolicyParse.Reading;

namespace PolicyParse.Tests.Reading;

public class TextColourTests
{
    [Theory]
    [InlineData(1.0, 0.0, 0.0, true)]
    [InlineData(0.75, 0.0, 0.0, true)] // Word's dark red C00000
    [InlineData(0.9, 0.0, 0.07, true)] // print red E60012
    [InlineData(0.0, 0.0, 0.0, false)]
    [InlineData(1.0, 0.4, 0.0, false)] // orange
    [InlineData(1.0, 0.6, 0.7, false)] // pink
    [InlineData(0.5, 0.25, 0.1, false)] // brown
    public void Red_is_a_strong_red_channel_over_weak_green_and_blue(double r, double g, double b, bool red) =>
        Assert.Equal(red, TextColour.IsRed(r, g, b));

    [Theory]
    [InlineData("FF0000", true)]
    [InlineData("#c00000", true)]
    [InlineData("auto", false)]
    [InlineData("FF00", false)]
    [InlineData(null, false)]
    public void A_hexadecimal_colour_is_read_as_rrggbb(string? value, bool red) => Assert.Equal(red, TextColour.IsRedHex(value));
}
