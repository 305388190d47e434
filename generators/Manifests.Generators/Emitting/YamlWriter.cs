using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.IO;
using System.Text;
using Manifests.Generators.Helpers;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Manifests.Generators.Emitting;

/// <summary>
/// Writes one YAML document through YamlDotNet's emitter, which does all escaping and quoting. This class only
/// decides, per string, whether the plain style is safe: Kubernetes reads YAML with YAML 1.1 rules, where
/// <c>yes</c>, <c>on</c>, <c>0123</c> or <c>1e3</c> would come back as a bool or a number, so anything that is not
/// unmistakably a string is double-quoted.
/// </summary>
internal sealed class YamlWriter
{
    // No line folding (a long value stays on one line), LF endings on every platform, kubectl's indentation.
    private static readonly EmitterSettings Settings = new(
        bestIndent: 2, bestWidth: int.MaxValue, isCanonical: false, maxSimpleKeyLength: 1024, newLine: "\n");

    private readonly StringBuilder buffer;
    private readonly Emitter emitter;

    // Events are immutable and the emitter only reads them: those without data are made once for every document.
    private static readonly StreamStart StreamStartEvent = new();
    private static readonly StreamEnd StreamEndEvent = new();
    private static readonly DocumentStart DocumentStartEvent = new(null, null, isImplicit: true);
    private static readonly DocumentEnd DocumentEndEvent = new(isImplicit: true);
    private static readonly MappingStart MappingStartEvent = new(AnchorName.Empty, TagName.Empty, isImplicit: true, MappingStyle.Block);
    private static readonly MappingEnd MappingEndEvent = new();
    private static readonly SequenceStart SequenceStartEvent = new(AnchorName.Empty, TagName.Empty, isImplicit: true, SequenceStyle.Block);
    private static readonly SequenceEnd SequenceEndEvent = new();
    private static readonly Scalar TrueScalar = new(AnchorName.Empty, TagName.Empty, "true", ScalarStyle.Plain, isPlainImplicit: true, isQuotedImplicit: false);
    private static readonly Scalar FalseScalar = new(AnchorName.Empty, TagName.Empty, "false", ScalarStyle.Plain, isPlainImplicit: true, isQuotedImplicit: false);

    /// <summary>The scalar of each key, shared; bounded so that a key that is not a constant cannot grow it for ever.</summary>
    private static readonly ConcurrentDictionary<string, Scalar> Keys = new(StringComparer.Ordinal);

    private const int MostKeysKept = 256;

    public YamlWriter()
    {
        buffer = StringBuilderCache.Acquire();
        emitter = new Emitter(new StringWriter(buffer, CultureInfo.InvariantCulture) { NewLine = "\n" }, Settings);
        emitter.Emit(StreamStartEvent);
        emitter.Emit(DocumentStartEvent);
    }

    public YamlWriter BeginMapping()
    {
        emitter.Emit(MappingStartEvent);
        return this;
    }

    public YamlWriter EndMapping()
    {
        emitter.Emit(MappingEndEvent);
        return this;
    }

    public YamlWriter BeginSequence()
    {
        emitter.Emit(SequenceStartEvent);
        return this;
    }

    public YamlWriter EndSequence()
    {
        emitter.Emit(SequenceEndEvent);
        return this;
    }

    /// <summary>
    /// One of the emitter's own keys (<c>apiVersion</c>, <c>spec</c>, <c>containers</c>...), never a user's: its
    /// scalar event is made once and shared, as every other event that carries no data.
    /// </summary>
    public YamlWriter Key(string key)
    {
        if (!Keys.TryGetValue(key, out var scalar))
        {
            scalar = StringScalar(key);
            if (Keys.Count < MostKeysKept)
            {
                Keys.TryAdd(key, scalar);
            }
        }
        emitter.Emit(scalar);
        return this;
    }

    /// <summary>A string scalar, quoted when a YAML 1.1 reader could take it for anything but this exact string.</summary>
    public YamlWriter String(string value)
    {
        emitter.Emit(StringScalar(value));
        return this;
    }

    private static Scalar StringScalar(string value)
    {
        var style = IsSafePlain(value) ? ScalarStyle.Plain : ScalarStyle.DoubleQuoted;
        return new Scalar(AnchorName.Empty, TagName.Empty, value, style, isPlainImplicit: style == ScalarStyle.Plain, isQuotedImplicit: true);
    }

