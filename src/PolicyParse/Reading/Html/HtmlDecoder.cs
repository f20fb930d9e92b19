using System;
using System.Text;
using System.Text.RegularExpressions;
using PolicyParse.Reading.Text;

namespace PolicyParse.Reading.Html;

/// <summary>
/// Decodes a web page: a byte-order mark wins, then the charset the page declares (&lt;meta charset&gt;
/// or http-equiv Content-Type), then detection as for plain text (strict UTF-8, else GB18030). GB2312
/// and GBK pages are decoded as GB18030, their superset. A declaration the bytes contradict (a page
/// that says gb2312 but is UTF-8) falls back to detection.
/// </summary>
internal static class HtmlDecoder
{
    private static readonly Regex DeclaredCharset = new(
        @"<meta[^>]+charset\s*=\s*[""']?\s*(?<name>[A-Za-z0-9_\-]+)",
        RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, PatternTimeout.Value);

    public static string Decode(byte[] bytes, string? fileName)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xEF && bytes.Length >= 3 && bytes[1] == 0xBB && bytes[2] == 0xBF) || (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
            return TextDecoder.Decode(bytes, fileName).Text;

        // The declaration sits in the first kilobytes and is ASCII in every encoding a page may declare.
        var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 4096));
        var declared = DeclaredCharset.Match(head);
        if (declared.Success && StrictEncoding(declared.Groups["name"].Value) is { } encoding)
        {
            try
            {
                return encoding.GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                // The page lies about its encoding; let the bytes speak.
            }
        }
        return TextDecoder.Decode(bytes, fileName).Text;
    }

    private static Encoding? StrictEncoding(string name)
    {
        var key = name.Trim().ToLowerInvariant();
        if (key is "gb2312" or "gbk" or "gb18030" or "x-gbk" or "cp936" or "windows-936" or "gb_2312-80" or "euc-cn")
            key = "gb18030";
        if (key is "utf-8" or "utf8")
            return new UTF8Encoding(false, throwOnInvalidBytes: true);
        try
        {
            int codePage = (CodePagesEncodingProvider.Instance.GetEncoding(key) ?? Encoding.GetEncoding(key)).CodePage;
            return CodePagesEncodingProvider.Instance.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)
                   ?? Encoding.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            return null; // an unknown name, or one .NET will not decode (UTF-7): detect instead
        }
    }
}
