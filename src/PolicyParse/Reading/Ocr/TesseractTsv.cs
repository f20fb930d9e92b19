using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PolicyParse.Reading;

namespace PolicyParse.Reading.Ocr;

/// <summary>
/// Reads tesseract's TSV output (one row per page, block, paragraph, line and word, with pixel boxes) into
/// positioned words in points, so the PDF reader's line and paragraph building takes them like letters.
/// The words of one OCR line share its baseline (the bottom of the line's box) and a size (the median
/// height of its words), which keeps a tall bracket or a low comma from splitting the line.
/// </summary>
internal static class TesseractTsv
{
    private const int PageLevel = 1, LineLevel = 4, WordLevel = 5;

    /// <summary>The page's width in points and its words; <paramref name="dpi"/> is the resolution the page was rendered at.</summary>
    public static (double PageWidth, List<PositionedText> Words) Read(string tsv, int dpi)
    {
        double scale = 72.0 / dpi, pageHeight = 0, pageWidth = 0;
        var lines = new Dictionary<(int Block, int Paragraph, int Line), (double Bottom, List<Row> Words)>();
        foreach (var raw in tsv.Split('\n'))
        {
            if (!Row.TryParse(raw.TrimEnd('\r'), out var row))
                continue; // the header and anything malformed
            var key = (row.Block, row.Paragraph, row.Line);
            switch (row.Level)
            {
                case PageLevel:
                    (pageWidth, pageHeight) = (row.Width * scale, row.Height * scale);
                    break;
                case LineLevel:
                    lines[key] = (row.Top + row.Height, new List<Row>());
                    break;
                case WordLevel when row.Text.Trim().Length > 0 && lines.TryGetValue(key, out var line):
                    line.Words.Add(row);
                    break;
            }
        }

        var words = new List<PositionedText>();
        foreach (var (bottom, lineWords) in lines.Values)
        {
            if (lineWords.Count == 0)
                continue;
            double size = Median(lineWords.Select(w => (double)w.Height)) * scale;
            double baseline = pageHeight - bottom * scale;
            foreach (var w in lineWords)
                words.Add(new PositionedText(w.Text.Trim(), w.Left * scale, (w.Left + w.Width) * scale, baseline, size, Bold: false));
        }
        return (pageWidth, words);
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted[sorted.Count / 2];
    }

    private readonly record struct Row(int Level, int Block, int Paragraph, int Line, int Left, int Top, int Width, int Height, string Text)
    {
        /// <summary>level page_num block_num par_num line_num word_num left top width height conf text.</summary>
        public static bool TryParse(string line, out Row row)
        {
            row = default;
            var f = line.Split('\t');
            if (f.Length < 12 || !Int(f[0], out int level))
                return false;
            if (!Int(f[2], out int block) || !Int(f[3], out int paragraph) || !Int(f[4], out int lineNumber)
                || !Int(f[6], out int left) || !Int(f[7], out int top) || !Int(f[8], out int width) || !Int(f[9], out int height))
                return false;
            row = new Row(level, block, paragraph, lineNumber, left, top, width, height, string.Join("\t", f, 11, f.Length - 11));
            return true;
        }

        private static bool Int(string s, out int value) => int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out value);
    }
}
