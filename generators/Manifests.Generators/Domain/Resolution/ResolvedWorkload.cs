using Manifests.Generators.Helpers;
using Manifests.Generators.Models;

namespace Manifests.Generators.Domain.Resolution;

/// <summary>A label or annotation as it is written: key and value, nothing else.</summary>
internal readonly record struct Label(string Key, string Value);

/// <summary>
/// One valid workload class with every default applied and every choice made: what the emitter writes, field by
/// field, without deciding anything.
/// </summary>
/// <param name="Spec">The class's model, for the pod's containers, tolerations and node selector as written.</param>
/// <param name="File">The workload object's identity and file.</param>
/// <param name="Labels">The labels of the workload, its pods and its Service, in order.</param>
/// <param name="Annotations">The annotations of the workload and its pods.</param>
/// <param name="Selector">The labels that select the workload's pods.</param>
/// <param name="Service">The Service in front of the pods, if any.</param>
internal sealed record ResolvedWorkload(
    WorkloadSpec Spec,
    ObjectFile File,
    EquatableArray<Label> Labels,
    EquatableArray<Label> Annotations,
    EquatableArray<Label> Selector,
    ResolvedService? Service);

/// <summary>A workload's Service with its port resolved.</summary>
/// <param name="File">Its identity and file.</param>
/// <param name="Type">How it is exposed.</param>
/// <param name="PortName">The Service port's name, if it has one.</param>
/// <param name="Port">The port clients connect to.</param>
/// <param name="TargetName">The container port it sends traffic to, by name; null when by number.</param>
/// <param name="TargetNumber">The container port by number; null when by name.</param>
/// <param name="NodePort">A fixed node port, if any.</param>
/// <param name="Protocol">The protocol.</param>
internal sealed record ResolvedService(
    ObjectFile File,
    ServiceType Type,
    string? PortName,
    int Port,
    string? TargetName,
    int? TargetNumber,
    int? NodePort,
    Protocol Protocol);
