namespace Manifests.Generators.Domain.Images;

/// <summary>
/// Text from an input file, cut to a length a diagnostic can carry. The cluster profile and the image catalog are
/// untrusted: a 10 MB line quoted whole becomes a 10 MB message in every build log and every IDE tooltip.
/// </summary>
internal static class EchoedText
{
    /// <summary>The most characters of a user's value (a line, a name, a key) quoted in a message.</summary>
    public const int MaxQuoted = 100;

    /// <summary>The longest reason kept whole: the grammar's own wording plus a quoted value or two.</summary>
    public const int MaxReason = 400;

    /// <summary>The start of <paramref name="text"/>, ending in '…' when it was longer than <paramref name="max"/>.</summary>
    public static string Start(string text, int max = MaxQuoted)
        => text.Length <= max ? text : text.Substring(0, CutBefore(text, max - 1)) + "…";

    /// <summary>
    /// <paramref name="text"/> with its middle replaced by '…' when longer than <paramref name="max"/>: a reason says
    /// what is wrong at its start and what to do at its end, with the user's value in between.
    /// </summary>
    public static string Middle(string text, int max = MaxReason)
    {
        if (text.Length <= max)
        {
            return text;
        }
        var head = CutBefore(text, (max - 1) * 2 / 5);
        var tailStart = text.Length - (max - 1 - head);
        if (char.IsLowSurrogate(text[tailStart]))
        {
            tailStart++; // Never start the tail with half a pair.
        }
        return text.Substring(0, head) + "…" + text.Substring(tailStart);
    }

    /// <summary>A cut at <paramref name="index"/>, moved back one so that it never splits a surrogate pair.</summary>
    private static int CutBefore(string text, int index)
        => index > 0 && char.IsLowSurrogate(text[index]) && char.IsHighSurrogate(text[index - 1]) ? index - 1 : index;
}
