using System;
#if NET8_0_OR_GREATER
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
#endif
using System.Text.RegularExpressions;

namespace PolicyParse.Normalizing;

/// <summary>
/// Brings a paragraph's text to one canonical form so that the parser sees the same characters
/// whatever the source format or the typist did: odd spaces become plain ones, full-width digits and
/// letters become half-width, leftover HTML tags and entities go, and spaces that only pad Chinese
/// text ("通    知", "区 政 府", "2021 年") are removed. Punctuation is kept as written.
/// </summary>
internal static class TextNormalizer
{
    private static readonly TimeSpan RegexTimeout = PatternTimeout.Value;

    private static readonly Regex HtmlTag = new(
        @"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>", RegexOptions.Compiled | RegexOptions.CultureInvariant, RegexTimeout);

    private static readonly Regex HtmlEntity = new(
        @"&(?:(?<name>nbsp|ensp|emsp|thinsp|amp|lt|gt|quot|apos);|#(?<dec>[0-9]{1,7});|#[xX](?<hex>[0-9a-fA-F]{1,6});|(?<broken>nbsp(?![a-zA-Z;])|[a-zA-Z]{2,8};))",
        RegexOptions.Compiled | RegexOptions.CultureInvariant, RegexTimeout);

    /// <summary>
    /// The characters <see cref="Normalize"/> may change: '&lt;' and '&amp;' (tags, entities), spaces and the
    /// characters <see cref="MapChar"/> maps. Most lines hold none, and one table look-up per character
    /// tells so faster than mapping each.
    /// </summary>
    private static readonly bool[] MayChange = BuildMayChange();

    /// <summary>Normalizes one paragraph or cell.</summary>
    public static string Normalize(string text)
    {
        if (!NeedsWork(text))
            return text; // most lines of a clean file: no copy
        if (text.IndexOf('<') >= 0)
            text = HtmlTag.Replace(text, "");
        if (text.IndexOf('&') >= 0)
            text = HtmlEntity.Replace(text, DecodeEntity);
        if (!NeedsWork(text))
            return text;

        var buffer = new char[text.Length];
        int length = 0;
        bool pendingSpace = false;
        foreach (char raw in text)
        {
            char c = MapChar(raw);
            if (c == '\0')
                continue; // zero-width characters
            if (c == ' ')
            {
                pendingSpace = length > 0;
                continue;
            }
            if (pendingSpace && KeepSpaceBetween(buffer[length - 1], c))
                buffer[length++] = ' ';
            pendingSpace = false;
            buffer[length++] = c;
        }
        return new string(buffer, 0, length);
    }

    /// <summary>
    /// Whether <paramref name="text"/> holds a character of <see cref="MayChange"/>: on .NET 8 and later 16
    /// characters at a time while 16 remain (a few vector comparisons rule out Han text), then one by one.
    /// </summary>
    internal static bool NeedsWork(string text)
    {
        int i = 0;
#if NET8_0_OR_GREATER
        if (Vector256.IsHardwareAccelerated)
        {
            ref ushort start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text.AsSpan()));
            for (; i + Vector256<ushort>.Count <= text.Length; i += Vector256<ushort>.Count)
                if (MayChangeAny(Vector256.LoadUnsafe(ref start, (nuint)i)))
                    return true;
        }
#endif
        var mayChange = MayChange;
        for (; i < text.Length; i++)
            if (mayChange[text[i]])
                return true;
        return false;
    }

