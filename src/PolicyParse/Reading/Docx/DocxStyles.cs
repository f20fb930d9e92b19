using System.Collections.Generic;
using DocumentFormat.OpenXml.Wordprocessing;

namespace PolicyParse.Reading.Docx;

/// <summary>What a paragraph style contributes: its name, outline level, alignment, bold, size and list numbering (basedOn resolved).</summary>
internal sealed record ParagraphStyle(string? Name, int? OutlineLevel, bool? Centered, bool? Bold, double? FontSize, int? NumId, int? NumLevel);

internal sealed class DocxStyles
{
    private readonly Dictionary<string, Style> _byId = new();
    private readonly Dictionary<string, ParagraphStyle> _resolved = new();

    public DocxStyles(Styles? styles)
    {
        if (styles is null) return;
        foreach (var style in styles.Elements<Style>())
            if (style.StyleId?.Value is { } id)
                _byId[id] = style;
    }

    public ParagraphStyle? Get(string? styleId)
    {
        if (styleId is null || !_byId.ContainsKey(styleId))
            return null;
        if (_resolved.TryGetValue(styleId, out var cached))
            return cached;
        return _resolved[styleId] = Resolve(styleId, depth: 0);
    }

    private ParagraphStyle Resolve(string styleId, int depth)
    {
        var style = _byId[styleId];
        var parent = depth < 10 && style.BasedOn?.Val?.Value is { } baseId && _byId.ContainsKey(baseId) ? Resolve(baseId, depth + 1) : null;
        var pPr = style.StyleParagraphProperties;
        var rPr = style.StyleRunProperties;
        var numPr = pPr?.NumberingProperties;
        return new ParagraphStyle(
            style.StyleName?.Val?.Value ?? parent?.Name,
            pPr?.OutlineLevel?.Val?.Value ?? parent?.OutlineLevel,
            pPr?.Justification?.Val is { } jc ? jc.InnerText == "center" : parent?.Centered,
            rPr?.Bold is { } bold ? bold.Val?.Value ?? true : parent?.Bold,
            rPr?.FontSize?.Val?.Value is { } size && double.TryParse(size, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double halfPoints) ? halfPoints / 2 : parent?.FontSize,
            numPr?.NumberingId?.Val?.Value ?? parent?.NumId,
            numPr?.NumberingLevelReference?.Val?.Value ?? parent?.NumLevel);
    }
}
