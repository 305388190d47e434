using System.Globalization;
using System.IO;
using System.Text.RegularExpressions;
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

    // Plain only when the text starts with a letter or '/' and holds nothing YAML could read as syntax.
    private static readonly Regex PlainWord = new(@"^[A-Za-z/][A-Za-z0-9._/@+=-]*(:[A-Za-z0-9._/@+=-]+)*$", RegexOptions.CultureInvariant);

    // A quantity such as 250m or 256Mi reads as a string in every YAML version; a bare or exponent number does not.
    private static readonly Regex PlainQuantity = new(@"^[0-9]+(\.[0-9]+)?(Ki|Mi|Gi|Ti|Pi|Ei|m|k|M|G|T|P|E)$", RegexOptions.CultureInvariant);

    private readonly StringWriter output = new(CultureInfo.InvariantCulture) { NewLine = "\n" };
    private readonly Emitter emitter;

    public YamlWriter()
    {
        emitter = new Emitter(output, Settings);
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart(null, null, isImplicit: true));
    }

    public YamlWriter BeginMapping()
    {
        emitter.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, isImplicit: true, MappingStyle.Block));
        return this;
    }

    public YamlWriter EndMapping()
    {
        emitter.Emit(new MappingEnd());
        return this;
    }

    public YamlWriter BeginSequence()
    {
        emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, isImplicit: true, SequenceStyle.Block));
        return this;
    }

    public YamlWriter EndSequence()
    {
        emitter.Emit(new SequenceEnd());
        return this;
    }

    /// <summary>A string scalar, quoted when a YAML 1.1 reader could take it for anything but this exact string.</summary>
    public YamlWriter String(string value)
    {
        var style = IsSafePlain(value) ? ScalarStyle.Plain : ScalarStyle.DoubleQuoted;
        emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, value, style, isPlainImplicit: style == ScalarStyle.Plain, isQuotedImplicit: true));
        return this;
    }

    /// <summary>An integer scalar.</summary>
    public YamlWriter Number(long value)
    {
        emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, value.ToString(CultureInfo.InvariantCulture), ScalarStyle.Plain, isPlainImplicit: true, isQuotedImplicit: false));
        return this;
    }

    public YamlWriter Pair(string key, string value) => String(key).String(value);

    public YamlWriter Pair(string key, long value) => String(key).Number(value);

    /// <summary>Closes the document and returns its text.</summary>
    public string Finish()
    {
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
        return output.ToString();
    }

    /// <summary>Whether <paramref name="value"/> may be written unquoted and still read back as the same string under YAML 1.1 and 1.2.</summary>
    public static bool IsSafePlain(string value)
    {
        if (value.Length == 0)
        {
            return false;
        }
        if (value[0] is >= '0' and <= '9')
        {
            return PlainQuantity.IsMatch(value);
        }
        return PlainWord.IsMatch(value) && !IsYaml11Keyword(value);
    }

    /// <summary>The words YAML 1.1 resolves to booleans or null, in any of the spellings it accepts.</summary>
    private static bool IsYaml11Keyword(string value)
    {
        switch (value.ToLowerInvariant())
        {
            case "y": case "n": case "yes": case "no": case "on": case "off":
            case "true": case "false": case "null":
                return true;
            default:
                return false;
        }
    }
}
