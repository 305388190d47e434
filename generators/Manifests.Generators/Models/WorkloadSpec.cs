using Manifests.Generators.Helpers;

namespace Manifests.Generators.Models;

/// <summary>The kinds of workload a class can be.</summary>
internal enum WorkloadKind
{
    Deployment,
    ReplicaSet,
    StatefulSet,
}

/// <summary>
/// Everything one annotated workload class says, as plain values: the input of validation and of resolution. Holds no
/// symbols or syntax, so it compares by value and the incremental pipeline can cache it.
/// </summary>
/// <param name="ClassName">The class's fully qualified name, for messages.</param>
/// <param name="Kind">Deployment, ReplicaSet or StatefulSet.</param>
/// <param name="KindSource">The workload attribute itself.</param>
/// <param name="Name">The object name: the attribute's <c>Name</c>, else the kebab-case class name.</param>
/// <param name="Namespace">The namespace the attribute sets, if any (the assembly default applies otherwise).</param>
/// <param name="Replicas">The replica count; its source has no argument when the user did not write it.</param>
/// <param name="Settings">The workload attribute's other settings.</param>
/// <param name="Containers">The pod's containers, init containers among them: the class-level one first, then nested container classes in declaration order.</param>
/// <param name="Labels">Labels from the class.</param>
/// <param name="Annotations">Annotations from the class.</param>
/// <param name="Pod">What the whole pod says: scheduling, volumes, identity, security.</param>
/// <param name="Strategy">How the workload replaces its pods, when the class says.</param>
/// <param name="VolumeClaims">A StatefulSet's volume claim templates.</param>
/// <param name="Service">The Service in front of the pods, when the class has <c>[Service]</c>.</param>
/// <param name="Ingresses">The Ingress rules to the Service.</param>
/// <param name="Autoscale">The HorizontalPodAutoscaler, when the class has <c>[Autoscale]</c>.</param>
/// <param name="DisruptionBudget">The PodDisruptionBudget, when the class has <c>[DisruptionBudget]</c>.</param>
/// <param name="DependsOn">The workloads this one needs.</param>
/// <param name="Overrides">What each environment changes about the workload: replicas and autoscaler bounds.</param>
/// <param name="Misplaced">Attributes that sit where they have no effect.</param>
/// <param name="InvalidArguments">Arguments the attributes cannot take: null where a value is required, an enum value out of range.</param>
internal sealed record WorkloadSpec(
    string ClassName,
    WorkloadKind Kind,
    SourceRef KindSource,
    Sourced<string> Name,
    Sourced<string>? Namespace,
    Sourced<int> Replicas,
    WorkloadSettings Settings,
    EquatableArray<ContainerSpec> Containers,
    EquatableArray<KeyValueSpec> Labels,
    EquatableArray<KeyValueSpec> Annotations,
    PodSpec Pod,
    StrategySpec? Strategy,
    EquatableArray<VolumeClaimSpec> VolumeClaims,
    ServiceSpec? Service,
    EquatableArray<IngressSpec> Ingresses,
    AutoscaleSpec? Autoscale,
    DisruptionBudgetSpec? DisruptionBudget,
    EquatableArray<ClassReference> DependsOn,
    EquatableArray<WorkloadOverrideSpec> Overrides,
    EquatableArray<MisplacedAttribute> Misplaced,
    EquatableArray<InvalidArgument> InvalidArguments);

/// <summary>The workload attribute's settings besides name, namespace and replicas; each null when not written.</summary>
internal sealed record WorkloadSettings(
    Sourced<int>? MinReadySeconds,
    Sourced<int>? RevisionHistoryLimit,
    Sourced<int>? ProgressDeadlineSeconds,
    Sourced<string>? PriorityClassName,
    Sourced<long>? TerminationGracePeriodSeconds,
    PodManagementPolicy PodManagementPolicy)
{
    public static readonly WorkloadSettings None = new(null, null, null, null, null, default);
}

