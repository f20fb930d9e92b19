using PolicyParse.Normalizing;

namespace PolicyParse.Tests.Normalizing;

public class NormalizerTests
{
    [Theory]
    [InlineData("关于印发X的通    知", "关于印发X的通知")]
    [InlineData("区 政 府 办 公 室", "区政府办公室")]
    [InlineData("2021 年临沭县", "2021年临沭县")]
    [InlineData("\u3000\u3000各镇人民政府\u00A0", "各镇人民政府")]
    [InlineData("２０２１年ＡＢ", "2021年AB")]
    [InlineData("<p>做好中心工作</p>", "做好中心工作")]
    [InlineData("A&nbsp;&amp;&#32;B", "A & B")]
    [InlineData("(三) 围绕优化", "(三)围绕优化")]
    [InlineData("时间: 2019-06-28 09:30", "时间: 2019-06-28 09:30")]
    [InlineData("支持IPv6 协议", "支持IPv6协议")]
    [InlineData("Internet Protocol  v6", "Internet Protocol v6")]
    [InlineData("各镇〈街〉", "各镇〈街〉")]
    [InlineData("市财政局&bsp;&sp;", "市财政局")]
    [InlineData("县人民政府&nbsp&nbsp办公室", "县人民政府办公室")]
    [InlineData("R&D投入", "R&D投入")]
    [InlineData("A&B;C", "A&B;C")]
    public void Normalizes_spaces_widths_and_markup(string input, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(input));

    [Fact]
    public void The_quick_check_finds_every_character_the_normalizer_changes_wherever_it_stands()
    {
        // 40 characters: two blocks of 16 tested at once, then a tail of 8 tested one by one.
        var han = new string('政', 40);
        for (int c = 0; c <= char.MaxValue; c++)
        {
            string alone = "中" + (char)c + "中";
            bool changes = c is '<' or '&' || TextNormalizer.Normalize(alone) != alone; // '<' and '&' start markup
            foreach (int at in new[] { 0, 17, 31, 39 })
            {
                var text = han.Remove(at, 1).Insert(at, ((char)c).ToString());
                Assert.True(changes == TextNormalizer.NeedsWork(text), $"U+{c:X4} at {at}");
            }
        }
    }
}
