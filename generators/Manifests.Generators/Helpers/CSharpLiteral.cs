using System.Globalization;
using System.Text;

namespace Manifests.Generators.Helpers;

/// <summary>
/// Writes a C# regular string literal straight into the generated source. Roslyn's <c>SymbolDisplay.FormatLiteral</c>
/// does the same but returns a new string per call: a copy of every YAML document (docs/performance.md).
/// </summary>
internal static class CSharpLiteral
{
    /// <summary><paramref name="value"/> as a C# string literal, quotes included.</summary>
    public static string Of(string value) => Append(new StringBuilder(value.Length + 2), value).ToString();

    public static StringBuilder Append(StringBuilder source, string value)
    {
        source.Append('"');
        var clean = 0; // the start of the run of characters that need no escape, appended in one go
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var escape = c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\0' => "\\0",
                '\a' => "\\a",
                '\b' => "\\b",
                '\f' => "\\f",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\v' => "\\v",
                _ => NeedsUnicodeEscape(value, i) ? "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture) : null,
            };
            if (escape is null)
            {
                continue;
            }
            source.Append(value, clean, i - clean).Append(escape);
            clean = i + 1;
        }
        return source.Append(value, clean, value.Length - clean).Append('"');
    }

    /// <summary>
    /// Control characters and the line separators C# does not allow raw in a literal (NEL, U+2028, U+2029), and a
    /// surrogate without its partner, which could not be written to a UTF-8 file of the generated source.
    /// </summary>
    private static bool NeedsUnicodeEscape(string value, int i)
    {
        var c = value[i];
        if (char.IsControl(c) || c is '\u2028' or '\u2029')
        {
            return true;
        }
        if (char.IsHighSurrogate(c))
        {
            return i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1]);
        }
        return char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(value[i - 1]));
    }
}
