using System;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using PolicyParse.Model;

namespace PolicyParse.Search.Indexing;

/// <summary>
/// What makes two files one notice: the same document saved as TXT, DOCX, PDF and HTML, a page saved
/// twice by a crawler. The key is, by what the notice has: its canonical 文号 and first issuer; without a
/// 文号, its title (letters, digits and Han characters only), sign date and first issuer; without a
/// title or a date, a fingerprint of its body's letters, digits and Han characters. A 转发 copy has its
/// own 文号 and title, so it stays a notice of its own.
/// </summary>
public static class DocumentKey
{
    /// <summary>The key of <paramref name="notice"/>.</summary>
    public static string Of(PolicyDocument notice) => Of(notice, null);

    /// <summary>The key of <paramref name="notice"/>, whose <see cref="NoticeText.Body"/> the caller has (or null).</summary>
    internal static string Of(PolicyDocument notice, string? body)
    {
        var issuer = notice.Issuers.Count > 0 ? notice.Issuers[0] : "";
        if (notice.DocNumber is { } number)
            return $"number|{number.Text}|{issuer}";
        if ((notice.Title ?? notice.InnerTitle) is { } title && notice.SignDate is { } date)
            return $"title|{Letters(title)}|{date.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}|{issuer}";
        return "body|" + Fingerprint(Letters(body ?? NoticeText.Body(notice)));
    }

    /// <summary>The text's letters, digits and Han characters: what layouts do not change.</summary>
    private static string Letters(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char c in text)
            if (char.IsLetterOrDigit(c))
                sb.Append(c);
        return sb.ToString();
    }

    private static string Fingerprint(string text)
    {
        using var sha = SHA256.Create();
        var hash = sha.ComputeHash(Encoding.UTF8.GetBytes(text));
        return BitConverter.ToString(hash, 0, 16).Replace("-", "").ToLowerInvariant();
    }
}
