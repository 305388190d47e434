using Manifests.Generators.Helpers;

namespace Manifests.Generators.Models;

/// <summary>The kinds of workload a class can be.</summary>
internal enum WorkloadKind
{
    Deployment,
    ReplicaSet,
}

/// <summary>
/// Everything one annotated class says, as plain values: the input of validation and of resolution. Holds no symbols
/// or syntax, so it compares by value and the incremental pipeline can cache it.
/// </summary>
/// <param name="ClassName">The class's fully qualified name, for messages.</param>
/// <param name="Kind">Deployment or ReplicaSet.</param>
/// <param name="KindSource">The workload attribute itself.</param>
/// <param name="Name">The object name: the attribute's <c>Name</c>, else the kebab-case class name.</param>
/// <param name="Namespace">The namespace the attribute sets, if any (the assembly default applies otherwise).</param>
/// <param name="Replicas">The replica count.</param>
/// <param name="Containers">The pod's containers, init containers among them: the class-level one first, then nested container classes in declaration order.</param>
/// <param name="Labels">Labels from the class.</param>
/// <param name="Annotations">Annotations from the class.</param>
/// <param name="NodeSelector">Node selector entries.</param>
/// <param name="Tolerations">Tolerations.</param>
/// <param name="Service">The Service in front of the pods, when the class has <c>[Service]</c>.</param>
/// <param name="Misplaced">Attributes that sit where they have no effect.</param>
/// <param name="InvalidArguments">Arguments the attributes cannot take: null where a value is required, an enum value out of range.</param>
internal sealed record WorkloadSpec(
    string ClassName,
    WorkloadKind Kind,
    SourceRef KindSource,
    Sourced<string> Name,
    Sourced<string>? Namespace,
    Sourced<int> Replicas,
    EquatableArray<ContainerSpec> Containers,
    EquatableArray<KeyValueSpec> Labels,
    EquatableArray<KeyValueSpec> Annotations,
    EquatableArray<KeyValueSpec> NodeSelector,
    EquatableArray<TolerationSpec> Tolerations,
    ServiceSpec? Service,
    EquatableArray<MisplacedAttribute> Misplaced,
    EquatableArray<InvalidArgument> InvalidArguments);

/// <summary>One container of the pod; <paramref name="IsInit"/> for an init container, which runs to completion before the others start.</summary>
internal sealed record ContainerSpec(
    bool IsInit,
    Sourced<string> Name,
    Sourced<string> Image,
    ImagePullPolicy PullPolicy,
    EquatableArray<Sourced<string>> Command,
    EquatableArray<Sourced<string>> Args,
    EquatableArray<PortSpec> Ports,
    EquatableArray<KeyValueSpec> Env,
    EquatableArray<QuantitySpec> Resources,
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

/// <summary>A key and value written by the user: a label, annotation, node selector entry or environment variable.</summary>
internal sealed record KeyValueSpec(Sourced<string> Key, Sourced<string> Value);

/// <summary>A toleration; <see cref="TaintEffect.Any"/> tolerates every effect.</summary>
internal sealed record TolerationSpec(
    Sourced<string> Key,
    Sourced<string>? Value,
    TaintEffect Effect,
    Sourced<long>? Seconds,
    SourceRef Source);

/// <summary>The Service in front of the workload's pods.</summary>
internal sealed record ServiceSpec(
    Sourced<string> Name,
    Sourced<int> Port,
    Sourced<string>? TargetPort,
    Sourced<string>? PortName,
    ServiceType Type,
    Sourced<int>? NodePort,
    Protocol Protocol,
    SourceRef Source);
