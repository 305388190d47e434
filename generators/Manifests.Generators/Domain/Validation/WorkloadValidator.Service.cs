using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Manifests.Generators.Diagnostics;
using Manifests.Generators.Domain.Kubernetes;
using Manifests.Generators.Domain.Resolution;
using Manifests.Generators.Models;

namespace Manifests.Generators.Domain.Validation;

/// <summary>The workload's Service: its name and ports, and that its target is a port the pod exposes (KM402).</summary>
internal static partial class WorkloadValidator
{
    private static void CheckService(ImmutableArray<ManifestProblem>.Builder problems, WorkloadSpec workload, ServiceSpec service)
    {
        var name = service.Name;
        if (KubernetesGrammar.CheckDns1035Label(name.Value) is { } nameProblem)
        {
            problems.Add((IsWritten(name)
                    ? ManifestProblem.Create(DiagnosticDescriptors.InvalidObjectName, name.Source, "Service", name.Value, nameProblem)
                    : ManifestProblem.Create(DiagnosticDescriptors.InvalidWorkloadDerivedServiceName, name.Source, name.Value, nameProblem))
                .With(DiagnosticProperties.NameRule(NameRule.Dns1035Label)));
        }
        var serviceName = name.Value;

        if (service.Port.Value == 0 && !IsWritten(service.Port))
        {
            problems.Add(ManifestProblem.Create(DiagnosticDescriptors.ServiceWithoutPort, service.Port.Source, serviceName));
        }
        else if (!KubernetesGrammar.IsPortNumber(service.Port.Value))
        {
            problems.Add(ManifestProblem.Create(DiagnosticDescriptors.InvalidPortNumber, service.Port.Source, "Service port", Number(service.Port.Value)));
        }

        if (service.NodePort is { } nodePort)
        {
            if (service.Type == ServiceType.ClusterIP)
            {
                problems.Add(ManifestProblem.Create(DiagnosticDescriptors.NodePortOnClusterIP, nodePort.Source, serviceName));
            }
            else if (!KubernetesGrammar.IsPortNumber(nodePort.Value))
            {
                problems.Add(ManifestProblem.Create(DiagnosticDescriptors.InvalidPortNumber, nodePort.Source, "Node port", Number(nodePort.Value)));
            }
        }

        if (service.PortName is { } portName && KubernetesGrammar.CheckPortName(portName.Value) is { } portNameProblem)
        {
            problems.Add(ManifestProblem.Create(DiagnosticDescriptors.InvalidPortName, portName.Source, portName.Value, portNameProblem).With(DiagnosticProperties.NameRule(NameRule.PortName)));
        }

        CheckTarget(problems, workload, service);
    }

    /// <summary>KM402: the port the Service sends traffic to must be one a container of the pod exposes, under the Service's protocol.</summary>
    private static void CheckTarget(ImmutableArray<ManifestProblem>.Builder problems, WorkloadSpec workload, ServiceSpec service)
    {
        var target = ServiceTarget.Resolve(workload, service);
        if (target.Number is { } number)
        {
            if (!KubernetesGrammar.IsPortNumber(number))
            {
                // Only a target the user wrote: a defaulted one is the Service port or the only container port,
                // and each of those is reported where it was written.
                if (service.TargetPort is not null)
                {
                    problems.Add(ManifestProblem.Create(DiagnosticDescriptors.InvalidPortNumber, target.Source, "Target port", target.Text));
                }
                return;
            }
        }
        else if (KubernetesGrammar.CheckPortName(target.Text) is { } targetProblem)
        {
            problems.Add(ManifestProblem.Create(DiagnosticDescriptors.InvalidPortName, target.Source, target.Text, targetProblem).With(DiagnosticProperties.NameRule(NameRule.PortName)));
            return;
        }
        if (ExposedPort(workload, target, service.Protocol) is not null)
        {
            return;
        }

        // The port may be there under another protocol: listing the pod's ports would not show the user why it does not count.
        var serviceName = service.Name.Value;
        var workloadName = workload.Name.Value;
        if (ExposedPort(workload, target, protocol: null) is { } otherProtocol)
        {
            problems.Add(ManifestProblem.Create(DiagnosticDescriptors.TargetPortOfOtherProtocol, target.Source,
                serviceName, target.Text, workloadName, KubernetesSpelling.Of(otherProtocol.Protocol), KubernetesSpelling.Of(service.Protocol), otherProtocol.Protocol.ToString()));
            return;
        }
        var exposed = workload.Containers.Where(c => !c.IsInit).SelectMany(c => c.Ports).ToList();
        problems.Add(exposed.Count == 0
            ? ManifestProblem.Create(DiagnosticDescriptors.TargetPortNotExposedNoPorts, target.Source, serviceName, target.Text, workloadName)
            : ManifestProblem.Create(DiagnosticDescriptors.TargetPortNotExposed, target.Source, serviceName, target.Text, workloadName, string.Join(", ", exposed.Select(Describe))));
    }

    /// <summary>The first port of a (non-init) container that <paramref name="target"/> names, of <paramref name="protocol"/> unless that is null.</summary>
    private static PortSpec? ExposedPort(WorkloadSpec workload, ServiceTarget target, Protocol? protocol)
    {
        foreach (var container in workload.Containers)
        {
            if (container.IsInit)
            {
                continue;
            }
            foreach (var port in container.Ports)
            {
                var named = target.Number is { } number ? port.Number.Value == number : port.Name?.Value == target.Text;
                if (named && (protocol is null || port.Protocol == protocol))
                {
                    return port;
                }
            }
        }
        return null;
    }

    /// <summary>A port as the message lists it: <c>8080 ('http')</c>, <c>53/UDP</c>.</summary>
    private static string Describe(PortSpec port)
    {
        var number = port.Number.Value.ToString(CultureInfo.InvariantCulture);
        var protocol = port.Protocol == Protocol.Tcp ? string.Empty : "/" + KubernetesSpelling.Of(port.Protocol);
        return port.Name is { } name ? $"{number}{protocol} ('{name.Value}')" : number + protocol;
    }
}
