using System;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Manifests.Generators.Domain.Resolution;

/// <summary>Who an object is and which file it goes to.</summary>
/// <param name="Kind">Its kind.</param>
/// <param name="Name">Its name.</param>
/// <param name="Namespace">Its namespace, or null.</param>
/// <param name="Folder">The layer of the output it belongs to (<c>base</c> when environments are declared), or null for the top.</param>
internal sealed record ObjectFile(ObjectKind Kind, string Name, string? Namespace, string? Folder = null)
{
    /// <summary>The longest file name most file systems take (ext4, NTFS, APFS: 255).</summary>
    private const int LongestFileName = 255;

    /// <summary>
    /// The file, relative to the output folder: <c>{namespace}/{name}-{kind}.yaml</c>, or without the namespace's folder
    /// when the object has no namespace, under <see cref="Folder"/> when it has one. A name too long for a file name (object names may have 253 characters) is cut and
    /// given a hash of the whole name, so that the file name stays stable and distinct.
    /// </summary>
    public string Path
    {
        get
        {
            var suffix = "-" + Kind.Spelling().ToLowerInvariant() + ".yaml";
            var stem = Name.Length + suffix.Length <= LongestFileName ? Name : Shortened(Name, LongestFileName - suffix.Length);
            var file = stem + suffix;
            var path = Namespace is null ? file : Namespace + "/" + file;
            return Folder is null ? path : Folder + "/" + path;
        }
    }

    /// <summary>The first characters of <paramref name="name"/> and a hash of all of it, <paramref name="length"/> characters in all.</summary>
    private static string Shortened(string name, int length)
    {
        using var sha = SHA256.Create();
        var hash = sha.ComputeHash(Encoding.UTF8.GetBytes(name));
        var hex = new StringBuilder(16);
        for (var i = 0; i < 8; i++)
        {
            hex.Append(hash[i].ToString("x2", CultureInfo.InvariantCulture));
        }
        return name.Substring(0, Math.Max(0, length - hex.Length - 1)).TrimEnd('-', '.') + "-" + hex;
    }
}
