using Manifests.Generators.Helpers;

namespace Manifests.Generators.Models;

/// <summary>What the workload class says about the whole pod.</summary>
/// <param name="NodeSelector">Node selector entries.</param>
/// <param name="Tolerations">Tolerations.</param>
/// <param name="NodeAffinities">Required and preferred node affinities.</param>
/// <param name="PodAntiAffinities">Pods to keep apart from.</param>
/// <param name="Spreads">Topology spread constraints.</param>
/// <param name="Volumes">The pod's volumes.</param>
/// <param name="ImagePullSecrets">Secrets to pull images with.</param>
/// <param name="ServiceAccount">The service account, if set.</param>
/// <param name="Security">The pod's security context, if set.</param>
internal sealed record PodSpec(
    EquatableArray<KeyValueSpec> NodeSelector,
    EquatableArray<TolerationSpec> Tolerations,
    EquatableArray<NodeAffinitySpec> NodeAffinities,
    EquatableArray<PodAntiAffinitySpec> PodAntiAffinities,
    EquatableArray<SpreadSpec> Spreads,
    EquatableArray<VolumeSpec> Volumes,
    EquatableArray<Sourced<string>> ImagePullSecrets,
    Sourced<string>? ServiceAccount,
    PodSecuritySpec? Security);

/// <summary>A toleration; <see cref="TaintEffect.Any"/> tolerates every effect.</summary>
/// <param name="Environment">The one environment it applies to, or null for all.</param>
internal sealed record TolerationSpec(
    Sourced<string> Key,
    Sourced<string>? Value,
    TaintEffect Effect,
    Sourced<long>? Seconds,
    SourceRef Source,
    Sourced<string>? Environment = null);

/// <summary>A node affinity term: a label compared with values, required or preferred.</summary>
internal sealed record NodeAffinitySpec(
    Sourced<string> Key,
    EquatableArray<Sourced<string>> Values,
    AffinityOperator Operator,
    bool Preferred,
    Sourced<int>? Weight,
    SourceRef Source);

/// <summary>Keep the pods apart from a workload's pods (the own workload's when <paramref name="Workload"/> is null).</summary>
internal sealed record PodAntiAffinitySpec(
    Sourced<string>? TopologyKey,
    ClassReference? Workload,
    bool Preferred,
    Sourced<int>? Weight,
    SourceRef Source);

/// <summary>A topology spread constraint over the workload's own pods.</summary>
internal sealed record SpreadSpec(Sourced<string> TopologyKey, Sourced<int>? MaxSkew, UnsatisfiableSpread WhenUnsatisfiable, SourceRef Source);

/// <summary>Where a volume's content comes from.</summary>
internal enum VolumeSource
{
    /// <summary>The attribute names no source (reported).</summary>
    None,
    EmptyDir,
    ConfigMap,
    Secret,
    Claim,
}

/// <summary>A volume of the pod.</summary>
/// <param name="Name">Its name.</param>
/// <param name="Kind">The first source the attribute sets, or <see cref="VolumeSource.None"/>.</param>
/// <param name="SourceProperties">The properties that set a source (<c>EmptyDir</c>, <c>ConfigMap</c>, <c>Secret</c>, <c>Claim</c>), in that order: exactly one is valid.</param>
/// <param name="Medium">EmptyDir: where it lives.</param>
/// <param name="SizeLimit">EmptyDir: its size limit.</param>
/// <param name="Reference">ConfigMap or Secret: the class.</param>
/// <param name="Claim">Claim: the PersistentVolumeClaim's name.</param>
/// <param name="ReadOnly">Claim: mounted read-only.</param>
/// <param name="Source">The attribute.</param>
internal sealed record VolumeSpec(
    Sourced<string> Name,
    VolumeSource Kind,
    EquatableArray<string> SourceProperties,
    StorageMedium Medium,
    Sourced<string>? SizeLimit,
    ClassReference? Reference,
    Sourced<string>? Claim,
    bool ReadOnly,
    SourceRef Source);

/// <summary>A StatefulSet's PersistentVolumeClaim template.</summary>
internal sealed record VolumeClaimSpec(Sourced<string> Name, Sourced<string> Size, Sourced<string>? StorageClass, VolumeAccessMode AccessMode, SourceRef Source);

/// <summary>A container's security context; each setting null when not written.</summary>
internal sealed record SecuritySpec(
    Sourced<bool>? RunAsNonRoot,
    Sourced<long>? RunAsUser,
    Sourced<long>? RunAsGroup,
    Sourced<bool>? ReadOnlyRootFilesystem,
    Sourced<bool>? AllowPrivilegeEscalation,
    Sourced<bool>? Privileged,
    EquatableArray<Sourced<string>> DropCapabilities,
    EquatableArray<Sourced<string>> AddCapabilities,
    SeccompProfile Seccomp,
    SourceRef Source);

/// <summary>The pod's security context; each setting null when not written.</summary>
internal sealed record PodSecuritySpec(
    Sourced<bool>? RunAsNonRoot,
    Sourced<long>? RunAsUser,
    Sourced<long>? RunAsGroup,
    Sourced<long>? FsGroup,
    EquatableArray<Sourced<long>> SupplementalGroups,
    SeccompProfile Seccomp,
    SourceRef Source);

/// <summary>How the workload replaces its pods.</summary>
internal enum StrategyKind
{
    RollingUpdate,
    Recreate,
    OnDelete,
}

/// <summary>The update strategy; the rolling update's numbers are written as strings (a number or a percentage).</summary>
internal sealed record StrategySpec(StrategyKind Kind, Sourced<string>? MaxSurge, Sourced<string>? MaxUnavailable, Sourced<int>? Partition, SourceRef Source);
