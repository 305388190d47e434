using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Manifests.Generators.Diagnostics;
using Manifests.Generators.Domain.Kubernetes;
using Manifests.Generators.Models;

namespace Manifests.Generators.Domain.Validation;

/// <summary>
/// Probes: exactly one handler (KM123), a port Kubernetes can read (KM106, KM107) and one the container declares
/// (KM404), numbers the API server accepts (KM123), and no argument that the handler ignores (KM117).
/// </summary>
internal static partial class WorkloadValidator
{
    private const string ProbeText = "Probe of container";

    private static void CheckProbes(ImmutableArray<ManifestProblem>.Builder problems, WorkloadSpec workload, ContainerSpec container)
    {
        foreach (var probe in container.Probes)
        {
            var attribute = ProbeAttributeName(probe.Kind);
            var containerName = container.Name.Value;
            if (CheckHandlers(problems, probe, attribute, containerName) is { } handler)
            {
                CheckProbePorts(problems, workload, container, probe, attribute, handler);
            }
            CheckProbeTiming(problems, probe, attribute, containerName);

            if (probe.Path is { } path)
            {
                CheckText(problems, path, ProbeText, containerName);
            }
            foreach (var part in probe.Exec)
            {
                CheckText(problems, part, ProbeText, containerName);
            }
            if (probe.GrpcService is { } service)
            {
                CheckText(problems, service, ProbeText, containerName);
            }
        }
    }

    /// <summary>
    /// KM123 for a probe with no handler or several (Kubernetes: "must specify a handler type", "may not specify more
    /// than 1 handler type"), KM117 for HTTP or gRPC settings beside another handler. Returns the property of the one
    /// handler, or null when there is not exactly one.
    /// </summary>
    private static string? CheckHandlers(ImmutableArray<ManifestProblem>.Builder problems, ProbeSpec probe, string attribute, string containerName)
    {
        var handlers = new List<(string Property, SourceRef Source)>(1);
        if (probe.Path is { } path)
        {
            handlers.Add((nameof(ProbeAttribute.Path), path.Source));
        }
        if (probe.TcpPort is { } tcp)
        {
            handlers.Add((nameof(ProbeAttribute.TcpPort), tcp.Source));
        }
        if (!probe.Exec.IsEmpty)
        {
            handlers.Add((nameof(ProbeAttribute.Exec), probe.Exec[0].Source));
        }
        if (probe.GrpcPort is { } grpc)
        {
            handlers.Add((nameof(ProbeAttribute.GrpcPort), grpc.Source));
        }

        if (handlers.Count == 0)
        {
            problems.Add(probe.Port is { } port
                ? ManifestProblem.Create(DiagnosticDescriptors.ProbePortWithoutPath, port.Source, attribute, containerName, port.Value)
                : ManifestProblem.Create(DiagnosticDescriptors.ProbeWithoutHandler, probe.Source, attribute, containerName));
            return null;
        }
        for (var i = 1; i < handlers.Count; i++)
        {
            problems.Add(ManifestProblem.Create(DiagnosticDescriptors.ProbeWithSeveralHandlers, handlers[i].Source, attribute, containerName, handlers[0].Property, handlers[i].Property));
        }

        var handler = handlers[0].Property;
        if (probe.Path is null)
        {
            if (probe.Port is { } port)
            {
                problems.Add(ManifestProblem.Create(DiagnosticDescriptors.ProbeArgumentWithoutPath, port.Source, attribute, nameof(ProbeAttribute.Port), handler));
            }
            if (probe.Scheme == ProbeScheme.Https)
            {
                problems.Add(ManifestProblem.Create(DiagnosticDescriptors.ProbeArgumentWithoutPath, probe.Source.WithArgument(nameof(ProbeAttribute.Scheme)), attribute, nameof(ProbeAttribute.Scheme), handler));
            }
        }
        if (probe.GrpcPort is null && probe.GrpcService is { } service)
        {
            problems.Add(ManifestProblem.Create(DiagnosticDescriptors.GrpcServiceWithoutGrpcPort, service.Source, attribute, nameof(ProbeAttribute.GrpcService)));
        }
        return handlers.Count == 1 ? handler : null;
    }

