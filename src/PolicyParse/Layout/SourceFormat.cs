namespace PolicyParse.Layout;

/// <summary>The input formats PolicyParse recognizes.</summary>
public enum SourceFormat
{
    /// <summary>Plain text in any common encoding.</summary>
    Text,
    /// <summary>Office Open XML word processing document.</summary>
    Docx,
    /// <summary>Portable Document Format.</summary>
    Pdf,
    /// <summary>HTML web page.</summary>
    Html,
    /// <summary>Markdown (CommonMark with pipe tables and front matter), as crawlers, legal collections and document converters write it.</summary>
    Markdown,
    /// <summary>Legacy Word 97-2003 binary document, read through LibreOffice.</summary>
    Doc,
    /// <summary>WPS Office document, read through LibreOffice.</summary>
    Wps,
    /// <summary>Rich Text Format, read through LibreOffice.</summary>
    Rtf,
    /// <summary>OpenDocument text, read through LibreOffice.</summary>
    Odt,
    /// <summary>OFD (GB/T 33190), China's fixed-layout document format.</summary>
    Ofd,
}
