using System.Collections.Generic;
using System.Linq;
using Manifests.Generators.Domain.Kubernetes;
using Manifests.Generators.Helpers;
using Manifests.Generators.Models;

namespace Manifests.Generators.Domain.Resolution;

/// <summary>
/// Applies the assembly defaults and Manifests' conventions to a valid workload: its namespace, labels and selector,
/// its objects' identities and files, its references by name, and every port and bound left to a default. Every
/// decision about what is written is made here, so the emitter only writes.
/// </summary>
internal static class WorkloadResolver
{
    /// <summary>The topology key of a pod anti-affinity that names none: one node.</summary>
    public const string HostnameTopology = "kubernetes.io/hostname";

    /// <summary>Where every object goes when environments are declared: their shared layer.</summary>
    public const string BaseFolder = "base";

    /// <summary>The layer the objects go to: <see cref="BaseFolder"/> when environments are declared, else the top of the output.</summary>
    public static string? Folder(ManifestDefaults defaults) => defaults.Environments.IsEmpty ? null : BaseFolder;

    public static ResolvedWorkload Resolve(WorkloadSpec workload, ManifestDefaults defaults)
    {
        var ns = EffectiveNamespace(workload, defaults);
        var name = workload.Name.Value;
        var selector = new[] { new Label(WellKnownLabels.Name, name) }.ToEquatableArray();
        var file = new ObjectFile(Kind(workload.Kind), name, ns, Folder(defaults));
        var service = workload.Service is { } spec ? ResolveService(workload, spec, ns, Folder(defaults)) : null;
        return new ResolvedWorkload(
            workload,
            file,
            // An autoscaler owns the replica count: writing one would reset the pods at every apply.
            workload.Autoscale is not null && workload.Replicas.Source.Argument is null ? null : workload.Replicas.Value,
            Labels(defaults, workload.Labels, selector),
            Pairs(workload.Annotations),
            selector,
            workload.Containers.Select(container => ResolveContainer(workload, container)).ToEquatableArray(),
            workload.Pod.Volumes.Select(volume => new ResolvedVolume(volume, volume.Reference?.Name)).ToEquatableArray(),
            workload.Pod.PodAntiAffinities.Select(affinity => new ResolvedAntiAffinity(
                affinity.TopologyKey?.Value ?? HostnameTopology,
                affinity.Workload?.Name ?? name,
                affinity.Preferred,
                affinity.Weight?.Value ?? 1)).ToEquatableArray(),
            service,
            service is null || workload.Ingresses.IsEmpty ? null : ResolveIngress(workload, service, ns, Folder(defaults)),
            workload.Autoscale is { } autoscale
                ? new ResolvedAutoscaler(
                    new ObjectFile(ObjectKind.HorizontalPodAutoscaler, name, ns, Folder(defaults)), file,
                    autoscale.Min?.Value ?? 1, autoscale.Max?.Value ?? 0, autoscale.CpuPercent?.Value, autoscale.MemoryPercent?.Value)
                : null,
            workload.DisruptionBudget is { } budget
                ? new ResolvedDisruptionBudget(
                    new ObjectFile(ObjectKind.PodDisruptionBudget, name, ns, Folder(defaults)),
                    budget.MinAvailable is { } min ? IntOrString.Parse(min.Value) : null,
                    budget.MaxUnavailable is { } max ? IntOrString.Parse(max.Value) : null)
                : null);
    }

    public static ResolvedConfigMap Resolve(ConfigMapSpec configMap, ManifestDefaults defaults)
        => new(
            configMap,
            new ObjectFile(ObjectKind.ConfigMap, configMap.Name.Value, configMap.Namespace?.Value ?? defaults.Namespace, Folder(defaults)),
            Labels(defaults, configMap.Labels, EquatableArray<Label>.Empty),
            Pairs(configMap.Annotations));

    /// <summary>The identities of the objects <paramref name="workload"/> declares, valid or not: what the duplicate rule compares.</summary>
    public static IEnumerable<(ObjectFile File, SourceRef Source)> Objects(WorkloadSpec workload, ManifestDefaults defaults)
    {
        var ns = EffectiveNamespace(workload, defaults);
        var name = workload.Name.Value;
        yield return (new ObjectFile(Kind(workload.Kind), name, ns, Folder(defaults)), workload.KindSource);
        if (workload.Service is { } service)
        {
            yield return (new ObjectFile(ObjectKind.Service, service.Name.Value, ns, Folder(defaults)), service.Source);
            if (!workload.Ingresses.IsEmpty)
            {
                yield return (new ObjectFile(ObjectKind.Ingress, name, ns, Folder(defaults)), workload.Ingresses[0].Source);
            }
        }
        if (workload.Autoscale is { } autoscale)
        {
            yield return (new ObjectFile(ObjectKind.HorizontalPodAutoscaler, name, ns, Folder(defaults)), autoscale.Source);
        }
        if (workload.DisruptionBudget is { } budget)
        {
            yield return (new ObjectFile(ObjectKind.PodDisruptionBudget, name, ns, Folder(defaults)), budget.Source);
        }
    }

    /// <summary>The identity of the ConfigMap a class declares.</summary>
    public static ObjectFile Object(ConfigMapSpec configMap, ManifestDefaults defaults)
        => new(ObjectKind.ConfigMap, configMap.Name.Value, configMap.Namespace?.Value ?? defaults.Namespace, Folder(defaults));

