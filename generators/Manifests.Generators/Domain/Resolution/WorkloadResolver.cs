using System.Collections.Generic;
using Manifests.Generators.Domain.Kubernetes;
using Manifests.Generators.Helpers;
using Manifests.Generators.Models;

namespace Manifests.Generators.Domain.Resolution;

/// <summary>
/// Applies the assembly defaults and Manifests' conventions to a valid workload: its namespace, labels and selector,
/// its objects' identities and files, and its Service's ports. Every decision about what is written is made here.
/// </summary>
internal static class WorkloadResolver
{
    public static ResolvedWorkload Resolve(WorkloadSpec workload, ManifestDefaults defaults)
    {
        var ns = EffectiveNamespace(workload, defaults);
        var name = workload.Name.Value;
        var selector = new[] { new Label(WellKnownLabels.Name, name) }.ToEquatableArray();
        var labels = Labels(workload, defaults, selector);
        var annotations = new List<Label>(workload.Annotations.Count);
        foreach (var annotation in workload.Annotations)
        {
            annotations.Add(new Label(annotation.Key.Value, annotation.Value.Value));
        }
        var service = workload.Service is { } spec ? ResolveService(workload, spec, ns) : null;
        return new ResolvedWorkload(workload, new ObjectFile(Kind(workload.Kind), name, ns), labels, annotations.ToEquatableArray(), selector, service);
    }

    /// <summary>The identities of the objects <paramref name="workload"/> declares, valid or not: what the duplicate rule compares.</summary>
    public static IEnumerable<(ObjectFile File, SourceRef Source)> Objects(WorkloadSpec workload, ManifestDefaults defaults)
    {
        var ns = EffectiveNamespace(workload, defaults);
        yield return (new ObjectFile(Kind(workload.Kind), workload.Name.Value, ns), workload.KindSource);
        if (workload.Service is { } service)
        {
            yield return (new ObjectFile(ObjectKind.Service, service.Name.Value, ns), service.Source);
        }
    }

    /// <summary>The namespace the workload's objects go to: its own, else the assembly default, else none.</summary>
    private static string? EffectiveNamespace(WorkloadSpec workload, ManifestDefaults defaults)
        => workload.Namespace?.Value ?? defaults.Namespace;

    private static ObjectKind Kind(WorkloadKind kind) => kind == WorkloadKind.ReplicaSet ? ObjectKind.ReplicaSet : ObjectKind.Deployment;

    /// <summary>
    /// The labels of the workload, its pods and its Service: the selector label first, then part-of, the assembly's
    /// common labels and the class's own (which override common ones of the same key).
    /// </summary>
    private static EquatableArray<Label> Labels(WorkloadSpec workload, ManifestDefaults defaults, EquatableArray<Label> selector)
    {
        var labels = new List<Label>(selector);
        if (defaults.PartOf is { } partOf)
        {
            Set(labels, WellKnownLabels.PartOf, partOf);
        }
        foreach (var label in defaults.CommonLabels)
        {
            Set(labels, label.Key.Value, label.Value.Value);
        }
        foreach (var label in workload.Labels)
        {
            Set(labels, label.Key.Value, label.Value.Value);
        }
        return labels.ToEquatableArray();

        static void Set(List<Label> labels, string key, string value)
        {
            var index = labels.FindIndex(l => l.Key == key);
            if (index >= 0)
            {
                labels[index] = new Label(key, value);
            }
            else
            {
                labels.Add(new Label(key, value));
            }
        }
    }

    private static ResolvedService ResolveService(WorkloadSpec workload, ServiceSpec service, string? ns)
    {
        var target = ServiceTarget.Resolve(workload, service);
        // A Service port is named after the container port it targets by name, unless named itself.
        var portName = service.PortName?.Value ?? (target.Number is null ? target.Text : null);
        return new ResolvedService(
            new ObjectFile(ObjectKind.Service, service.Name.Value, ns),
            service.Type,
            portName,
            service.Port.Value,
            target.Number is null ? target.Text : null,
            target.Number,
            service.NodePort?.Value,
            service.Protocol);
    }
}
