using System.Globalization;

namespace Manifests.Generators.Domain.Kubernetes;

/// <summary>
/// A PodDisruptionBudget's MinAvailable or MaxUnavailable as Kubernetes reads the text Manifests writes for it: a
/// whole number of pods when the text is digits (as <see cref="Resolution.IntOrString"/> writes it), else a percentage
/// (<c>pkg/apis/policy/validation</c>: <c>[0-9]+%</c>, at most 100%).
/// </summary>
internal readonly record struct DisruptionBound(int Value, bool IsPercent)
{
    /// <summary>Reads a number (<c>2</c>) or a percentage (<c>50%</c>, any size: <see cref="IsAbove100Percent"/> says whether it is allowed); false for anything else.</summary>
    public static bool TryParse(string text, out DisruptionBound bound)
    {
        bound = default;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var pods))
        {
            bound = new DisruptionBound(pods, IsPercent: false);
            return true;
        }
        // Kubernetes' percent grammar, [0-9]+%; a number too large for an int is simply above 100%.
        if (text.Length < 2 || text[text.Length - 1] != '%')
        {
            return false;
        }
        for (var i = 0; i < text.Length - 1; i++)
        {
            if (text[i] is < '0' or > '9')
            {
                return false;
            }
        }
        bound = new DisruptionBound(int.TryParse(text.Substring(0, text.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var percent) ? percent : int.MaxValue, IsPercent: true);
        return true;
    }

    public bool IsAbove100Percent => IsPercent && Value > 100;

    /// <summary>
    /// How many of <paramref name="replicas"/> pods the bound stands for: a percentage is rounded up, as the disruption
    /// controller rounds both MinAvailable and MaxUnavailable.
    /// </summary>
    public int PodsOf(int replicas) => IsPercent ? (int)(((long)Value * replicas + 99) / 100) : Value;
}
