namespace Manifests.Generators.Models;

/// <summary>The Service in front of the workload's pods (a StatefulSet's is headless).</summary>
internal sealed record ServiceSpec(
    Sourced<string> Name,
    Sourced<int> Port,
    Sourced<string>? TargetPort,
    Sourced<string>? PortName,
    ServiceType Type,
    Sourced<int>? NodePort,
    Protocol Protocol,
    SourceRef Source);

/// <summary>One Ingress rule to the workload's Service.</summary>
internal sealed record IngressSpec(
    Sourced<string> Host,
    Sourced<string>? Path,
    IngressPathType PathType,
    Sourced<int>? Port,
    Sourced<string>? TlsSecret,
    Sourced<string>? ClassName,
    SourceRef Source);

/// <summary>The HorizontalPodAutoscaler of the workload.</summary>
internal sealed record AutoscaleSpec(Sourced<int>? Min, Sourced<int>? Max, Sourced<int>? CpuPercent, Sourced<int>? MemoryPercent, SourceRef Source);

/// <summary>The PodDisruptionBudget of the workload's pods; each bound a number or a percentage, as written.</summary>
internal sealed record DisruptionBudgetSpec(Sourced<string>? MinAvailable, Sourced<string>? MaxUnavailable, SourceRef Source);
