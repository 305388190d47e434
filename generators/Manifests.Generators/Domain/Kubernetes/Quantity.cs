using System.Globalization;

namespace Manifests.Generators.Domain.Kubernetes;

/// <summary>
/// Kubernetes resource quantities (k8s.io/apimachinery <c>resource.Quantity</c>): a signed decimal number followed by
/// a binary suffix (Ki..Ei), a decimal suffix (n, u, m, k, M..E) or a decimal exponent (e3, E-2).
/// </summary>
internal static class Quantity
{
    /// <summary>
    /// Parses <paramref name="text"/> to its value in base units (cores, bytes); false when it is not a quantity, that
    /// is unless the whole text is <c>[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)</c> followed by nothing, a suffix, or
    /// <c>[eE][+-]?[0-9]+</c>. Scanned by hand, not by a regex: the analyzers and the generator parse every quantity
    /// of every workload, and a regex match allocates its groups.
    /// </summary>
    public static bool TryParse(string text, out double value)
    {
        value = 0;
        var i = text.Length > 0 && text[0] is '+' or '-' ? 1 : 0;
        var integerEnd = SkipDigits(text, i);
        var end = integerEnd;
        var fractionDigits = 0;
        if (end < text.Length && text[end] == '.')
        {
            var fractionEnd = SkipDigits(text, end + 1);
            fractionDigits = fractionEnd - end - 1;
            end = fractionEnd;
        }
        if (integerEnd == i && fractionDigits == 0)
        {
            return false; // no digit at all: "", "+", ".", "Mi"
        }
        if (Multiplier(text, end) is not { } multiplier)
        {
            return false;
        }
        // TryParse: .NET Framework (Visual Studio's host) throws on a number beyond double's range, .NET gives infinity.
        if (!double.TryParse(end == text.Length ? text : text.Substring(0, end), NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
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

    private static int SkipDigits(string text, int start)
    {
        while (start < text.Length && text[start] is >= '0' and <= '9')
        {
            start++;
        }
        return start;
    }

    /// <summary>What the suffix from <paramref name="start"/> to the end multiplies by; null when it is no suffix (or an exponent too large to read).</summary>
    private static double? Multiplier(string text, int start)
    {
        switch (text.Length - start)
        {
            case 0:
                return 1;
            case 1:
                switch (text[start])
                {
                    case 'n': return 1e-9;
                    case 'u': return 1e-6;
                    case 'm': return 1e-3;
                    case 'k': return 1e3;
                    case 'M': return 1e6;
                    case 'G': return 1e9;
                    case 'T': return 1e12;
                    case 'P': return 1e15;
                    case 'E': return 1e18;
                }
                break;
            case 2 when text[start + 1] == 'i':
                switch (text[start])
                {
                    case 'K': return 1024d;
                    case 'M': return 1024d * 1024;
                    case 'G': return 1024d * 1024 * 1024;
                    case 'T': return 1024d * 1024 * 1024 * 1024;
                    case 'P': return 1024d * 1024 * 1024 * 1024 * 1024;
                    case 'E': return 1024d * 1024 * 1024 * 1024 * 1024 * 1024;
                }
                break;
        }
        // A decimal exponent: [eE][+-]?[0-9]+.
        if (text[start] is not ('e' or 'E'))
        {
            return null;
        }
        var digits = start + 1 < text.Length && text[start + 1] is '+' or '-' ? start + 2 : start + 1;
        if (digits == text.Length || SkipDigits(text, digits) != text.Length)
        {
            return null;
        }
        return int.TryParse(text.Substring(start + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var exponent)
            ? System.Math.Pow(10, exponent)
            : null;
    }
}