    /// <summary>An integer scalar.</summary>
    public YamlWriter Number(long value)
    {
        emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, value.ToString(CultureInfo.InvariantCulture), ScalarStyle.Plain, isPlainImplicit: true, isQuotedImplicit: false));
        return this;
    }

    /// <summary>A boolean scalar.</summary>
    public YamlWriter Boolean(bool value)
    {
        emitter.Emit(value ? TrueScalar : FalseScalar);
        return this;
    }

    /// <summary>One of the emitter's own keys (see <see cref="Key"/>) and a boolean.</summary>
    public YamlWriter Pair(string key, bool value) => Key(key).Boolean(value);

    /// <summary>One of the emitter's own keys (see <see cref="Key"/>) and a string value.</summary>
    public YamlWriter Pair(string key, string value) => Key(key).String(value);

    /// <summary>One of the emitter's own keys (see <see cref="Key"/>) and a number.</summary>
    public YamlWriter Pair(string key, long value) => Key(key).Number(value);

    /// <summary>Closes the document and returns its text.</summary>
    public string Finish()
    {
        emitter.Emit(DocumentEndEvent);
        emitter.Emit(StreamEndEvent);
        return StringBuilderCache.ToStringAndRelease(buffer);
    }

    /// <summary>Whether <paramref name="value"/> may be written unquoted and still read back as the same string under YAML 1.1 and 1.2.</summary>
    /// <remarks>
    /// Called for every key and value of every document, so it scans the characters itself instead of running a regex
    /// (which cost a quarter of the YAML writing). The grammar is in each helper's summary.
    /// </remarks>
    public static bool IsSafePlain(string value)
    {
        if (value.Length == 0)
        {
            return false;
        }
        if (value[0] is >= '0' and <= '9')
        {
            return IsPlainQuantity(value);
        }
        return IsPlainWord(value) && !IsYaml11Keyword(value);
    }

    /// <summary>
    /// <c>[A-Za-z/][A-Za-z0-9._/@+=-]*(:[A-Za-z0-9._/@+=-]+)*</c>, the whole text: it starts with a letter or '/' and
    /// holds nothing YAML could read as syntax (a colon only between word characters).
    /// </summary>
    private static bool IsPlainWord(string value)
    {
        if (!(IsLetter(value[0]) || value[0] == '/'))
        {
            return false;
        }
        for (var i = 1; i < value.Length; i++)
        {
            var c = value[i];
            if (c == ':' ? i + 1 == value.Length || !IsWordCharacter(value[i + 1]) : !IsWordCharacter(c))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// <c>[0-9]+(\.[0-9]+)?(Ki|Mi|Gi|Ti|Pi|Ei|m|k|M|G|T|P|E)</c>, the whole text: a quantity such as 250m or 256Mi
    /// reads as a string in every YAML version; a bare or exponent number does not.
    /// </summary>
    private static bool IsPlainQuantity(string value)
    {
        var i = SkipDigits(value, 0);
        if (i == 0)
        {
            return false;
        }
        if (i < value.Length && value[i] == '.')
        {
            var fraction = i + 1;
            i = SkipDigits(value, fraction);
            if (i == fraction)
            {
                return false;
            }
        }
        return (value.Length - i) switch
        {
            1 => value[i] is 'm' or 'k' or 'M' or 'G' or 'T' or 'P' or 'E',
            2 => value[i] is 'K' or 'M' or 'G' or 'T' or 'P' or 'E' && value[i + 1] == 'i',
            _ => false,
        };
    }

    private static int SkipDigits(string value, int start)
    {
        while (start < value.Length && value[start] is >= '0' and <= '9')
        {
            start++;
        }
        return start;
    }

    private static bool IsLetter(char c) => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z');

    private static bool IsWordCharacter(char c)
        => IsLetter(c) || c is (>= '0' and <= '9') or '.' or '_' or '/' or '@' or '+' or '=' or '-';

    /// <summary>The words YAML 1.1 resolves to booleans or null, in any of the spellings it accepts.</summary>
    private static bool IsYaml11Keyword(string value)
    {
        switch (value.Length)
        {
            case 1:
                return value[0] is 'y' or 'Y' or 'n' or 'N';
            case 2:
                return Is(value, "no") || Is(value, "on");
            case 3:
                return Is(value, "yes") || Is(value, "off");
            case 4:
                return Is(value, "true") || Is(value, "null");
            case 5:
                return Is(value, "false");
            default:
                return false;
        }

        static bool Is(string value, string keyword) => string.Equals(value, keyword, System.StringComparison.OrdinalIgnoreCase);
    }
}