    /// <summary>
    /// The port of the probe's one handler: one Kubernetes can read (KM106 a number, KM107 a name), the container's only
    /// port when an HTTP probe names none (KM123 when there is no single one), and one the container declares (KM404).
    /// </summary>
    private static void CheckProbePorts(ImmutableArray<ManifestProblem>.Builder problems, WorkloadSpec workload, ContainerSpec container, ProbeSpec probe, string attribute, string handler)
    {
        var containerName = container.Name.Value;
        switch (handler)
        {
            case nameof(ProbeAttribute.Path) when probe.Port is { } port:
                CheckProbePort(problems, workload, container, attribute, port);
                break;
            case nameof(ProbeAttribute.Path) when container.Ports.Count == 0:
                problems.Add(ManifestProblem.Create(DiagnosticDescriptors.HttpProbeWithoutPort, probe.Source, attribute, containerName));
                break;
            case nameof(ProbeAttribute.Path) when container.Ports.Count > 1:
                problems.Add(ManifestProblem.Create(DiagnosticDescriptors.HttpProbeWithoutPortOfSeveral, probe.Source, attribute, containerName, string.Join(", ", container.Ports.Select(Describe))));
                break;
            case nameof(ProbeAttribute.TcpPort) when probe.TcpPort is { } tcp:
                CheckProbePort(problems, workload, container, attribute, tcp);
                break;
            case nameof(ProbeAttribute.GrpcPort) when probe.GrpcPort is { } grpc:
                if (!KubernetesGrammar.IsPortNumber(grpc.Value))
                {
                    problems.Add(ManifestProblem.Create(DiagnosticDescriptors.InvalidPortNumber, grpc.Source, "Probe port", Number(grpc.Value)));
                }
                else
                {
                    CheckProbePortNumber(problems, workload, container, attribute, grpc.Value, grpc.Source);
                }
                break;
        }
    }

