using PolicyParse.Reading.Ocr;

namespace PolicyParse.Tests.Reading.Ocr;

public class TesseractTsvTests
{
    // A page of 2480 × 3508 pixels at 300 dpi (A4) with one line of three words, a blank word, and a broken row.
    private const string Tsv =
        "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
        + "1\t1\t0\t0\t0\t0\t0\t0\t2480\t3508\t-1\t\n"
        + "2\t1\t1\t0\t0\t0\t600\t300\t900\t100\t-1\t\n"
        + "3\t1\t1\t1\t0\t0\t600\t300\t900\t100\t-1\t\n"
        + "4\t1\t1\t1\t1\t0\t600\t300\t900\t100\t-1\t\n"
        + "5\t1\t1\t1\t1\t1\t600\t310\t300\t80\t91.5\t苏府办\n"
        + "5\t1\t1\t1\t1\t2\t920\t300\t250\t100\t57.9\t【2019]j\n"
        + "5\t1\t1\t1\t1\t3\t1190\t312\t60\t76\t95.0\t \n"
        + "5\t1\t1\t1\t1\t4\t1260\t310\t240\t80\t88.0\t118号\n"
        + "5\tnot a row\n";

    [Fact]
    public void Words_come_out_in_points_on_their_line_s_baseline_with_the_median_height_as_size()
    {
        var (width, words) = TesseractTsv.Read(Tsv, 300);
        Assert.Equal(2480 * 72.0 / 300, width, 3);
        Assert.Equal(new[] { "苏府办", "【2019]j", "118号" }, words.Select(w => w.Text));
        Assert.Equal(600 * 72.0 / 300, words[0].Left, 3);
        Assert.Equal(900 * 72.0 / 300, words[0].Right, 3);
        // one baseline for the line (the bottom of its box, from the page's bottom), whatever each word's box
        Assert.All(words, w => Assert.Equal((3508 - 400) * 72.0 / 300, w.Baseline, 3));
        Assert.All(words, w => Assert.Equal(80 * 72.0 / 300, w.Size, 3));
        Assert.All(words, w => Assert.False(w.Bold));
    }

    [Fact]
    public void Output_without_rows_gives_no_words()
    {
        var (_, words) = TesseractTsv.Read("level\tpage_num\n", 300);
        Assert.Empty(words);
    }
}
