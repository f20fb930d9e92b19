using System.Xml;

namespace PolicyParse.Reading;

/// <summary>How the readers of XML packages (DOCX, OFD) parse a part: no DTDs or external entities, a bound on its characters.</summary>
internal static class SafeXml
{
    public static XmlReaderSettings Settings(long maxCharacters) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        MaxCharactersInDocument = maxCharacters,
        CloseInput = true,
    };
}
