using System;
using System.Collections.Generic;
using System.Globalization;
using System.Xml.Linq;
using PolicyParse.Reading.Pdf;

namespace PolicyParse.Reading.Ofd;

/// <summary>
/// The text and rules of one OFD page's content (or a template's): every TextObject's glyphs placed from
/// its TextCode runs (X, Y, DeltaX, DeltaY), its CTM and its Boundary (with its weight and whether its
/// FillColor is red), and every PathObject's straight lines, both turned from millimetres with y down
/// into points with y up, so the PDF reader's line, table and paragraph building takes them. Images, annotations and seals are not text.
/// </summary>
internal sealed class OfdPageObjects
{
    private const double PointsPerMillimetre = 72 / 25.4;

    /// <summary>A filled rectangle thinner than this (mm) is drawn as a rule.</summary>
    private const double ThinMillimetres = 0.9;

    private readonly double _pageHeight;
    private readonly IReadOnlyDictionary<string, string> _fonts;
    private readonly int _maxCharacters;
    private int _characters;

    /// <param name="pageHeight">The page's height in millimetres.</param>
    /// <param name="fonts">Font names by resource ID (a bold face is told by its name as well as by weight).</param>
    /// <param name="maxCharacters">The most glyphs a page may place.</param>
    public OfdPageObjects(double pageHeight, IReadOnlyDictionary<string, string> fonts, int maxCharacters)
    {
        _pageHeight = pageHeight;
        _fonts = fonts;
        _maxCharacters = maxCharacters;
    }

    public List<PositionedText> Text { get; } = new();

    public List<RuleSegment> Rules { get; } = new();

    /// <summary>The ImageObjects met: counted, not read.</summary>
    public int Images { get; private set; }

    /// <summary>Adds what a Content element (of a page or a template) holds, in any nesting of layers and page blocks.</summary>
    public void Add(XElement content)
    {
        foreach (var element in content.Descendants())
        {
            switch (element.Name.LocalName)
            {
                case "TextObject":
                    AddText(element);
                    break;
                case "PathObject":
                    AddPath(element);
                    break;
                case "ImageObject":
                    Images++;
                    break;
            }
        }
    }

    private void AddText(XElement text)
    {
        var box = OfdNumbers.Parse((string?)text.Attribute("Boundary"));
        if (box is not { Length: 4 })
            return;
        var ctm = OfdMatrix.Parse((string?)text.Attribute("CTM"));
        double size = Number(text.Attribute("Size"), 3.5);
        double hScale = Number(text.Attribute("HScale"), 1);
        bool bold = Number(text.Attribute("Weight"), 400) >= 700 || (string?)text.Attribute("Bold") == "true"
                    || ((string?)text.Attribute("Font") is { } font && _fonts.TryGetValue(font, out var name) && IsBoldFace(name));
        bool red = OfdNumbers.IsRedColour((string?)FirstNamed(text.Elements(), "FillColor")?.Attribute("Value"));
        double x = 0, y = 0;
        foreach (var code in text.Elements())
        {
            if (code.Name.LocalName != "TextCode")
                continue;
            var glyphs = Glyphs(code.Value);
            x = Number(code.Attribute("X"), x);
            y = Number(code.Attribute("Y"), y);
            var deltaX = OfdNumbers.Deltas((string?)code.Attribute("DeltaX"), glyphs.Count) ?? new List<double>();
            var deltaY = OfdNumbers.Deltas((string?)code.Attribute("DeltaY"), glyphs.Count) ?? new List<double>();
            for (int i = 0; i < glyphs.Count; i++)
            {
                if (++_characters > _maxCharacters)
                    return;
                double advance = i < deltaX.Count ? deltaX[i] : size * hScale;
                var (left, baseline) = ctm.Apply(x, y);
                var (right, _) = ctm.Apply(x + Math.Max(advance, size * hScale * 0.5), y);
                Text.Add(new PositionedText(glyphs[i],
                    (box[0] + Math.Min(left, right)) * PointsPerMillimetre, (box[0] + Math.Max(left, right)) * PointsPerMillimetre,
                    (_pageHeight - box[1] - baseline) * PointsPerMillimetre, size * ctm.Scale * PointsPerMillimetre, bold, red));
                x += advance;
                if (i < deltaY.Count) y += deltaY[i];
            }
        }
    }

