using System;
using System.Globalization;

namespace PolicyParse.Reading;

/// <summary>
/// Tells red text from the rest, whichever way a format writes a colour: GB/T 9704 prints the organ mark
/// (发文机关标志) in red, so a red line in the header is a banner, not the first line of a title.
/// </summary>
internal static class TextColour
{
    /// <summary>
    /// A strong red channel over weak green and blue (channels 0–1): pure red FF0000, Word's dark red
    /// C00000, the print red E60012; not orange, pink, brown or black.
    /// </summary>
    public static bool IsRed(double red, double green, double blue) =>
        red >= 0.55 && green <= 0.35 && blue <= 0.35 && red - Math.Max(green, blue) >= 0.4;

    /// <summary>A hexadecimal RRGGBB value (Word's w:color, with or without #); "auto" and anything else is not red.</summary>
    public static bool IsRedHex(string? value)
    {
        var hex = value is not null && value.StartsWith("#", StringComparison.Ordinal) ? value.Substring(1) : value;
        if (hex is not { Length: 6 } || !int.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int rgb))
            return false;
        return IsRed((rgb >> 16 & 0xFF) / 255.0, (rgb >> 8 & 0xFF) / 255.0, (rgb & 0xFF) / 255.0);
    }
}
