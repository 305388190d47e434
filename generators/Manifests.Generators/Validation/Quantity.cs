using System.Globalization;
using System.Text.RegularExpressions;

namespace Manifests.Generators.Validation;

/// <summary>
/// Kubernetes resource quantities (k8s.io/apimachinery <c>resource.Quantity</c>): a signed decimal number followed by
/// a binary suffix (Ki..Ei), a decimal suffix (n, u, m, k, M..E) or a decimal exponent (e3, E-2).
/// </summary>
internal static class Quantity
{
    private static readonly Regex Grammar = new(
        @"^(?<number>[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+))(?<suffix>Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][+-]?[0-9]+)?$",
        RegexOptions.CultureInvariant);

    /// <summary>Parses <paramref name="text"/> to its value in base units (cores, bytes); false when it is not a quantity.</summary>
    public static bool TryParse(string text, out double value)
    {
        value = 0;
        var match = Grammar.Match(text);
        if (!match.Success)
        {
            return false;
        }
        var number = double.Parse(match.Groups["number"].Value, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (Multiplier(match.Groups["suffix"].Value) is not { } multiplier)
        {
            return false;
        }
        value = number * multiplier;
        return true;
    }

    /// <summary>
    /// Whether <paramref name="limit"/> is below <paramref name="request"/>, both parsed by <see cref="TryParse"/>.
    /// Kubernetes compares quantities exactly, but binary floating point does not hold them exactly: "0.7" and "700m"
    /// parse to neighbouring doubles. A difference far below any a user writes (the 12th significant digit) is none.
    /// </summary>
    public static bool IsBelow(double limit, double request) => limit < request - (System.Math.Abs(request) * 1e-12);

    /// <summary>What the suffix multiplies by; null for an exponent too large to read (the regex bounds only its digits).</summary>
    private static double? Multiplier(string suffix) => suffix switch
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
        "Mi" => 1024d * 1024,
        "Gi" => 1024d * 1024 * 1024,
        "Ti" => 1024d * 1024 * 1024 * 1024,
        "Pi" => 1024d * 1024 * 1024 * 1024 * 1024,
        "Ei" => 1024d * 1024 * 1024 * 1024 * 1024 * 1024,
        _ => int.TryParse(suffix.Substring(1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var exponent)
            ? System.Math.Pow(10, exponent)
            : null,
    };
}
