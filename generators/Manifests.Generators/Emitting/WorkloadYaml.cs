using System.Collections.Immutable;
using Manifests.Generators.Domain.Kubernetes;
using Manifests.Generators.Domain.Resolution;
using Manifests.Generators.Helpers;
using Manifests.Generators.Models;

namespace Manifests.Generators.Emitting;

/// <summary>
/// Resolved workload to YAML: its Deployment, ReplicaSet or StatefulSet, and the Service, Ingress, autoscaler and
/// disruption budget around it, each in the conventional key order (apiVersion, kind, metadata, spec) with nothing
/// unset written. Every value was decided by <see cref="WorkloadResolver"/>; this class only writes.
/// </summary>
internal static class WorkloadYaml
{
    public static EquatableArray<ManifestDocument> Emit(ResolvedWorkload workload)
    {
        var documents = ImmutableArray.CreateBuilder<ManifestDocument>(5);
        documents.Add(new ManifestDocument(workload.File, Workload(workload)));
        if (workload.Service is { } service)
        {
            documents.Add(new ManifestDocument(service.File, Service(workload, service)));
        }
        if (workload.Ingress is { } ingress)
        {
            documents.Add(new ManifestDocument(ingress.File, Ingress(workload, ingress)));
        }
        if (workload.Autoscaler is { } autoscaler)
        {
            documents.Add(new ManifestDocument(autoscaler.File, Autoscaler(workload, autoscaler)));
        }
        if (workload.DisruptionBudget is { } budget)
        {
            documents.Add(new ManifestDocument(budget.File, DisruptionBudget(workload, budget)));
        }
        return documents.ToImmutable().ToEquatableArray();
    }

    private static string Workload(ResolvedWorkload workload)
    {
        var spec = workload.Spec;
        var settings = spec.Settings;
        var yaml = ObjectYaml.Begin(workload.File, workload.Labels, workload.Annotations);

        yaml.Key("spec").BeginMapping();
        if (workload.Replicas is { } replicas)
        {
            yaml.Pair("replicas", replicas);
        }
        ObjectYaml.Map(yaml.Key("selector").BeginMapping().Key("matchLabels"), workload.Selector);
        yaml.EndMapping();

        yaml.Key("template").BeginMapping();
        yaml.Key("metadata").BeginMapping();
        ObjectYaml.Map(yaml.Key("labels"), workload.Labels);
        if (!workload.Annotations.IsEmpty)
        {
            ObjectYaml.Map(yaml.Key("annotations"), workload.Annotations);
        }
        yaml.EndMapping();
        PodYaml.Spec(yaml.Key("spec"), workload);
        yaml.EndMapping();

        if (spec.Kind == WorkloadKind.StatefulSet)
        {
            VolumeClaimTemplates(yaml, workload);
            if (workload.Service is { } service)
            {
                yaml.Pair("serviceName", service.File.Name);
            }
            if (settings.PodManagementPolicy != PodManagementPolicy.OrderedReady)
            {
                yaml.Pair("podManagementPolicy", KubernetesSpelling.Of(settings.PodManagementPolicy));
            }
        }
        Strategy(yaml, spec);
        ObjectYaml.Optional(yaml, "minReadySeconds", settings.MinReadySeconds);
        ObjectYaml.Optional(yaml, "revisionHistoryLimit", settings.RevisionHistoryLimit);
        ObjectYaml.Optional(yaml, "progressDeadlineSeconds", settings.ProgressDeadlineSeconds);
        yaml.EndMapping();
        return ObjectYaml.End(yaml);
    }

    /// <summary>A Deployment's <c>strategy</c> or a StatefulSet's <c>updateStrategy</c>, when the class sets one.</summary>
    private static void Strategy(YamlWriter yaml, WorkloadSpec spec)
    {
        if (spec.Strategy is not { } strategy)
        {
            return;
        }
        yaml.Key(spec.Kind == WorkloadKind.StatefulSet ? "updateStrategy" : "strategy").BeginMapping()
            .Pair("type", strategy.Kind.ToString());
        if (strategy.Kind == StrategyKind.RollingUpdate && (strategy.MaxSurge is not null || strategy.MaxUnavailable is not null || strategy.Partition is not null))
        {
            yaml.Key("rollingUpdate").BeginMapping();
            if (strategy.MaxSurge is { } surge)
            {
                ObjectYaml.Pair(yaml, "maxSurge", IntOrString.Parse(surge.Value));
            }
            if (strategy.MaxUnavailable is { } unavailable)
            {
                ObjectYaml.Pair(yaml, "maxUnavailable", IntOrString.Parse(unavailable.Value));
            }
            ObjectYaml.Optional(yaml, "partition", strategy.Partition);
            yaml.EndMapping();
        }
        yaml.EndMapping();
    }

    private static void VolumeClaimTemplates(YamlWriter yaml, ResolvedWorkload workload)
    {
        if (workload.Spec.VolumeClaims.IsEmpty)
        {
            return;
        }
        yaml.Key("volumeClaimTemplates").BeginSequence();
        foreach (var claim in workload.Spec.VolumeClaims)
        {
            yaml.BeginMapping();
            yaml.Key("metadata").BeginMapping().Pair("name", claim.Name.Value);
            ObjectYaml.Map(yaml.Key("labels"), workload.Selector);
            yaml.EndMapping();
            yaml.Key("spec").BeginMapping();
            yaml.Key("accessModes").BeginSequence().String(KubernetesSpelling.Of(claim.AccessMode)).EndSequence();
            ObjectYaml.Optional(yaml, "storageClassName", claim.StorageClass);
            yaml.Key("resources").BeginMapping().Key("requests").BeginMapping().Pair("storage", claim.Size.Value).EndMapping().EndMapping();
            yaml.EndMapping();
            yaml.EndMapping();
        }
        yaml.EndSequence();
    }

