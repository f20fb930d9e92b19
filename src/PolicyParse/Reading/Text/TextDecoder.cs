using System;
using System.Text;

namespace PolicyParse.Reading.Text;

/// <summary>
/// Decodes text files without trusting a declared encoding: a BOM decides where there is one;
/// otherwise the bytes must be valid UTF-8, else valid GB18030 (the superset of GB2312 and GBK that
/// government archives use), else the file is rejected rather than decoded into mojibake.
/// </summary>
internal static class TextDecoder
{
    private const int Gb18030CodePage = 54936;

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);

    private static readonly Lazy<Encoding> StrictGb18030 = new(() =>
        CodePagesEncodingProvider.Instance.GetEncoding(Gb18030CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)
        ?? throw new InvalidOperationException("GB18030 is not available on this platform"));

    /// <summary>Decodes <paramref name="bytes"/> and names the encoding it found.</summary>
    public static (string Text, string EncodingName) Decode(byte[] bytes, string? fileName)
    {
        if (bytes.Length == 0)
            throw new PolicyParseException(fileName, "the file is empty");

        if (TryDecodeWithBom(bytes, fileName, out var text, out var name))
            return (text, name);

        // Text in UTF-8 or GB18030 has no NUL bytes; UTF-16 without a BOM has them for every ASCII character.
        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            if (LooksLikeBomlessUtf16(bytes, out var littleEndian))
                return (Decode(new UnicodeEncoding(!littleEndian, false, true), bytes, 0, fileName), littleEndian ? "UTF-16LE" : "UTF-16BE");
            throw new PolicyParseException(fileName, "the file holds binary data (NUL bytes), not text");
        }

        try
        {
            return (StrictUtf8.GetString(bytes), "UTF-8");
        }
        catch (DecoderFallbackException)
        {
            // Not UTF-8: the usual reason in Chinese archives is GBK/GB18030.
        }

        try
        {
            return (StrictGb18030.Value.GetString(bytes), "GB18030");
        }
        catch (DecoderFallbackException)
        {
            throw new PolicyParseException(fileName, "the text is neither valid UTF-8, UTF-16 nor GB18030/GBK; re-save it as UTF-8");
        }
    }

    private static bool TryDecodeWithBom(byte[] b, string? fileName, out string text, out string name)
    {
        (Encoding? encoding, int skip, name) = b switch
        {
            [0xEF, 0xBB, 0xBF, ..] => (StrictUtf8, 3, "UTF-8"),
            [0xFF, 0xFE, 0x00, 0x00, ..] => (new UTF32Encoding(false, false, true), 4, "UTF-32LE"),
            [0xFF, 0xFE, ..] => (new UnicodeEncoding(false, false, true), 2, "UTF-16LE"),
            [0xFE, 0xFF, ..] => (new UnicodeEncoding(true, false, true), 2, "UTF-16BE"),
            _ => ((Encoding?)null, 0, ""),
        };
        text = encoding is null ? "" : Decode(encoding, b, skip, fileName);
        return encoding is not null;
    }

    private static string Decode(Encoding encoding, byte[] bytes, int skip, string? fileName)
    {
        try
        {
            return encoding.GetString(bytes, skip, bytes.Length - skip);
        }
        catch (DecoderFallbackException e)
        {
            throw new PolicyParseException(fileName, $"the text is not valid {encoding.WebName}", e);
        }
    }

    /// <summary>Chinese or ASCII UTF-16 without a BOM still shows NUL high bytes on one side for ASCII characters.</summary>
    private static bool LooksLikeBomlessUtf16(byte[] b, out bool littleEndian)
    {
        int sample = Math.Min(b.Length & ~1, 4096), evenZeros = 0, oddZeros = 0;
        for (int i = 0; i < sample; i += 2)
        {
            if (b[i] == 0) evenZeros++;
            if (b[i + 1] == 0) oddZeros++;
        }
        int pairs = Math.Max(1, sample / 2);
        littleEndian = oddZeros > evenZeros;
        // Line breaks and digits alone give enough NUL bytes in a real notice; binary files show NULs on both sides.
        return Math.Max(evenZeros, oddZeros) * 20 >= pairs && Math.Min(evenZeros, oddZeros) * 20 < pairs;
    }
}
