using System.Security.Cryptography;
using System.Text;

namespace PolicyParse.Reading;

internal static class Hashing
{
    public static string Sha256Hex(byte[] content)
    {
        using var sha = SHA256.Create();
        var hash = sha.ComputeHash(content);
        var sb = new StringBuilder(hash.Length * 2);
        foreach (var b in hash) sb.Append(b.ToString("x2"));
        return sb.ToString();
    }
}
