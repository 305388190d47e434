using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Manifests.Generators.Domain.Kubernetes;

/// <summary>
/// The API server's rules for the objects around a workload that <see cref="KubernetesGrammar"/> does not already hold:
/// Ingress hosts and paths (k8s.io/kubernetes <c>pkg/apis/networking/validation</c>) and the number-or-percentage
/// bounds of a PodDisruptionBudget (<c>pkg/apis/policy/validation</c>). Each check returns null when the value is
/// valid, else the reason in Kubernetes' own words.
/// </summary>
internal static class ExposureGrammar
{
    public const string NotAnAddress = "must be a DNS name, not an IP address";

    public const string WildcardSubdomain =
        "a wildcard DNS-1123 subdomain must start with '*.', followed by a valid DNS subdomain, which must consist of lower case alphanumeric characters, '-' or '.' and end with an alphanumeric character (e.g. '*.example.com')";

    public const string AbsolutePath = "must be an absolute path";

    // The order Kubernetes checks them in, so that the first problem named is the one kubectl names first.
    private static readonly string[] InvalidPathSequences = ["//", "/./", "/../", "%2f", "%2F"];
    private static readonly string[] InvalidPathSuffixes = ["/..", "/."];

    /// <summary>
    /// An Ingress rule's host: a DNS subdomain, or <c>*.</c> and one; never an IP address. Empty is valid (the rule
    /// matches every host).
    /// </summary>
    public static string? CheckIngressHost(string host)
    {
        if (host.Length == 0)
        {
            return null;
        }
        if (IsIPAddress(host))
        {
            return NotAnAddress;
        }
        if (host.IndexOf('*') < 0)
        {
            return KubernetesGrammar.CheckDns1123Subdomain(host);
        }
        if (host.Length > 253)
        {
            return $"must be no more than 253 characters (it has {host.Length})";
        }
        return host.StartsWith("*.", System.StringComparison.Ordinal) && KubernetesGrammar.CheckDns1123Subdomain(host.Substring(2)) is null
            ? null
            : WildcardSubdomain;
    }

    /// <summary>
    /// An Ingress path under its type: Exact and Prefix paths are absolute and free of <c>//</c>, dot segments and an
    /// encoded '/'; an ImplementationSpecific one need only be absolute when written, its grammar is the controller's.
    /// </summary>
    public static string? CheckIngressPath(string path, IngressPathType pathType)
    {
        if (pathType == IngressPathType.ImplementationSpecific)
        {
            return path.Length > 0 && path[0] != '/' ? AbsolutePath : null;
        }
        if (path.Length == 0 || path[0] != '/')
        {
            return AbsolutePath;
        }
        foreach (var sequence in InvalidPathSequences)
        {
            if (path.IndexOf(sequence, System.StringComparison.Ordinal) >= 0)
            {
                return $"must not contain '{sequence}'";
            }
        }
        foreach (var suffix in InvalidPathSuffixes)
        {
            if (path.EndsWith(suffix, System.StringComparison.Ordinal))
            {
                return $"cannot end with '{suffix}'";
            }
        }
        return null;
    }

    /// <summary>Whether the host is an address: what Go's <c>net.ParseIP</c> takes, a dotted quad (leading zeros allowed) or an IPv6 address.</summary>
    private static bool IsIPAddress(string host)
    {
        if (host.IndexOf(':') >= 0)
        {
            return IPAddress.TryParse(host, out var address) && address.AddressFamily == AddressFamily.InterNetworkV6;
        }
        var parts = host.Split('.');
        if (parts.Length != 4)
        {
            return false;
        }
        foreach (var part in parts)
        {
            if (part.Length == 0 || !int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var octet) || octet > 255)
            {
                return false;
            }
        }
        return true;
    }
}

/// <summary>
/// A PodDisruptionBudget's MinAvailable or MaxUnavailable as Kubernetes reads the text Manifests writes for it: a
/// whole number of pods when the text is digits (as <see cref="Resolution.IntOrString"/> writes it), else a percentage.
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
