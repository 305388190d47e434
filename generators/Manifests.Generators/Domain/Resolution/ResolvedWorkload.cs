using Manifests.Generators.Helpers;
using Manifests.Generators.Models;

namespace Manifests.Generators.Domain.Resolution;

/// <summary>A label or annotation as it is written: key and value, nothing else.</summary>
internal readonly record struct Label(string Key, string Value);

/// <summary>
/// One valid workload class with every default applied and every choice made: what the emitter writes, field by field,
/// without deciding anything.
/// </summary>
/// <param name="Spec">The class's model, for what is written as the user wrote it.</param>
/// <param name="File">The workload object's identity and file.</param>
/// <param name="Replicas">The replica count to write; null when an autoscaler owns it.</param>
/// <param name="Labels">The labels of the workload, its pods and the objects around it, in order.</param>
/// <param name="Annotations">The annotations of the workload and its pods.</param>
/// <param name="Selector">The labels that select the workload's pods.</param>
/// <param name="Containers">The containers, in the order written, init containers among them.</param>
/// <param name="Volumes">The pod's volumes.</param>
/// <param name="AntiAffinities">The pods to keep apart from, by their selector.</param>
/// <param name="Service">The Service in front of the pods, if any.</param>
/// <param name="Ingress">The Ingress to the Service, if any.</param>
/// <param name="Autoscaler">The HorizontalPodAutoscaler, if any.</param>
/// <param name="DisruptionBudget">The PodDisruptionBudget, if any.</param>
internal sealed record ResolvedWorkload(
    WorkloadSpec Spec,
    ObjectFile File,
    int? Replicas,
    EquatableArray<Label> Labels,
    EquatableArray<Label> Annotations,
    EquatableArray<Label> Selector,
    EquatableArray<ResolvedContainer> Containers,
    EquatableArray<ResolvedVolume> Volumes,
    EquatableArray<ResolvedAntiAffinity> AntiAffinities,
    ResolvedService? Service,
    ResolvedIngress? Ingress,
    ResolvedAutoscaler? Autoscaler,
    ResolvedDisruptionBudget? DisruptionBudget);

/// <summary>A container with its references and defaults resolved.</summary>
internal sealed record ResolvedContainer(ContainerSpec Spec, EquatableArray<ResolvedEnv> Env, EquatableArray<ResolvedEnvFrom> EnvFrom, EquatableArray<ResolvedProbe> Probes);

/// <summary>Where an environment variable's value comes from.</summary>
internal enum ValueSource
{
    Literal,
    SecretKey,
    ConfigMapKey,
}

/// <summary>An environment variable: a literal, or a key of a named Secret or ConfigMap.</summary>
internal sealed record ResolvedEnv(string Name, ValueSource From, string Value, string ObjectName, string Key, bool Optional);

/// <summary>Every key of a named Secret or ConfigMap as variables.</summary>
internal sealed record ResolvedEnvFrom(ValueSource From, string ObjectName, string? Prefix, bool Optional);

/// <summary>A probe with its port resolved (the container's only port when none is written).</summary>
internal sealed record ResolvedProbe(ProbeSpec Spec, IntOrString? HttpPort, IntOrString? TcpPort);

/// <summary>A pod volume with the name of the ConfigMap or Secret it shows, when it shows one.</summary>
internal sealed record ResolvedVolume(VolumeSpec Spec, string? ObjectName);

/// <summary>A pod anti-affinity: the workload whose pods to avoid, by its selector label, and where.</summary>
internal sealed record ResolvedAntiAffinity(string TopologyKey, string WorkloadName, bool Preferred, int Weight);

/// <summary>A workload's Service with its port resolved.</summary>
/// <param name="File">Its identity and file.</param>
/// <param name="Type">How it is exposed.</param>
/// <param name="Headless">A StatefulSet's governing Service: no cluster IP, a DNS name per pod.</param>
/// <param name="PortName">The Service port's name, if it has one.</param>
/// <param name="Port">The port clients connect to.</param>
/// <param name="Target">The container port it sends traffic to.</param>
/// <param name="NodePort">A fixed node port, if any.</param>
/// <param name="Protocol">The protocol.</param>
internal sealed record ResolvedService(
    ObjectFile File,
    ServiceType Type,
    bool Headless,
    string? PortName,
    int Port,
    IntOrString Target,
    int? NodePort,
    Protocol Protocol);

/// <summary>The Ingress of a workload: its rules to the workload's Service, and the TLS secret of each host that has one.</summary>
internal sealed record ResolvedIngress(ObjectFile File, string? ClassName, EquatableArray<ResolvedIngressRule> Rules, EquatableArray<ResolvedIngressTls> Tls);

/// <summary>One path of one host to a port of the Service.</summary>
internal sealed record ResolvedIngressRule(string Host, string Path, IngressPathType PathType, string ServiceName, int ServicePort);

/// <summary>The hosts one TLS secret serves.</summary>
internal sealed record ResolvedIngressTls(EquatableArray<string> Hosts, string SecretName);

/// <summary>The HorizontalPodAutoscaler of a workload.</summary>
internal sealed record ResolvedAutoscaler(ObjectFile File, ObjectFile Target, int Min, int Max, int? CpuPercent, int? MemoryPercent);

/// <summary>The PodDisruptionBudget of a workload's pods.</summary>
internal sealed record ResolvedDisruptionBudget(ObjectFile File, IntOrString? MinAvailable, IntOrString? MaxUnavailable);

/// <summary>A ConfigMap class, resolved.</summary>
internal sealed record ResolvedConfigMap(ConfigMapSpec Spec, ObjectFile File, EquatableArray<Label> Labels, EquatableArray<Label> Annotations);
