namespace PolicyParse;

/// <summary>When the pages of a PDF are read by OCR (<see cref="PolicyParserOptions.Ocr"/>).</summary>
public enum OcrMode
{
    /// <summary>Pages without a text layer, and scanned pages whose text layer fails the quality check, when the OCR tools are installed.</summary>
    Auto,

    /// <summary>Text layers only; a scanned PDF without one is refused as before.</summary>
    Never,

    /// <summary>Every page, whatever its text layer holds; the OCR tools must be installed.</summary>
    Always,
}
