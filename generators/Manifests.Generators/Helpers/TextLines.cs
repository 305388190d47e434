using System.Collections.Generic;

namespace Manifests.Generators.Helpers;

/// <summary>The lines of a text, as the compiler counts them (so that line numbers in diagnostics agree with the editor's).</summary>
internal static class TextLines
{
    /// <summary>
    /// Each line's start offset and length, without its break. A line ends at "\r\n", '\r', '\n', U+0085, U+2028 or
    /// U+2029, like Roslyn's <c>SourceText.Lines</c>.
    /// </summary>
    public static IEnumerable<(int Start, int Length)> Of(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is not ('\r' or '\n' or '\u0085' or '\u2028' or '\u2029'))
            {
                continue;
            }
            yield return (start, i - start);
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }
            start = i + 1;
        }
        yield return (start, text.Length - start);
    }
}