    /// <summary>A port written as text: a number when it reads as one (as the emitter writes it), else a port name.</summary>
    private static void CheckProbePort(ImmutableArray<ManifestProblem>.Builder problems, WorkloadSpec workload, ContainerSpec container, string attribute, Sourced<string> port)
    {
        if (int.TryParse(port.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            if (!KubernetesGrammar.IsPortNumber(number))
            {
                problems.Add(ManifestProblem.Create(DiagnosticDescriptors.InvalidPortNumber, port.Source, "Probe port", port.Value));
                return;
            }
            CheckProbePortNumber(problems, workload, container, attribute, number, port.Source);
            return;
        }
        if (KubernetesGrammar.CheckPortName(port.Value) is { } nameProblem)
        {
            problems.Add(ManifestProblem.Create(DiagnosticDescriptors.InvalidPortName, port.Source, port.Value, nameProblem).With(DiagnosticProperties.NameRule(NameRule.PortName)));
            return;
        }
        CheckProbePortName(problems, workload, container, attribute, port);
    }

    /// <summary>
    /// KM404, an Error: the kubelet resolves a probe's port name among the probed container's own ports, and a name it
    /// cannot resolve fails the probe every time.
    /// </summary>
    private static void CheckProbePortName(ImmutableArray<ManifestProblem>.Builder problems, WorkloadSpec workload, ContainerSpec container, string attribute, Sourced<string> port)
    {
        var name = port.Value;
        var containerName = container.Name.Value;
        if (container.Ports.Any(p => p.Name?.Value == name))
        {
            return;
        }
        var other = workload.Containers.FirstOrDefault(c => !c.IsInit && !ReferenceEquals(c, container) && c.Ports.Any(p => p.Name?.Value == name));
        var declared = container.Ports.Where(p => p.Name is not null).Select(p => p.Name!.Value.Value).ToList();
        if (other is not null)
        {
            problems.Add(ManifestProblem.Create(DiagnosticDescriptors.ProbePortNameOfOtherContainer, port.Source, attribute, containerName, name, other.Name.Value));
        }
        else if (Nearest(name, declared) is { } suggestion)
        {
            problems.Add(ManifestProblem.Create(DiagnosticDescriptors.ProbePortNameDidYouMean, port.Source, attribute, containerName, name, suggestion).With(DiagnosticProperties.Suggestion(suggestion)));
        }
        else if (container.Ports.IsEmpty)
        {
            problems.Add(ManifestProblem.Create(DiagnosticDescriptors.ProbePortNameWithoutPorts, port.Source, attribute, containerName, name));
        }
        else
        {
            problems.Add(ManifestProblem.Create(DiagnosticDescriptors.ProbePortNameNotDeclared, port.Source, attribute, containerName, name, string.Join(", ", container.Ports.Select(Describe))));
        }
    }

    /// <summary>
    /// KM404, a Warning: a number needs no declaration to be probed (a process may listen on a port the pod does not
    /// declare), but an undeclared one is usually a typo, and another container's is that container's health.
    /// </summary>
    private static void CheckProbePortNumber(ImmutableArray<ManifestProblem>.Builder problems, WorkloadSpec workload, ContainerSpec container, string attribute, int number, SourceRef source)
    {
        if (container.Ports.Any(p => p.Number.Value == number))
        {
            return;
        }
        var containerName = container.Name.Value;
        var text = Number(number);
        var other = workload.Containers.FirstOrDefault(c => !c.IsInit && !ReferenceEquals(c, container) && c.Ports.Any(p => p.Number.Value == number));
        problems.Add(other is not null
            ? ManifestProblem.Create(DiagnosticDescriptors.ProbePortNumberOfOtherContainer, source, attribute, containerName, text, other.Name.Value)
            : container.Ports.IsEmpty
                ? ManifestProblem.Create(DiagnosticDescriptors.ProbePortNumberWithoutPorts, source, attribute, containerName, text)
                : ManifestProblem.Create(DiagnosticDescriptors.ProbePortNumberNotDeclared, source, attribute, containerName, text, string.Join(", ", container.Ports.Select(Describe))));
    }

    /// <summary>
    /// KM123: Kubernetes rejects negative numbers; 0 is its "unset", which it replaces with its default. After that, a
    /// liveness or startup probe's success threshold must be 1.
    /// </summary>
    private static void CheckProbeTiming(ImmutableArray<ManifestProblem>.Builder problems, ProbeSpec probe, string attribute, string containerName)
    {
        var timing = probe.Timing;
        Negative(timing.InitialDelaySeconds, nameof(ProbeAttribute.InitialDelaySeconds));
        Negative(timing.PeriodSeconds, nameof(ProbeAttribute.PeriodSeconds));
        Negative(timing.TimeoutSeconds, nameof(ProbeAttribute.TimeoutSeconds));
        Negative(timing.SuccessThreshold, nameof(ProbeAttribute.SuccessThreshold));
        Negative(timing.FailureThreshold, nameof(ProbeAttribute.FailureThreshold));
        if (probe.Kind != ProbeKind.Readiness && timing.SuccessThreshold is { Value: > 1 } threshold)
        {
            problems.Add(ManifestProblem.Create(DiagnosticDescriptors.SuccessThresholdNotOne, threshold.Source, attribute, containerName, Number(threshold.Value)));
        }

        void Negative(Sourced<int>? setting, string property)
        {
            if (setting is { Value: < 0 } value)
            {
                problems.Add(ManifestProblem.Create(DiagnosticDescriptors.NegativeProbeSetting, value.Source, attribute, containerName, property, Number(value.Value)));
            }
        }
    }

    private static string ProbeAttributeName(ProbeKind kind) => kind switch
    {
        ProbeKind.Liveness => "LivenessProbe",
        ProbeKind.Startup => "StartupProbe",
        _ => "ReadinessProbe",
    };
}
