using System;
using System.Collections.Generic;
using System.Globalization;

namespace Manifests.Generators.Domain.Images;

/// <summary>
/// Orders image tags oldest to newest: tags that read as versions (<c>1.4.2</c>, <c>v2.0.1</c>, <c>15.4</c>,
/// <c>2.0.1-rc1</c>) by their numbers, a pre-release before its release; other tags (<c>stable</c>, <c>main-3f2a</c>)
/// rank below every version and among themselves by ordinal. <c>latest</c> is never anyone's pin.
/// </summary>
internal sealed class TagOrder : IComparer<string>
{
    public static readonly TagOrder Instance = new();

    /// <summary>The newest tag to pin to, or null when there is none but <c>latest</c>.</summary>
    public static string? Newest(IEnumerable<string> tags)
    {
        string? newest = null;
        foreach (var tag in tags)
        {
            if (tag != ImageReference.LatestTag && (newest is null || Instance.Compare(tag, newest) > 0))
            {
                newest = tag;
            }
        }
        return newest;
    }

    public int Compare(string? x, string? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }
        var left = Version.Parse(x);
        var right = Version.Parse(y);
        if (left is null || right is null)
        {
            // Versions rank above everything else.
            return left is not null ? 1 : right is not null ? -1 : string.CompareOrdinal(x, y);
        }
        var length = Math.Max(left.Numbers.Length, right.Numbers.Length);
        for (var i = 0; i < length; i++)
        {
            var a = i < left.Numbers.Length ? left.Numbers[i] : 0;
            var b = i < right.Numbers.Length ? right.Numbers[i] : 0;
            if (a != b)
            {
                return a.CompareTo(b);
            }
        }
        if ((left.PreRelease is null) != (right.PreRelease is null))
        {
            return left.PreRelease is null ? 1 : -1;
        }
        var preRelease = string.CompareOrdinal(left.PreRelease, right.PreRelease);
        return preRelease != 0 ? preRelease : string.CompareOrdinal(x, y);
    }

    /// <summary>A tag read as a version: <c>v</c>? number (<c>.</c> number)* (<c>-</c>pre-release)? (<c>+</c>build)?</summary>
    private sealed class Version
    {
        private Version(long[] numbers, string? preRelease)
        {
            Numbers = numbers;
            PreRelease = preRelease;
        }

        public long[] Numbers { get; }

        public string? PreRelease { get; }

        public static Version? Parse(string tag)
        {
            var text = tag.StartsWith("v", StringComparison.OrdinalIgnoreCase) ? tag.Substring(1) : tag;
            var plus = text.IndexOf('+');
            if (plus >= 0)
            {
                text = text.Substring(0, plus);
            }
            string? preRelease = null;
            var dash = text.IndexOf('-');
            if (dash >= 0)
            {
                preRelease = text.Substring(dash + 1);
                text = text.Substring(0, dash);
            }
            var parts = text.Split('.');
            if (parts.Length > 4)
            {
                return null;
            }
            var numbers = new long[parts.Length];
            for (var i = 0; i < parts.Length; i++)
            {
                if (parts[i].Length is 0 or > 18
                    || !long.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i]))
                {
                    return null;
                }
            }
            return new Version(numbers, preRelease);
        }
    }
}
