using System.Xml;

namespace PolicyParse.Reading.Docx;

/// <summary>Helpers for reading WordprocessingML with a bare <see cref="XmlReader"/>.</summary>
internal static class WordXml
{
    public const string Namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public const string MarkupCompatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    /// <summary>True when the reader stands on the start of w:<paramref name="localName"/>.</summary>
    public static bool IsStart(XmlReader reader, string localName) =>
        reader.NodeType == XmlNodeType.Element && reader.LocalName == localName && reader.NamespaceURI == Namespace;

    /// <summary>True when the reader stands on the end of the element that started at <paramref name="depth"/>.</summary>
    public static bool IsEndAt(XmlReader reader, int depth) => reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth;

    /// <summary>
    /// Consumes the element the reader stands on, leaving it on the element's end (or on the element
    /// itself when empty), so that a loop's next Read moves past it. (XmlReader.Skip moves one node
    /// further, which a Read loop would then step over.)
    /// </summary>
    public static void SkipToEnd(XmlReader reader)
    {
        if (reader.IsEmptyElement) return;
        int depth = reader.Depth;
        while (reader.Read() && !IsEndAt(reader, depth)) { }
    }

    public static string? Val(XmlReader reader) => reader.GetAttribute("val", Namespace);

    public static int? IntVal(XmlReader reader) =>
        int.TryParse(Val(reader), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out int value) ? value : null;

    /// <summary>An on/off property (w:b): present without a value means on.</summary>
    public static bool OnOff(XmlReader reader) => Val(reader) is not ("0" or "false" or "off");

    /// <summary>w:sz is in half-points.</summary>
    public static double? HalfPoints(XmlReader reader) => IntVal(reader) is { } halfPoints ? halfPoints / 2.0 : null;
}
