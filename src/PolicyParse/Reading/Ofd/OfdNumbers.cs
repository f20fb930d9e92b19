using System;
using System.Collections.Generic;
using System.Globalization;

namespace PolicyParse.Reading.Ofd;

/// <summary>
/// The number lists of OFD attributes: boxes ("x y w h"), matrices ("a b c d e f") and glyph advances
/// ("DeltaX", where "g 3 5.57" stands for 5.57 three times). Units are millimetres.
/// </summary>
internal static class OfdNumbers
{
    private static readonly char[] Separators = { ' ', '\t', '\r', '\n', ',' };

    /// <summary>The numbers of <paramref name="text"/>; null when any is not a number.</summary>
    public static double[]? Parse(string? text)
    {
        if (text is null)
            return null;
        var parts = text.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        var values = new double[parts.Length];
        for (int i = 0; i < parts.Length; i++)
            if (!TryNumber(parts[i], out values[i]))
                return null;
        return values;
    }

    /// <summary>A glyph-advance list with its "g count value" runs expanded (at most <paramref name="max"/> values); null when malformed.</summary>
    public static List<double>? Deltas(string? text, int max)
    {
        var values = new List<double>();
        if (text is null)
            return values;
        var parts = text.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < parts.Length && values.Count < max; i++)
        {
            if (parts[i] == "g")
            {
                if (i + 2 >= parts.Length || !int.TryParse(parts[i + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out int count)
                    || !TryNumber(parts[i + 2], out double repeated))
                    return null;
                for (int k = 0; k < count && values.Count < max; k++)
                    values.Add(repeated);
                i += 2;
            }
            else if (TryNumber(parts[i], out double value))
                values.Add(value);
            else
                return null;
        }
        return values;
    }

    /// <summary>
    /// Whether a colour's Value ("255 0 0", components 0–255, or "#FF #00 #00" in hexadecimal) is red: three
    /// components are RGB, four CMYK. Other colour spaces (grey, a palette's Index) are not red.
    /// </summary>
    public static bool IsRedColour(string? text)
    {
        if (text is null)
            return false;
        var parts = text.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        var c = new double[parts.Length];
        for (int i = 0; i < parts.Length; i++)
        {
            double value;
            if (parts[i].StartsWith("#", StringComparison.Ordinal))
            {
                if (!int.TryParse(parts[i].Substring(1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int hex))
                    return false;
                value = hex;
            }
            else if (!TryNumber(parts[i], out value))
            {
                return false;
            }
            c[i] = value / 255.0;
        }
        return c.Length switch
        {
            3 => TextColour.IsRed(c[0], c[1], c[2]),
            4 => TextColour.IsRed((1 - c[0]) * (1 - c[3]), (1 - c[1]) * (1 - c[3]), (1 - c[2]) * (1 - c[3])),
            _ => false,
        };
    }

    private static bool TryNumber(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && !double.IsNaN(value) && !double.IsInfinity(value);
}

/// <summary>An affine transform as OFD writes it (CTM "a b c d e f"): x' = a·x + c·y + e, y' = b·x + d·y + f.</summary>
internal readonly record struct OfdMatrix(double A, double B, double C, double D, double E, double F)
{
    public static readonly OfdMatrix Identity = new(1, 0, 0, 1, 0, 0);

    public static OfdMatrix Parse(string? text) =>
        OfdNumbers.Parse(text) is { Length: 6 } m ? new OfdMatrix(m[0], m[1], m[2], m[3], m[4], m[5]) : Identity;

    public (double X, double Y) Apply(double x, double y) => (A * x + C * y + E, B * x + D * y + F);

    /// <summary>How much the transform scales lengths (the square root of its area scale).</summary>
    public double Scale => Math.Sqrt(Math.Abs(A * D - B * C));
}
