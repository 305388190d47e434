using System.Collections.Generic;
using Manifests.Generators.Models;

namespace Manifests.Generators.Domain.Validation;

/// <summary>
/// Who an emitted object is, for finding two classes that describe the same object. Deployments and ReplicaSets
/// share one group: two workloads of the same name in one namespace would select each other's pods.
/// </summary>
internal readonly record struct ObjectIdentity(string Group, string Name, string? Namespace)
{
    public const string WorkloadGroup = "workload";
    public const string ServiceGroup = "Service";

    /// <summary>The identities of the objects <paramref name="workload"/> emits, with the kind each is emitted as.</summary>
    public static IEnumerable<(ObjectIdentity Identity, string Kind, SourceRef Source)> Of(WorkloadSpec workload, ManifestDefaults defaults)
    {
        var ns = EffectiveNamespace(workload, defaults);
        yield return (new ObjectIdentity(WorkloadGroup, workload.Name.Value, ns), workload.Kind.ToString(), workload.KindSource);
        if (workload.Service is { } service)
        {
            yield return (new ObjectIdentity(ServiceGroup, service.Name.Value, ns), "Service", service.Source);
        }
    }

    /// <summary>The namespace the workload's objects go to: its own, else the assembly default, else none.</summary>
    public static string? EffectiveNamespace(WorkloadSpec workload, ManifestDefaults defaults)
        => workload.Namespace?.Value ?? defaults.Namespace;
}
