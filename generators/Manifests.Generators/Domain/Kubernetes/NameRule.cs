namespace Manifests.Generators.Domain.Kubernetes;

/// <summary>The grammars Kubernetes names follow; a name diagnostic carries its rule so that a code fix can suggest a valid name.</summary>
internal enum NameRule
{
    /// <summary>Deployments, ReplicaSets and most objects: an RFC 1123 subdomain.</summary>
    Dns1123Subdomain,

    /// <summary>Namespaces and containers: an RFC 1123 label.</summary>
    Dns1123Label,

    /// <summary>Services: an RFC 1035 label (starts with a letter).</summary>
    Dns1035Label,

    /// <summary>Ports: an IANA service name.</summary>
    PortName,
}

internal static class NameRules
{
    /// <summary>Null when <paramref name="value"/> follows <paramref name="rule"/>, else the reason in Kubernetes' words.</summary>
    public static string? Check(this NameRule rule, string value) => rule switch
    {
        NameRule.Dns1123Subdomain => KubernetesGrammar.CheckDns1123Subdomain(value),
        NameRule.Dns1123Label => KubernetesGrammar.CheckDns1123Label(value),
        NameRule.Dns1035Label => KubernetesGrammar.CheckDns1035Label(value),
        _ => KubernetesGrammar.CheckPortName(value),
    };
}