    /// <summary>The straight lines of a PathObject's AbbreviatedData (S/M move, L line, C close; curves only move the pen).</summary>
    private void AddPath(XElement path)
    {
        var box = OfdNumbers.Parse((string?)path.Attribute("Boundary"));
        var data = FirstNamed(path.Elements(), "AbbreviatedData");
        if (box is not { Length: 4 } || data is null)
            return;
        var ctm = OfdMatrix.Parse((string?)path.Attribute("CTM"));
        bool stroked = (string?)path.Attribute("Stroke") != "false";
        bool filled = (string?)path.Attribute("Fill") == "true";
        var tokens = data.Value.Split(new[] { ' ', '\t', '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries);
        var subpath = new List<(double X, double Y)>();
        (double X, double Y) start = default, pen = default;
        void Flush()
        {
            if (filled && !stroked && subpath.Count >= 3)
                AddThinBox(box, ctm, subpath);
            subpath.Clear();
        }
        for (int i = 0; i < tokens.Length; i++)
        {
            int operands = tokens[i] switch { "S" or "M" or "L" => 2, "Q" => 4, "B" => 6, "A" => 7, _ => 0 };
            if (i + operands >= tokens.Length + (operands == 0 ? 1 : 0))
                break;
            var values = new double[operands];
            for (int k = 0; k < operands; k++)
                if (!double.TryParse(tokens[i + 1 + k], NumberStyles.Float, CultureInfo.InvariantCulture, out values[k]))
                    return; // malformed data: no rules from it
            switch (tokens[i])
            {
                case "S":
                case "M":
                    Flush();
                    start = pen = (values[0], values[1]);
                    subpath.Add(pen);
                    break;
                case "L":
                    if (stroked) AddRule(box, ctm, pen, (values[0], values[1]));
                    pen = (values[0], values[1]);
                    subpath.Add(pen);
                    break;
                case "Q":
                case "B":
                case "A":
                    pen = (values[operands - 2], values[operands - 1]);
                    subpath.Add(pen);
                    break;
                case "C":
                    if (stroked) AddRule(box, ctm, pen, start);
                    pen = start;
                    break;
            }
            i += operands;
        }
        Flush();
    }

    private void AddRule(double[] box, OfdMatrix ctm, (double X, double Y) from, (double X, double Y) to)
    {
        var (x1, y1) = ToPoints(box, ctm, from);
        var (x2, y2) = ToPoints(box, ctm, to);
        if (Math.Abs(x1 - x2) > 0.01 || Math.Abs(y1 - y2) > 0.01)
            Rules.Add(new RuleSegment(x1, y1, x2, y2));
    }

    /// <summary>A filled rectangle thin enough to be a line (how some producers draw table rules).</summary>
    private void AddThinBox(double[] box, OfdMatrix ctm, List<(double X, double Y)> corners)
    {
        double minX = double.MaxValue, minY = double.MaxValue, maxX = double.MinValue, maxY = double.MinValue;
        foreach (var corner in corners)
        {
            var (x, y) = ToPoints(box, ctm, corner);
            (minX, maxX, minY, maxY) = (Math.Min(minX, x), Math.Max(maxX, x), Math.Min(minY, y), Math.Max(maxY, y));
        }
        double thin = ThinMillimetres * PointsPerMillimetre;
        if (maxX - minX < thin && maxY - minY > thin)
            Rules.Add(new RuleSegment((minX + maxX) / 2, minY, (minX + maxX) / 2, maxY));
        else if (maxY - minY < thin && maxX - minX > thin)
            Rules.Add(new RuleSegment(minX, (minY + maxY) / 2, maxX, (minY + maxY) / 2));
    }

    private (double X, double Y) ToPoints(double[] box, OfdMatrix ctm, (double X, double Y) p)
    {
        var (x, y) = ctm.Apply(p.X, p.Y);
        return ((box[0] + x) * PointsPerMillimetre, (_pageHeight - box[1] - y) * PointsPerMillimetre);
    }

    /// <summary>The characters of a text run, a surrogate pair as one glyph.</summary>
    private static List<string> Glyphs(string text)
    {
        var glyphs = new List<string>(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            bool pair = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            glyphs.Add(pair ? text.Substring(i++, 2) : text[i].ToString());
        }
        return glyphs;
    }

    private static bool IsBoldFace(string fontName) => fontName.IndexOf("Bold", StringComparison.OrdinalIgnoreCase) >= 0;

    private static XElement? FirstNamed(IEnumerable<XElement> elements, string localName)
    {
        foreach (var element in elements)
            if (element.Name.LocalName == localName)
                return element;
        return null;
    }

    private static double Number(XAttribute? attribute, double fallback) =>
        attribute is not null && double.TryParse(attribute.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) ? value : fallback;
}
