using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Manifests.Generators.Domain.Kubernetes;

/// <summary>
/// The API server's rules for Ingress hosts and paths (k8s.io/kubernetes <c>pkg/apis/networking/validation</c>), which
/// <see cref="KubernetesGrammar"/>'s name rules do not cover. Each check returns null when the value is valid, else the
/// reason in Kubernetes' own words. A disruption budget's bounds are <see cref="DisruptionBound"/>.
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
