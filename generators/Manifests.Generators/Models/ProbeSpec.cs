namespace Manifests.Generators.Models;

/// <summary>Which of the container's probes.</summary>
internal enum ProbeKind
{
    Readiness,
    Liveness,
    Startup,
}

/// <summary>One probe of a container: how to ask, and how often. Unset numbers are null (Kubernetes' defaults apply).</summary>
/// <param name="Kind">Readiness, liveness or startup.</param>
/// <param name="Path">HTTP GET: the path.</param>
/// <param name="Port">HTTP GET: the port by name or number, as written.</param>
/// <param name="Scheme">HTTP GET: the scheme.</param>
/// <param name="TcpPort">TCP: the port by name or number.</param>
/// <param name="Exec">A command.</param>
/// <param name="GrpcPort">gRPC: the port.</param>
/// <param name="GrpcService">gRPC: the service to check.</param>
/// <param name="Timing">Delays, periods, timeouts and thresholds.</param>
/// <param name="Source">The attribute.</param>
internal sealed record ProbeSpec(
    ProbeKind Kind,
    Sourced<string>? Path,
    Sourced<string>? Port,
    ProbeScheme Scheme,
    Sourced<string>? TcpPort,
    Helpers.EquatableArray<Sourced<string>> Exec,
    Sourced<int>? GrpcPort,
    Sourced<string>? GrpcService,
    ProbeTiming Timing,
    SourceRef Source);

/// <summary>A probe's numbers, each null when left to Kubernetes.</summary>
internal sealed record ProbeTiming(
    Sourced<int>? InitialDelaySeconds,
    Sourced<int>? PeriodSeconds,
    Sourced<int>? TimeoutSeconds,
    Sourced<int>? SuccessThreshold,
    Sourced<int>? FailureThreshold);
