using System.Collections.Immutable;
using System.Globalization;
using CsCheck;
using Microsoft.CodeAnalysis.CSharp;

namespace Manifests.Tests.Hostile;

/// <summary>
/// The arguments of generated attribute sets, each drawn as the C# expression a user would write: mostly a valid value,
/// sometimes one from a pool of values users and Kubernetes trip over (empty, uppercase, 254 characters, negative,
/// <c>int.MinValue</c>, an enum cast to a value it does not define, <c>null!</c>, a quantity such as "2GB", text with
/// quotes, line breaks, <c>#</c>, <c>": "</c> or a lone surrogate). Every expression compiles where it is used.
/// </summary>
internal static class AttributeValues
{
    /// <summary>Texts that are wrong in most places a name or key goes, and awkward anywhere YAML goes.</summary>
    public static readonly string[] HostileTexts =
    [
        "", " ", "Web", "UPPER", new string('a', 254), "a b", "quote\"d", "it's", "new\nline", "cr\rlf", "tab\there",
        "#comment", "key: value", "- item", "{a: b}", "&anchor", "*", "yes", "null", "~", "0123", "naïve", "中文", "emoji 😀",
        "\uD800", "\u2028", "-lead", "trail-", "a..b", "../up", "a/b", "app.kubernetes.io/name",
    ];

    private static readonly string[] HostileInts = ["-1", "0", "int.MinValue", "int.MaxValue", "65536"];

    private static readonly string[] HostileLongs = ["-1", "long.MinValue", "long.MaxValue", "(long)int.MaxValue + 1"];

    private static readonly string[] HostileQuantities = ["2GB", "-1", "1.5.5", "abc", "", "1 Gi", "100mi", "0x10", "1e400"];

    /// <summary>A C# string literal of <paramref name="text"/>, escaped as the compiler reads it back.</summary>
    public static string Quote(string text) => SymbolDisplay.FormatLiteral(text, quote: true);

    /// <summary>A name, key or other constrained string: one of <paramref name="valid"/>, else (one time in fifty) a hostile text or null.</summary>
    public static Gen<string> Text(params string[] valid) => Gen.Frequency(
        (98, Gen.OneOf(valid).Select(Quote)),
        (1, Gen.OneOf(HostileTexts).Select(Quote)),
        (1, Gen.Const("null!")));

    /// <summary>Free text (an environment variable's value, an annotation): hostile texts as often as one time in four.</summary>
    public static Gen<string> FreeText(params string[] ordinary) => Gen.Frequency(
        (3, Gen.OneOf(ordinary).Select(Quote)),
        (1, Gen.OneOf(HostileTexts).Select(Quote)));

    /// <summary>A resource quantity: one of <paramref name="valid"/>, else one Kubernetes cannot read.</summary>
    public static Gen<string> Quantity(params string[] valid) => Gen.Frequency(
        (50, Gen.OneOf(valid).Select(Quote)),
        (1, Gen.OneOf(HostileQuantities).Select(Quote)));

    public static Gen<string> Int(int min, int max) => Gen.Frequency(
        (60, Gen.Int[min, max].Select(Number)),
        (1, Gen.OneOf(HostileInts)));

    /// <summary>Exactly <paramref name="value"/>, else (rarely) a hostile integer.</summary>
    public static Gen<string> Int(int value) => Int(value, value);

    public static Gen<string> Long(params long[] valid) => Gen.Frequency(
        (30, Gen.OneOf(valid).Select(value => value.ToString(CultureInfo.InvariantCulture))),
        (1, Gen.OneOf(HostileLongs)));

    public static readonly Gen<string> Bool = Gen.Bool.Select(value => value ? "true" : "false");

    /// <summary>
    /// One of the members of the contract's enum <paramref name="enumType"/> (read from the attributes assembly, so the
    /// list follows the contract), else a cast to a value it does not define: <c>(TaintEffect)42</c>.
    /// </summary>
    public static Gen<string> EnumValue(string enumType) => Gen.Frequency(
        (50, Gen.OneOf(System.Enum.GetNames(typeof(ManifestFile).Assembly.GetType("Manifests." + enumType, throwOnError: true)!)).Select(name => enumType + "." + name)),
        (1, Gen.OneOf("42", "(-1)").Select(value => $"({enumType}){value}")));

    /// <summary><c>typeof</c> one of <paramref name="classes"/>.</summary>
    public static Gen<string> TypeOf(params string[] classes) => Gen.OneOf(classes).Select(name => $"typeof({name})");

    /// <summary>
    /// An array argument of <paramref name="min"/> to <paramref name="max"/> items, written as <c>new T[] { … }</c>, as a
    /// collection expression or (for strings) as <c>new[] { … }</c>; rarely <c>null!</c>.
    /// </summary>
    public static Gen<string> ArrayOf(string itemType, Gen<string> item, int min, int max) => Gen.Frequency(
        (30, Gen.Select(item.Array[min, max], Gen.Int[0, 2], (items, style) => ArrayText(itemType, items, style))),
        (1, Gen.Const("null!")));

    private static string ArrayText(string itemType, string[] items, int style)
    {
        var list = string.Join(", ", items);
        return style switch
        {
            1 => $"[{list}]",
            // An implicitly typed array needs an item that has a type: null! alone has none.
            2 when itemType == "string" && items.Any(item => item != "null!") => $"new[] {{ {list} }}",
            _ => $"new {itemType}[] {{ {list} }}",
        };
    }

    /// <summary>One of the choices by weight, leaving out those of weight 0 (a choice the project has nothing for).</summary>
    public static Gen<T> Weighted<T>(params (int Weight, Gen<T> Gen)[] choices)
        => Gen.Frequency(choices.Where(choice => choice.Weight > 0).Select(choice => (choice.Weight, (IGen<T>)choice.Gen)).ToArray());

    /// <summary><paramref name="gen"/>'s value <paramref name="percent"/>% of the time, else null.</summary>
    public static Gen<T?> Maybe<T>(int percent, Gen<T> gen)
        where T : class
        => Gen.Int[0, 99].SelectMany(draw => draw < percent ? gen.Select(value => (T?)value) : Gen.Const((T?)null));

    /// <summary>A named argument, <c>Property = value</c>, present <paramref name="percent"/>% of the time.</summary>
    public static Gen<string?> Named(string property, Gen<string> value, int percent)
        => Maybe(percent, value.Select(text => property + " = " + text));

    /// <summary>Every generator's value, in order.</summary>
    public static Gen<ImmutableArray<T>> Sequence<T>(IEnumerable<Gen<T>> gens)
        => gens.Aggregate(Gen.Const(ImmutableList<T>.Empty), (all, next) => Gen.Select(all, next, (list, item) => list.Add(item)))
            .Select(list => list.ToImmutableArray());

    /// <summary>An attribute: its positional arguments, then the named ones that are present.</summary>
    public static Gen<string> Attribute(string name, Gen<string>[] positional, params Gen<string?>[] named)
        => Gen.Select(Sequence(positional), Sequence(named), (arguments, properties) => Render(name, arguments.Concat(properties.OfType<string>())));

    /// <summary><c>[Name]</c>, or <c>[Name(arguments)]</c>.</summary>
    public static string Render(string name, IEnumerable<string> arguments)
    {
        var list = string.Join(", ", arguments);
        return list.Length == 0 ? $"[{name}]" : $"[{name}({list})]";
    }

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
