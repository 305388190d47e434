using System;
using System.Text;

namespace Manifests.Generators.Helpers;

/// <summary>
/// One reusable buffer per thread for the texts the generator writes by the thousand (YAML documents, source files),
/// instead of growing a new buffer for each (docs/performance.md). A buffer is taken while a text is written, so a
/// text started meanwhile gets a new one.
/// </summary>
internal static class StringBuilderCache
{
    private const int LargestKept = 64 * 1024;

    [ThreadStatic]
    private static StringBuilder? spare;

    public static StringBuilder Acquire(int capacity = 2048)
    {
        var builder = spare;
        if (builder is null || builder.Capacity < capacity)
        {
            return new StringBuilder(capacity);
        }
        spare = null;
        return builder.Clear();
    }

    /// <summary>The text, and the buffer back for the next text.</summary>
    public static string ToStringAndRelease(StringBuilder builder)
    {
        var text = builder.ToString();
        if (builder.Capacity <= LargestKept)
        {
            spare = builder;
        }
        return text;
    }
}