#if NET8_0_OR_GREATER
    /// <summary>Whether any of 16 characters is one <see cref="MayChange"/> holds, all compared at once.</summary>
    private static bool MayChangeAny(Vector256<ushort> c)
    {
        var hit = Vector256.Equals(c, Vector256.Create((ushort)' ')) | Vector256.Equals(c, Vector256.Create((ushort)'\t'))
                  | Vector256.Equals(c, Vector256.Create((ushort)'<')) | Vector256.Equals(c, Vector256.Create((ushort)'&'))
                  | Vector256.Equals(c, Vector256.Create((ushort)0x00A0)) | Vector256.Equals(c, Vector256.Create((ushort)0x1680))
                  | Vector256.LessThan(c - Vector256.Create((ushort)0x2000), Vector256.Create((ushort)(0x200D - 0x2000 + 1)))
                  | Vector256.Equals(c, Vector256.Create((ushort)0x202F)) | Vector256.Equals(c, Vector256.Create((ushort)0x205F))
                  | Vector256.Equals(c, Vector256.Create((ushort)0x2060)) | Vector256.Equals(c, Vector256.Create((ushort)0x3000))
                  | Vector256.Equals(c, Vector256.Create((ushort)0xFEFF))
                  | Vector256.LessThan(c - Vector256.Create((ushort)'０'), Vector256.Create((ushort)10))
                  | Vector256.LessThan(c - Vector256.Create((ushort)'Ａ'), Vector256.Create((ushort)26))
                  | Vector256.LessThan(c - Vector256.Create((ushort)'ａ'), Vector256.Create((ushort)26));
        return hit != Vector256<ushort>.Zero;
    }
#endif

    private static bool[] BuildMayChange()
    {
        var table = new bool[char.MaxValue + 1];
        for (int c = 0; c <= char.MaxValue; c++)
            table[c] = c is ' ' or '<' or '&' || MapChar((char)c) != c;
        return table;
    }

    /// <summary>Maps odd spaces to ' ', zero-width characters to '\0', full-width ASCII letters and digits to half-width.</summary>
    private static char MapChar(char c)
    {
        if (c < 0x80)
            return c == '\t' ? ' ' : c;
        switch (c)
        {
            case '\u00A0':
            case '\u1680':
            case '\u202F':
            case '\u205F':
            case '\u3000':
                return ' ';
            case '\u200B':
            case '\u200C':
            case '\u200D':
            case '\u2060':
            case '\uFEFF':
                return '\0';
        }
        if (c >= '\u2000' && c <= '\u200A')
            return ' ';
        if ((c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ'))
            return (char)(c - 0xFEE0);
        return c;
    }

    /// <summary>
    /// A single space survives only between two characters of Latin script or digits ("IPv6 协议" keeps
    /// none, "2019-06-28 09:30" keeps its). Chinese text does not separate words with spaces, so any
    /// space next to a Chinese character or Chinese punctuation is padding.
    /// </summary>
    private static bool KeepSpaceBetween(char left, char right) => !IsCjk(left) && !IsCjk(right);

    /// <summary>Han characters, CJK punctuation and full-width forms.</summary>
    internal static bool IsCjk(char c) =>
        (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\u3000' && c <= '\u303F')
        || (c >= '\uFF00' && c <= '\uFFEF') || (c >= '\u2018' && c <= '\u201F') || c == '\u2014' || c == '\u2026'
        || (c >= '\u2460' && c <= '\u24FF') || (c >= '\uFE30' && c <= '\uFE4F') || c == '\uFE5D' || c == '\uFE5E'
        || char.IsHighSurrogate(c) || char.IsLowSurrogate(c);

    /// <summary>Han ideographs only.</summary>
    internal static bool IsHan(char c) => (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || c == '〇';

    private static string DecodeEntity(Match m)
    {
        if (m.Groups["broken"].Success)
            return " ";
        if (m.Groups["name"].Success)
            return m.Groups["name"].Value switch
            {
                "amp" => "&",
                "lt" => "<",
                "gt" => ">",
                "quot" => "\"",
                "apos" => "'",
                _ => " ",
            };
        int code = m.Groups["dec"].Success
            ? int.Parse(m.Groups["dec"].Value, System.Globalization.CultureInfo.InvariantCulture)
            : int.Parse(m.Groups["hex"].Value, System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture);
        return code is > 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF) ? char.ConvertFromUtf32(code) : m.Value;
    }
}