/// <summary>One container of the pod; <paramref name="IsInit"/> for an init container, which runs to completion before the others start.</summary>
internal sealed record ContainerSpec(
    bool IsInit,
    Sourced<string> Name,
    Sourced<string> Image,
    ImagePullPolicy PullPolicy,
    EquatableArray<Sourced<string>> Command,
    EquatableArray<Sourced<string>> Args,
    EquatableArray<PortSpec> Ports,
    EquatableArray<EnvSpec> Env,
    EquatableArray<EnvFromSpec> EnvFrom,
    EquatableArray<QuantitySpec> Resources,
    EquatableArray<MountSpec> Mounts,
    EquatableArray<ProbeSpec> Probes,
    SecuritySpec? Security,
    EquatableArray<ContainerOverrideSpec> Overrides,
    SourceRef Source);

/// <summary>A container port.</summary>
internal sealed record PortSpec(Sourced<int> Number, Sourced<string>? Name, Protocol Protocol, SourceRef Source);

/// <summary>The resources a container requests or is limited to.</summary>
internal enum ResourceName
{
    Cpu,
    Memory,
    EphemeralStorage,
}

/// <summary>A resource request or limit, for example cpu request <c>250m</c>.</summary>
/// <param name="Resource">Which resource.</param>
/// <param name="IsLimit">A limit (true) or a request (false).</param>
/// <param name="Quantity">The quantity as written.</param>
internal sealed record QuantitySpec(ResourceName Resource, bool IsLimit, Sourced<string> Quantity);

/// <summary>A key and value written by the user: a label, annotation, node selector entry or ConfigMap entry.</summary>
/// <param name="Environment">For a node selector entry: the one environment it applies to, or null for all.</param>
internal sealed record KeyValueSpec(Sourced<string> Key, Sourced<string> Value, Sourced<string>? Environment = null);

/// <summary>An environment variable: a literal value, or a key of a Secret or ConfigMap.</summary>
/// <param name="Name">The variable.</param>
/// <param name="Value">The literal value; null when it comes from a reference.</param>
/// <param name="Reference">The Secret or ConfigMap class it comes from, when it does.</param>
/// <param name="ConfigMapBesideSecret">A ConfigMap set beside a Secret: a variable has one source, so this one is reported, never written.</param>
/// <param name="Key">The key of the reference (the variable name unless written).</param>
/// <param name="Optional">Whether the pod may start without the key.</param>
/// <param name="Source">The attribute.</param>
/// <param name="Environment">The one environment the variable applies to, or null for all.</param>
internal sealed record EnvSpec(
    Sourced<string> Name,
    Sourced<string>? Value,
    ClassReference? Reference,
    ClassReference? ConfigMapBesideSecret,
    Sourced<string>? Key,
    bool Optional,
    SourceRef Source,
    Sourced<string>? Environment = null);

/// <summary>Every key of a Secret or ConfigMap as environment variables.</summary>
internal sealed record EnvFromSpec(ClassReference Reference, Sourced<string>? Prefix, bool Optional, SourceRef Source);

/// <summary>A volume of the pod mounted into a container.</summary>
internal sealed record MountSpec(Sourced<string> Volume, Sourced<string> Path, bool ReadOnly, Sourced<string>? SubPath, SourceRef Source);

/// <summary>What one environment changes about a workload (<c>[Override]</c> on the workload class); each null when unchanged.</summary>
internal sealed record WorkloadOverrideSpec(Sourced<string> Environment, Sourced<int>? Replicas, Sourced<int>? MinReplicas, Sourced<int>? MaxReplicas, SourceRef Source);

/// <summary>What one environment changes about a container: its image tag and resources.</summary>
internal sealed record ContainerOverrideSpec(Sourced<string> Environment, Sourced<string>? Tag, EquatableArray<QuantitySpec> Resources, SourceRef Source);
