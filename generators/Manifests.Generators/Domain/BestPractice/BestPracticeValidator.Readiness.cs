using System.Collections.Immutable;
using System.Globalization;
using Manifests.Generators.Diagnostics;
using Manifests.Generators.Domain.Resolution;
using Manifests.Generators.Models;

namespace Manifests.Generators.Domain.BestPractice;

/// <summary>KM502: a readiness probe on the container a Service sends traffic to.</summary>
internal static partial class BestPracticeValidator
{
    /// <summary>
    /// The container that exposes the Service's target port needs a readiness probe: a pod is ready when all its
    /// containers are, and a container without one is ready as soon as it starts, so a sidecar's probe does not hold
    /// traffic back from the container that serves it. A target no container exposes is KM402's business.
    /// </summary>
    private static void CheckReadiness(ImmutableArray<ManifestProblem>.Builder problems, WorkloadSpec workload)
    {
        if (workload.Service is not { } service)
        {
            return;
        }
        var target = ServiceTarget.Resolve(workload, service);
        foreach (var container in workload.Containers)
        {
            if (container.IsInit || ServedPort(container, target, service.Protocol) is not { } port)
            {
                continue;
            }
            var hasStartupProbe = false;
            var hasReadinessProbe = false;
            foreach (var probe in container.Probes)
            {
                hasReadinessProbe |= probe.Kind == ProbeKind.Readiness;
                hasStartupProbe |= probe.Kind == ProbeKind.Startup;
            }
            if (hasReadinessProbe)
            {
                continue;
            }
            var descriptor = hasStartupProbe ? DiagnosticDescriptors.OnlyStartupProbe : DiagnosticDescriptors.NoReadinessProbe;
            var probePort = port.Name?.Value ?? port.Number.Value.ToString(CultureInfo.InvariantCulture);
            problems.Add(ManifestProblem.Create(descriptor, container.Source, container.Name.Value, workload.Name.Value, service.Name.Value)
                .With(DiagnosticProperties.ProbePort(probePort)));
        }
    }

    /// <summary>The container's port the Service's target names: by name, or by number and protocol.</summary>
    private static PortSpec? ServedPort(ContainerSpec container, ServiceTarget target, Protocol protocol)
    {
        foreach (var port in container.Ports)
        {
            var matches = target.Number is { } number
                ? port.Number.Value == number && port.Protocol == protocol
                : port.Name?.Value == target.Text;
            if (matches)
            {
                return port;
            }
        }
        return null;
    }
}
