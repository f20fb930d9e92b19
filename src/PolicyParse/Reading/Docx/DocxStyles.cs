using System.Collections.Generic;
using System.IO;
using System.Xml;

namespace PolicyParse.Reading.Docx;

/// <summary>What a paragraph style contributes: its name, outline level, alignment, bold, size and list numbering.</summary>
internal sealed record ParagraphStyle(string? Name, int? OutlineLevel, bool? Centered, bool? Bold, double? FontSize, int? NumId, int? NumLevel, string? BasedOn);

/// <summary>The paragraph styles of word/styles.xml, read in one pass; basedOn chains are resolved on use.</summary>
internal sealed class DocxStyles
{
    private readonly Dictionary<string, ParagraphStyle> _declared = new();
    private readonly Dictionary<string, ParagraphStyle> _resolved = new();

    public DocxStyles(Stream? styles, long maxCharacters)
    {
        if (styles is null) return;
        using var reader = XmlReader.Create(styles, SafeXml.Settings(maxCharacters));
        while (reader.Read())
            if (WordXml.IsStart(reader, "style") && !reader.IsEmptyElement && reader.GetAttribute("styleId", WordXml.Namespace) is { } id)
                _declared[id] = ReadStyle(reader);
    }

    public ParagraphStyle? Get(string? styleId)
    {
        if (styleId is null || !_declared.ContainsKey(styleId))
            return null;
        if (!_resolved.TryGetValue(styleId, out var style))
            _resolved[styleId] = style = Resolve(styleId, depth: 0);
        return style;
    }

    private ParagraphStyle Resolve(string styleId, int depth)
    {
        var own = _declared[styleId];
        if (depth >= 10 || own.BasedOn is not { } baseId || !_declared.ContainsKey(baseId))
            return own;
        var parent = Resolve(baseId, depth + 1);
        return new ParagraphStyle(own.Name ?? parent.Name, own.OutlineLevel ?? parent.OutlineLevel, own.Centered ?? parent.Centered,
            own.Bold ?? parent.Bold, own.FontSize ?? parent.FontSize, own.NumId ?? parent.NumId, own.NumLevel ?? parent.NumLevel, null);
    }

    private static ParagraphStyle ReadStyle(XmlReader reader)
    {
        int depth = reader.Depth;
        string? name = null, basedOn = null;
        int? outline = null, numId = null, numLevel = null;
        bool? centered = null, bold = null;
        double? size = null;
        while (reader.Read() && !WordXml.IsEndAt(reader, depth))
        {
            if (reader.NodeType != XmlNodeType.Element || reader.NamespaceURI != WordXml.Namespace)
                continue;
            switch (reader.LocalName)
            {
                case "name": name = WordXml.Val(reader); break;
                case "basedOn": basedOn = WordXml.Val(reader); break;
                case "outlineLvl": outline = WordXml.IntVal(reader); break;
                case "numId": numId = WordXml.IntVal(reader); break;
                case "ilvl": numLevel = WordXml.IntVal(reader); break;
                case "jc": centered = WordXml.Val(reader) == "center"; break;
                case "b": bold = WordXml.OnOff(reader); break;
                case "sz": size = WordXml.HalfPoints(reader); break;
            }
        }
        return new ParagraphStyle(name, outline, centered, bold, size, numId, numLevel, basedOn);
    }
}
