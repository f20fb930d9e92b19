using PolicyParse.Parsing;
using PolicyParse.Parsing.Dates;

namespace PolicyParse.Tests.Parsing.Dates;

public class DateAndNumeralTests
{
    [Theory]
    [InlineData("2021年8月10日", 2021, 8, 10)]
    [InlineData("2021 年 8 月 10 日", 2021, 8, 10)]
    [InlineData("二〇二一年八月十日", 2021, 8, 10)]
    [InlineData("二○二一年十二月三十一日", 2021, 12, 31)]
    [InlineData("二O一九年六月二十八日", 2019, 6, 28)]
    [InlineData("二零二二年一月一日", 2022, 1, 1)]
    [InlineData("二〇二〇年二月二十九日", 2020, 2, 29)]
    [InlineData("2O21年8月1O日", 2021, 8, 10)] // OCR: O for 0, l for 1
    [InlineData("202l年1l月3日", 2021, 11, 3)]
    [InlineData("二0二一年八月十日", 2021, 8, 10)]
    public void Arabic_and_Chinese_dates(string text, int y, int m, int d)
    {
        Assert.True(ChineseDate.TryParseWhole(text, out var date));
        Assert.Equal(new DateTime(y, m, d), date);
    }

    [Theory]
    [InlineData("2021年2月30日")]
    [InlineData("二〇二一年二月三十日")]
    [InlineData("2021年8月10日印发")]
    [InlineData("2021年8月")]
    public void Impossible_or_partial_dates_are_not_dates(string text) =>
        Assert.False(ChineseDate.TryParseWhole(text, out _));

    [Theory]
    [InlineData("一", 1)]
    [InlineData("十", 10)]
    [InlineData("十六", 16)]
    [InlineData("二十", 20)]
    [InlineData("二十一", 21)]
    [InlineData("一百零一", 101)]
    [InlineData("12", 12)]
    public void Counting_numerals(string text, int value) => Assert.Equal(value, ChineseNumerals.Parse(text));
}
