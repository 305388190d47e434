using System.Collections.Immutable;
using Manifests.Generators.Diagnostics;
using Manifests.Generators.Models;

namespace Manifests.Generators.Domain.BestPractice;

/// <summary>KM501: cpu and memory requests, which the scheduler places pods by.</summary>
internal static partial class BestPracticeValidator
{
    /// <summary>
    /// A container that keeps running and requests no cpu or no memory. A limit alone counts as a request: Kubernetes
    /// then requests the limit. Init containers are left out: they run before the others, in the room the pod's
    /// requests reserve.
    /// </summary>
    private static void CheckRequests(ImmutableArray<ManifestProblem>.Builder problems, WorkloadSpec workload, ContainerSpec container)
    {
        var hasCpu = false;
        var hasMemory = false;
        SourceRef? resources = null;
        foreach (var quantity in container.Resources)
        {
            resources ??= SourceRef.Attribute(quantity.Quantity.Source.AttributeIndex);
            hasCpu |= quantity.Resource == ResourceName.Cpu;
            hasMemory |= quantity.Resource == ResourceName.Memory;
        }
        var descriptor = (hasCpu, hasMemory) switch
        {
            (false, false) => DiagnosticDescriptors.NoCpuOrMemoryRequests,
            (false, true) => DiagnosticDescriptors.NoCpuRequest,
            (true, false) => DiagnosticDescriptors.NoMemoryRequest,
            _ => null,
        };
        if (descriptor is not null)
        {
            problems.Add(ManifestProblem.Create(descriptor, resources ?? container.Source, container.Name.Value, workload.Name.Value));
        }
    }
}
