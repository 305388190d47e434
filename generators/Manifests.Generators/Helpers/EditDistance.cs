using System;

namespace Manifests.Generators.Helpers;

/// <summary>Levenshtein distance, for "did you mean" suggestions.</summary>
internal static class EditDistance
{
    /// <summary>
    /// The number of single-character insertions, deletions and substitutions that turn <paramref name="a"/> into
    /// <paramref name="b"/>, or <c>max + 1</c> as soon as it is sure to exceed <paramref name="max"/>: only a band of
    /// the table around its diagonal is computed, so a large catalog costs little per entry.
    /// </summary>
    public static int Between(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            // Cells farther than max from the diagonal cannot lead to a distance within max.
            var from = Math.Max(1, i - max);
            var to = Math.Min(b.Length, i + max);
            current[0] = i;
            if (from > 1)
            {
                current[from - 1] = max + 1;
            }
            var rowMinimum = current[0];
            for (var j = from; j <= to; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                var deletion = j <= i - 1 + max ? previous[j] + 1 : max + 1;
                var insertion = current[j - 1] + 1;
                current[j] = Math.Min(Math.Min(substitution, deletion), Math.Min(insertion, max + 1));
                rowMinimum = Math.Min(rowMinimum, current[j]);
            }
            if (to < b.Length)
            {
                current[to + 1] = max + 1;
            }
            if (rowMinimum > max)
            {
                return max + 1;
            }
            (previous, current) = (current, previous);
        }
        return Math.Min(previous[b.Length], max + 1);
    }
}