    /// <summary>The namespace the workload's objects go to: its own, else the assembly default, else none.</summary>
    public static string? EffectiveNamespace(WorkloadSpec workload, ManifestDefaults defaults)
        => workload.Namespace?.Value ?? defaults.Namespace;

    private static ObjectKind Kind(WorkloadKind kind) => kind switch
    {
        WorkloadKind.ReplicaSet => ObjectKind.ReplicaSet,
        WorkloadKind.StatefulSet => ObjectKind.StatefulSet,
        _ => ObjectKind.Deployment,
    };

    /// <summary>
    /// The labels of an object: <paramref name="first"/> (a workload's selector label), then part-of, the assembly's
    /// common labels and the class's own (which override common ones of the same key).
    /// </summary>
    private static EquatableArray<Label> Labels(ManifestDefaults defaults, EquatableArray<KeyValueSpec> own, EquatableArray<Label> first)
    {
        var labels = new List<Label>(first);
        if (defaults.PartOf is { } partOf)
        {
            Set(labels, WellKnownLabels.PartOf, partOf);
        }
        foreach (var label in defaults.CommonLabels)
        {
            Set(labels, label.Key.Value, label.Value.Value);
        }
        foreach (var label in own)
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

    private static EquatableArray<Label> Pairs(EquatableArray<KeyValueSpec> entries)
        => entries.Select(entry => new Label(entry.Key.Value, entry.Value.Value)).ToEquatableArray();

    private static ResolvedContainer ResolveContainer(WorkloadSpec workload, ContainerSpec container)
        => new(
            container,
            container.Env.Select(variable => variable.Reference is { } reference
                ? new ResolvedEnv(variable.Name.Value, From(reference), string.Empty, reference.Name, variable.Key?.Value ?? variable.Name.Value, variable.Optional)
                : new ResolvedEnv(variable.Name.Value, ValueSource.Literal, variable.Value?.Value ?? string.Empty, string.Empty, string.Empty, false)).ToEquatableArray(),
            container.EnvFrom.Select(source => new ResolvedEnvFrom(From(source.Reference), source.Reference.Name, source.Prefix?.Value, source.Optional)).ToEquatableArray(),
            container.Probes.Select(probe => ResolveProbe(workload, container, probe)).ToEquatableArray());

    private static ValueSource From(ClassReference reference) => reference.Kind == ReferenceKind.Secret ? ValueSource.SecretKey : ValueSource.ConfigMapKey;

    /// <summary>An HTTP probe without a port probes the container's only port, by name when it has one.</summary>
    private static ResolvedProbe ResolveProbe(WorkloadSpec workload, ContainerSpec container, ProbeSpec probe)
    {
        IntOrString? http = null;
        if (probe.Path is not null)
        {
            http = probe.Port is { } port ? IntOrString.Parse(port.Value) : OnlyPort(container);
        }
        return new ResolvedProbe(probe, http, probe.TcpPort is { } tcp ? IntOrString.Parse(tcp.Value) : null);
    }

    /// <summary>The container's only port (by name when it has one), or null.</summary>
    public static IntOrString? OnlyPort(ContainerSpec container)
        => container.Ports.Count == 1
            ? container.Ports[0].Name is { } portName ? IntOrString.Parse(portName.Value) : IntOrString.Of(container.Ports[0].Number.Value)
            : null;

    private static ResolvedService ResolveService(WorkloadSpec workload, ServiceSpec service, string? ns, string? folder)
    {
        var target = ServiceTarget.Resolve(workload, service);
        // A Service port is named after the container port it targets by name, unless named itself.
        var portName = service.PortName?.Value ?? (target.Number is null ? target.Text : null);
        return new ResolvedService(
            new ObjectFile(ObjectKind.Service, service.Name.Value, ns, folder),
            service.Type,
            Headless: workload.Kind == WorkloadKind.StatefulSet,
            portName,
            service.Port.Value,
            target.Number is { } number ? IntOrString.Of(number) : new IntOrString(null, target.Text),
            service.NodePort?.Value,
            service.Protocol);
    }

    /// <summary>One Ingress for all of a workload's rules: each to the Service's port unless it names one; one TLS entry per secret.</summary>
    private static ResolvedIngress ResolveIngress(WorkloadSpec workload, ResolvedService service, string? ns, string? folder)
    {
        var rules = workload.Ingresses
            .Select(ingress => new ResolvedIngressRule(
                ingress.Host.Value, ingress.Path?.Value ?? "/", ingress.PathType, service.File.Name, ingress.Port?.Value ?? service.Port))
            .ToEquatableArray();
        var tls = workload.Ingresses
            .Where(ingress => ingress.TlsSecret is not null)
            .GroupBy(ingress => ingress.TlsSecret!.Value.Value)
            .Select(group => new ResolvedIngressTls(group.Select(ingress => ingress.Host.Value).Distinct().ToEquatableArray(), group.Key))
            .ToEquatableArray();
        var className = workload.Ingresses.Select(ingress => ingress.ClassName?.Value).FirstOrDefault(value => value is not null);
        return new ResolvedIngress(new ObjectFile(ObjectKind.Ingress, workload.Name.Value, ns, folder), className, rules, tls);
    }
}
