using System.Globalization;
using System.Text.RegularExpressions;
using CsCheck;
using Manifests.Generators.Domain.Kubernetes;

namespace Manifests.Tests.Validation;

/// <summary>
/// The hand-written scanners of <see cref="KubernetesGrammar"/> and <see cref="Quantity"/> against the regular
/// expressions Kubernetes publishes (k8s.io/apimachinery validation.go and resource.Quantity), anchored with \z so
/// that, as in Go, a trailing line feed does not match.
/// </summary>
public class GrammarScannerTests
{
    private const string Label = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
    private const string Qualified = "([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]";

    private static readonly Regex Dns1123Label = Anchored(Label);
    private static readonly Regex Dns1123Subdomain = Anchored($@"{Label}(\.{Label})*");
    private static readonly Regex Dns1035Label = Anchored("[a-z]([-a-z0-9]*[a-z0-9])?");
    private static readonly Regex QualifiedName = Anchored(Qualified);
    private static readonly Regex LabelValue = Anchored($"({Qualified})?");
    private static readonly Regex CIdentifier = Anchored("[-._a-zA-Z][-._a-zA-Z0-9]*");
    private static readonly Regex QuantityGrammar = Anchored(
        @"(?<number>[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+))(?<suffix>Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][+-]?[0-9]+)?");

    /// <summary>Mostly the characters the grammars are about, so that valid and nearly valid strings are common.</summary>
    private static readonly Gen<string> Names = Gen.String[Gen.Char["az09AZ-._/\n é"], 0, 14];

    [Fact]
    public void Names_labels_keys_and_values_are_judged_as_kubernetes_regular_expressions_judge_them() => Names.Sample(value =>
    {
        // Each check first refuses what is too long or empty with its own message; the grammar decides the rest.
        Assert.Equal(value.Length <= 63 && Dns1123Label.IsMatch(value), KubernetesGrammar.CheckDns1123Label(value) is null);
        Assert.Equal(Dns1123Subdomain.IsMatch(value), KubernetesGrammar.CheckDns1123Subdomain(value) is null);
        Assert.Equal(Dns1035Label.IsMatch(value), KubernetesGrammar.CheckDns1035Label(value) is null);
        Assert.Equal(LabelValue.IsMatch(value), KubernetesGrammar.CheckLabelValue(value) is null);
        Assert.Equal(CIdentifier.IsMatch(value), KubernetesGrammar.CheckEnvVarName(value) is null);
        var name = value.Contains('/') ? null : value;
        if (name is not null)
        {
            Assert.Equal(QualifiedName.IsMatch(name), KubernetesGrammar.CheckQualifiedName(name) is null);
        }
    }, iter: 200_000);

    [Fact]
    public void Qualified_names_with_a_prefix_are_a_subdomain_a_slash_and_a_name() => Gen.Select(Names, Names).Sample((prefix, name) =>
    {
        var value = prefix + "/" + name;
        var expected = prefix.Length > 0 && Dns1123Subdomain.IsMatch(prefix) && !name.Contains('/') && name.Length <= 63 && QualifiedName.IsMatch(name);
        Assert.Equal(expected, KubernetesGrammar.CheckQualifiedName(value) is null);
    }, iter: 100_000);

    [Fact]
    public void Quantities_are_read_as_the_published_grammar_reads_them() =>
        Gen.String[Gen.Char["0123456789.+-eEKMGTPikmnu \n"], 0, 8].Sample(text =>
        {
            var match = QuantityGrammar.Match(text);
            var parsed = Quantity.TryParse(text, out var value);
            if (!match.Success)
            {
                Assert.False(parsed, $"'{text}' is no quantity");
                return;
            }
            // The grammar bounds an exponent's digits, not its size: one beyond int is refused.
            var suffix = match.Groups["suffix"].Value;
            if (suffix.Length > 1 && suffix != "Ei" && suffix[0] is 'e' or 'E' && !int.TryParse(suffix.AsSpan(1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
            {
                Assert.False(parsed);
                return;
            }
            Assert.True(parsed, $"'{text}' is a quantity");
            Assert.Equal(double.Parse(match.Groups["number"].Value, NumberStyles.Float, CultureInfo.InvariantCulture) * Multiplier(suffix), value);
        }, iter: 200_000);

    [Theory]
    [InlineData("web\n")]
    [InlineData("100m\n")]
    public void A_trailing_line_feed_is_refused(string text)
    {
        Assert.NotNull(KubernetesGrammar.CheckDns1123Label(text));
        Assert.False(Quantity.TryParse(text, out _));
    }

    private static double Multiplier(string suffix) => suffix switch
    {
        "" => 1,
        "n" => 1e-9,
        "u" => 1e-6,
        "m" => 1e-3,
        "k" => 1e3,
        "M" => 1e6,
        "G" => 1e9,
        "T" => 1e12,
        "P" => 1e15,
        "E" => 1e18,
        "Ki" => 1024d,
        "Mi" => Math.Pow(1024, 2),
        "Gi" => Math.Pow(1024, 3),
        "Ti" => Math.Pow(1024, 4),
        "Pi" => Math.Pow(1024, 5),
        "Ei" => Math.Pow(1024, 6),
        _ => Math.Pow(10, int.Parse(suffix.AsSpan(1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture)),
    };

    private static Regex Anchored(string pattern) => new($"^(?:{pattern})\\z", RegexOptions.CultureInvariant);
}
