using Manifests.Generators.Models;

namespace Manifests.Generators.Domain.Kubernetes;

/// <summary>
/// The contract's enums as the Kubernetes API spells them. Only defined values reach here: the parser reports a value
/// outside the enum (KM121) and the class gets no YAML.
/// </summary>
internal static class KubernetesSpelling
{
    public static string Of(Protocol protocol) => protocol switch
    {
        Protocol.Udp => "UDP",
        Protocol.Sctp => "SCTP",
        _ => "TCP",
    };

    /// <summary>Null for <see cref="TaintEffect.Any"/>: Kubernetes' empty effect, which matches every effect.</summary>
    public static string? Of(TaintEffect effect) => effect switch
    {
        TaintEffect.NoSchedule => "NoSchedule",
        TaintEffect.PreferNoSchedule => "PreferNoSchedule",
        TaintEffect.NoExecute => "NoExecute",
        _ => null,
    };

    public static string Of(ServiceType type) => type switch
    {
        ServiceType.NodePort => "NodePort",
        ServiceType.LoadBalancer => "LoadBalancer",
        _ => "ClusterIP",
    };

    /// <summary>Null for <see cref="ImagePullPolicy.Default"/>: the field is left out and Kubernetes decides.</summary>
    public static string? Of(ImagePullPolicy policy) => policy switch
    {
        ImagePullPolicy.Always => "Always",
        ImagePullPolicy.IfNotPresent => "IfNotPresent",
        ImagePullPolicy.Never => "Never",
        _ => null,
    };

    /// <summary>The resource's name in Kubernetes.</summary>
    public static string Of(ResourceName resource) => resource switch
    {
        ResourceName.Cpu => "cpu",
        ResourceName.Memory => "memory",
        _ => "ephemeral-storage",
    };

    /// <summary>Null for <see cref="SeccompProfile.Unset"/>: the field is left out.</summary>
    public static string? Of(SeccompProfile profile) => profile switch
    {
        SeccompProfile.RuntimeDefault => "RuntimeDefault",
        SeccompProfile.Unconfined => "Unconfined",
        _ => null,
    };

    public static string Of(AffinityOperator affinityOperator) => affinityOperator switch
    {
        AffinityOperator.NotIn => "NotIn",
        AffinityOperator.Exists => "Exists",
        AffinityOperator.DoesNotExist => "DoesNotExist",
        AffinityOperator.Gt => "Gt",
        AffinityOperator.Lt => "Lt",
        _ => "In",
    };

    public static string Of(UnsatisfiableSpread spread) => spread == UnsatisfiableSpread.ScheduleAnyway ? "ScheduleAnyway" : "DoNotSchedule";

    public static string Of(PodManagementPolicy policy) => policy == PodManagementPolicy.Parallel ? "Parallel" : "OrderedReady";

    public static string Of(VolumeAccessMode mode) => mode switch
    {
        VolumeAccessMode.ReadOnlyMany => "ReadOnlyMany",
        VolumeAccessMode.ReadWriteMany => "ReadWriteMany",
        VolumeAccessMode.ReadWriteOncePod => "ReadWriteOncePod",
        _ => "ReadWriteOnce",
    };

    public static string Of(IngressPathType pathType) => pathType switch
    {
        IngressPathType.Exact => "Exact",
        IngressPathType.ImplementationSpecific => "ImplementationSpecific",
        _ => "Prefix",
    };
}
