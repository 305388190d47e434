using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;

namespace Manifests.Build.Files;

/// <summary>How paths compare and combine on the file system the build runs on.</summary>
internal static class PathRules
{
    /// <summary>The longest file or folder name (one path segment) that Windows, macOS and Linux file systems all accept.</summary>
    public const int MaxNameBytes = 255;

    /// <summary>Windows and macOS (by default) ignore case in file names; Linux does not.</summary>
    public static readonly StringComparer Comparer =
        RuntimeInformation.IsOSPlatform(OSPlatform.Windows) || RuntimeInformation.IsOSPlatform(OSPlatform.OSX)
            ? StringComparer.OrdinalIgnoreCase
            : StringComparer.Ordinal;

    private static readonly StringComparison Comparison =
        ReferenceEquals(Comparer, StringComparer.Ordinal) ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;

    private static readonly char[] Separators = { Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar };

    /// <summary>The full path of a folder, without a trailing separator (unless it is a root), so that equal folders compare equal.</summary>
    public static string NormalizeFolder(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? string.Empty;
        return full.Length > root.Length ? full.TrimEnd(Separators) : full;
    }

    /// <summary>The absolute path of <paramref name="relative"/> ('/'-separated) under <paramref name="root"/>, or null when it would leave it.</summary>
    public static string? Resolve(string root, string relative)
    {
        if (relative.Length == 0 || Path.IsPathRooted(relative) || relative.IndexOf('\0') >= 0)
        {
            return null;
        }
        string full;
        try
        {
            full = Path.GetFullPath(Path.Combine(root, relative.Replace('/', Path.DirectorySeparatorChar)));
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException)
        {
            return null;
        }
        return IsInside(root, full) ? full : null;
    }

    /// <summary>
    /// Whether <paramref name="path"/> is a full path with nothing left to resolve (no '.' or '..' segment, no doubled
    /// separator), as the build writes paths to its record: a path read back that is not cannot be compared by prefix.
    /// </summary>
    public static bool IsCanonical(string path)
    {
        try
        {
            return Path.IsPathRooted(path) && path.IndexOf('\0') < 0 && string.Equals(Path.GetFullPath(path), path, StringComparison.Ordinal);
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return false;
        }
    }

    /// <summary>Whether <paramref name="path"/> lies strictly below the folder <paramref name="root"/>.</summary>
    public static bool IsInside(string root, string path)
    {
        var prefix = root.EndsWith(Path.DirectorySeparatorChar.ToString(), StringComparison.Ordinal) ? root : root + Path.DirectorySeparatorChar;
        return path.Length > prefix.Length && path.StartsWith(prefix, Comparison);
    }

    public static bool AreEqual(string left, string right) => Comparer.Equals(left, right);

    /// <summary>
    /// <paramref name="path"/> relative to the folder <paramref name="from"/>, '/'-separated, with <c>..</c> where it must
    /// climb; the full path when they share no root (two Windows drives).
    /// </summary>
    public static string Relative(string from, string path)
    {
        var fromParts = NormalizeFolder(from).Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        var pathParts = Path.GetFullPath(path).Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        if (!AreEqual(Path.GetPathRoot(Path.GetFullPath(from)) ?? string.Empty, Path.GetPathRoot(Path.GetFullPath(path)) ?? string.Empty))
        {
            return Path.GetFullPath(path);
        }
        var common = 0;
        while (common < fromParts.Length && common < pathParts.Length && AreEqual(fromParts[common], pathParts[common]))
        {
            common++;
        }
        var parts = new List<string>();
        for (var i = common; i < fromParts.Length; i++)
        {
            parts.Add("..");
        }
        for (var i = common; i < pathParts.Length; i++)
        {
            parts.Add(pathParts[i]);
        }
        return string.Join("/", parts);
    }

    /// <summary>The first segment of <paramref name="relative"/> ('/'-separated) whose name is too long for a file system, or null.</summary>
    public static string? OverlongName(string relative)
    {
        foreach (var segment in relative.Split('/'))
        {
            // UTF-8 bytes: the Linux limit, and never fewer than the UTF-16 units that Windows counts.
            if (Encoding.UTF8.GetByteCount(segment) > MaxNameBytes)
            {
                return segment;
            }
        }
        return null;
    }

    /// <summary>The folders between <paramref name="root"/> (exclusive) and <paramref name="path"/> (exclusive), outermost first.</summary>
    public static IEnumerable<string> FoldersBetween(string root, string path)
    {
        var folders = new Stack<string>();
        for (var folder = Path.GetDirectoryName(path); folder is not null && IsInside(root, folder); folder = Path.GetDirectoryName(folder))
        {
            folders.Push(folder);
        }
        return folders;
    }
}
