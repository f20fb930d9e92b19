using System.Security.Cryptography;

namespace PolicyParse.Layout;

/// <summary>The content hash that <c>source.sha256</c> carries, for callers that must compare files before parsing them.</summary>
internal static class Hashing
{
    /// <summary>Lower-case hex SHA-256 of <paramref name="content"/>.</summary>
    public static string Sha256Hex(byte[] content)
    {
#if NET5_0_OR_GREATER
        return System.Convert.ToHexString(SHA256.HashData(content)).ToLowerInvariant();
#else
        using var sha = SHA256.Create();
        var hash = sha.ComputeHash(content);
        var chars = new char[hash.Length * 2];
        for (int i = 0; i < hash.Length; i++)
        {
            chars[2 * i] = HexDigit(hash[i] >> 4);
            chars[2 * i + 1] = HexDigit(hash[i] & 0xF);
        }
        return new string(chars);
#endif
    }

#if !NET5_0_OR_GREATER
    private static char HexDigit(int value) => (char)(value < 10 ? '0' + value : 'a' + value - 10);
#endif
}