    private static string Service(ResolvedWorkload workload, ResolvedService service)
    {
        var yaml = ObjectYaml.Begin(service.File, workload.Labels, EquatableArray<Label>.Empty);
        yaml.Key("spec").BeginMapping().Pair("type", KubernetesSpelling.Of(service.Type));
        if (service.Headless)
        {
            yaml.Pair("clusterIP", "None");
        }
        ObjectYaml.Map(yaml.Key("selector"), workload.Selector);

        yaml.Key("ports").BeginSequence().BeginMapping();
        if (service.PortName is { } portName)
        {
            yaml.Pair("name", portName);
        }
        yaml.Pair("port", service.Port);
        ObjectYaml.Pair(yaml, "targetPort", service.Target);
        if (service.NodePort is { } nodePort)
        {
            yaml.Pair("nodePort", nodePort);
        }
        PodYaml.Protocol(yaml, service.Protocol);
        yaml.EndMapping().EndSequence();

        yaml.EndMapping();
        return ObjectYaml.End(yaml);
    }

    private static string Ingress(ResolvedWorkload workload, ResolvedIngress ingress)
    {
        var yaml = ObjectYaml.Begin(ingress.File, workload.Labels, EquatableArray<Label>.Empty);
        yaml.Key("spec").BeginMapping();
        if (ingress.ClassName is { } className)
        {
            yaml.Pair("ingressClassName", className);
        }
        if (!ingress.Tls.IsEmpty)
        {
            yaml.Key("tls").BeginSequence();
            foreach (var tls in ingress.Tls)
            {
                yaml.BeginMapping().Key("hosts").BeginSequence();
                foreach (var host in tls.Hosts)
                {
                    yaml.String(host);
                }
                yaml.EndSequence().Pair("secretName", tls.SecretName).EndMapping();
            }
            yaml.EndSequence();
        }
        // One rule per host, in the order hosts are first written, with every path of that host.
        yaml.Key("rules").BeginSequence();
        var written = new System.Collections.Generic.HashSet<string>();
        foreach (var rule in ingress.Rules)
        {
            if (!written.Add(rule.Host))
            {
                continue;
            }
            yaml.BeginMapping().Pair("host", rule.Host).Key("http").BeginMapping().Key("paths").BeginSequence();
            foreach (var path in ingress.Rules)
            {
                if (path.Host != rule.Host)
                {
                    continue;
                }
                yaml.BeginMapping()
                    .Pair("path", path.Path)
                    .Pair("pathType", KubernetesSpelling.Of(path.PathType))
                    .Key("backend").BeginMapping().Key("service").BeginMapping()
                    .Pair("name", path.ServiceName)
                    .Key("port").BeginMapping().Pair("number", path.ServicePort).EndMapping()
                    .EndMapping().EndMapping()
                    .EndMapping();
            }
            yaml.EndSequence().EndMapping().EndMapping();
        }
        yaml.EndSequence();
        yaml.EndMapping();
        return ObjectYaml.End(yaml);
    }

    private static string Autoscaler(ResolvedWorkload workload, ResolvedAutoscaler autoscaler)
    {
        var yaml = ObjectYaml.Begin(autoscaler.File, workload.Labels, EquatableArray<Label>.Empty);
        yaml.Key("spec").BeginMapping();
        yaml.Key("scaleTargetRef").BeginMapping()
            .Pair("apiVersion", autoscaler.Target.Kind.ApiVersion())
            .Pair("kind", autoscaler.Target.Kind.Spelling())
            .Pair("name", autoscaler.Target.Name)
            .EndMapping();
        yaml.Pair("minReplicas", autoscaler.Min).Pair("maxReplicas", autoscaler.Max);
        if (autoscaler.CpuPercent is not null || autoscaler.MemoryPercent is not null)
        {
            yaml.Key("metrics").BeginSequence();
            Utilization(yaml, "cpu", autoscaler.CpuPercent);
            Utilization(yaml, "memory", autoscaler.MemoryPercent);
            yaml.EndSequence();
        }
        yaml.EndMapping();
        return ObjectYaml.End(yaml);

        static void Utilization(YamlWriter yaml, string resource, int? percent)
        {
            if (percent is not { } target)
            {
                return;
            }
            yaml.BeginMapping().Pair("type", "Resource")
                .Key("resource").BeginMapping().Pair("name", resource)
                .Key("target").BeginMapping().Pair("type", "Utilization").Pair("averageUtilization", target).EndMapping()
                .EndMapping().EndMapping();
        }
    }

    private static string DisruptionBudget(ResolvedWorkload workload, ResolvedDisruptionBudget budget)
    {
        var yaml = ObjectYaml.Begin(budget.File, workload.Labels, EquatableArray<Label>.Empty);
        yaml.Key("spec").BeginMapping();
        if (budget.MinAvailable is { } min)
        {
            ObjectYaml.Pair(yaml, "minAvailable", min);
        }
        ObjectYaml.Map(yaml.Key("selector").BeginMapping().Key("matchLabels"), workload.Selector);
        yaml.EndMapping();
        if (budget.MaxUnavailable is { } max)
        {
            ObjectYaml.Pair(yaml, "maxUnavailable", max);
        }
        yaml.EndMapping();
        return ObjectYaml.End(yaml);
    }
}
