using System.Security.Cryptography;
using System.Text;

namespace Manifests.Build.Files;

/// <summary>The bytes of what the build writes: UTF-8 without a byte order mark, compared and hashed exactly.</summary>
internal static class Content
{
    private static readonly Encoding Utf8NoBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    public static byte[] Encode(string text) => Utf8NoBom.GetBytes(text);

    public static string Decode(byte[] bytes) => Utf8NoBom.GetString(bytes);

    /// <summary>The SHA-256 of <paramref name="bytes"/>, in lower-case hex.</summary>
    public static string Hash(byte[] bytes)
    {
        using var sha = SHA256.Create();
        var digest = sha.ComputeHash(bytes);
        var hex = new StringBuilder(digest.Length * 2);
        foreach (var value in digest)
        {
            hex.Append(value.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }
        return hex.ToString();
    }

    public static bool AreEqual(byte[] left, byte[] right)
    {
        if (left.Length != right.Length)
        {
            return false;
        }
        for (var i = 0; i < left.Length; i++)
        {
            if (left[i] != right[i])
            {
                return false;
            }
        }
        return true;
    }
}
