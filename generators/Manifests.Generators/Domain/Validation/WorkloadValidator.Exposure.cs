using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Manifests.Generators.Diagnostics;
using Manifests.Generators.Domain.Kubernetes;
using Manifests.Generators.Models;

namespace Manifests.Generators.Domain.Validation;

/// <summary>
/// The objects around a workload: its Ingress, autoscaler and disruption budget, and a StatefulSet's volume claims and
/// governing Service. Each is first judged as the API server judges it (KM140-KM146), then against the workload it
/// belongs to (KM407-KM417). The one rule that needs every workload, two Ingresses routing one host and path, is
/// <see cref="IngressRoutes"/>'.
/// </summary>
internal static partial class WorkloadValidator
{
    private static void CheckExposure(ImmutableArray<ManifestProblem>.Builder problems, WorkloadSpec workload)
    {
        CheckIngresses(problems, workload);
        if (workload.Autoscale is { } autoscale)
        {
            CheckAutoscaler(problems, workload, autoscale);
        }
        if (workload.DisruptionBudget is { } budget)
        {
            CheckDisruptionBudget(problems, workload, budget);
        }
        if (workload.Kind == WorkloadKind.StatefulSet)
        {
            CheckStatefulSet(problems, workload);
        }
    }

    /// <summary>Every [Ingress] of the workload: its own grammar, then what the rules of one Ingress must agree on, then its Service.</summary>
    private static void CheckIngresses(ImmutableArray<ManifestProblem>.Builder problems, WorkloadSpec workload)
    {
        var name = workload.Name.Value;
        var routes = new HashSet<(string Host, string Path, IngressPathType PathType)>();
        var secretOfHost = new Dictionary<string, string>();
        string? className = null;
        foreach (var ingress in workload.Ingresses)
        {
            var host = ingress.Host;
            if (ExposureGrammar.CheckIngressHost(host.Value) is { } hostProblem)
            {
                problems.Add(ManifestProblem.Create(DiagnosticDescriptors.InvalidIngressHost, host.Source, host.Value, hostProblem));
            }
            else if (host.Value.Length == 0 && ingress.TlsSecret is { } secretOfEveryHost)
            {
                problems.Add(ManifestProblem.Create(DiagnosticDescriptors.EmptyIngressHostWithTls, host.Source, secretOfEveryHost.Value));
            }

            if (ingress.Path is { } path)
            {
                if (ExposureGrammar.CheckIngressPath(path.Value, ingress.PathType) is { } pathProblem)
                {
                    problems.Add(ManifestProblem.Create(DiagnosticDescriptors.InvalidIngressPath, path.Source, path.Value, KubernetesSpelling.Of(ingress.PathType), pathProblem));
                }
                // An ImplementationSpecific path may hold anything after its '/': YAML cannot hold a lone surrogate.
                CheckText(problems, path, IngressPathOwner, name);
            }

            CheckTlsSecret(problems, ingress, secretOfHost, name);
            CheckClassName(problems, ingress, ref className, name);

            // The rules of one workload are one Ingress: the same route twice is at best dead weight, at worst two ports.
            if (!routes.Add((host.Value, ingress.Path?.Value ?? "/", ingress.PathType)))
            {
                problems.Add(ManifestProblem.Create(DiagnosticDescriptors.RepeatedIngressRoute, IngressRoutes.Source(ingress),
                    host.Value, ingress.Path?.Value ?? "/", KubernetesSpelling.Of(ingress.PathType), name));
            }

            if (workload.Service is not { } service)
            {
                problems.Add(ManifestProblem.Create(DiagnosticDescriptors.IngressWithoutService, ingress.Source, name, host.Value));
            }
            else if (ingress.Port is { } port && port.Value != service.Port.Value && KubernetesGrammar.IsPortNumber(service.Port.Value))
            {
                // A Service has one port here, so any other is one it lacks (a missing or invalid Service port is KM112's or KM106's).
                problems.Add(ManifestProblem.Create(DiagnosticDescriptors.IngressPortNotOnService, port.Source,
                    Number(port.Value), service.Name.Value, Number(service.Port.Value)));
            }
        }
    }

    /// <summary>What KM120 calls an Ingress path: "Path of the Ingress of 'frontend'".</summary>
    private const string IngressPathOwner = "Path of the Ingress of";

    /// <summary>A TLS secret is a Secret name (empty means the controller's default certificate); a host has one.</summary>
    private static void CheckTlsSecret(ImmutableArray<ManifestProblem>.Builder problems, IngressSpec ingress, Dictionary<string, string> secretOfHost, string workloadName)
    {
        if (ingress.TlsSecret is not { } secret)
        {
            return;
        }
        if (secret.Value.Length > 0 && KubernetesGrammar.CheckDns1123Subdomain(secret.Value) is { } secretProblem)
        {
            problems.Add(ManifestProblem.Create(DiagnosticDescriptors.InvalidIngressTlsSecret, secret.Source, secret.Value, secretProblem));
            return;
        }
        var host = ingress.Host.Value;
        if (!secretOfHost.TryGetValue(host, out var earlier))
        {
            secretOfHost.Add(host, secret.Value);
        }
        else if (earlier != secret.Value)
        {
            problems.Add(ManifestProblem.Create(DiagnosticDescriptors.ConflictingTlsSecret, secret.Source, host, secret.Value, earlier, workloadName));
        }
    }

    /// <summary>An ingress class is an IngressClass name; the rules of one workload, one Ingress, share it.</summary>
    private static void CheckClassName(ImmutableArray<ManifestProblem>.Builder problems, IngressSpec ingress, ref string? className, string workloadName)
    {
        if (ingress.ClassName is not { } written)
        {
            return;
        }
        if (KubernetesGrammar.CheckDns1123Subdomain(written.Value) is { } classProblem)
        {
            problems.Add(ManifestProblem.Create(DiagnosticDescriptors.InvalidIngressClassName, written.Source, written.Value, classProblem));
        }
        else if (className is null)
        {
            className = written.Value;
        }
        else if (className != written.Value)
        {
            problems.Add(ManifestProblem.Create(DiagnosticDescriptors.ConflictingIngressClass, written.Source, written.Value, className, workloadName));
        }
    }

    /// <summary>
    /// The autoscaler's bounds and targets as the API server judges them (KM143, KM144), then against the workload:
    /// the requests its targets are percentages of (KM411), and a replica count it would fight (KM412).
    /// </summary>
    private static void CheckAutoscaler(ImmutableArray<ManifestProblem>.Builder problems, WorkloadSpec workload, AutoscaleSpec autoscale)
    {
        var name = workload.Name.Value;
        var min = autoscale.Min;
        if (min is { Value: < 1 } tooLow)
        {
            problems.Add(ManifestProblem.Create(DiagnosticDescriptors.AutoscalerMinBelowOne, tooLow.Source, Number(tooLow.Value), name));
        }
        if (autoscale.Max is not { } max)
        {
            problems.Add(ManifestProblem.Create(DiagnosticDescriptors.AutoscalerWithoutMax, autoscale.Source, name));
        }
        else if (max.Value < 1)
        {
            problems.Add(ManifestProblem.Create(DiagnosticDescriptors.AutoscalerMaxBelowOne, max.Source, Number(max.Value), name));
        }
        else if (min is { Value: >= 1 } written && max.Value < written.Value)
        {
            problems.Add(ManifestProblem.Create(DiagnosticDescriptors.AutoscalerMaxBelowMin, max.Source, Number(max.Value), name, Number(written.Value)));
        }

        var cpu = CheckTarget(problems, autoscale.CpuPercent, nameof(AutoscaleAttribute.CpuPercent), ResourceName.Cpu, name);
        var memory = CheckTarget(problems, autoscale.MemoryPercent, nameof(AutoscaleAttribute.MemoryPercent), ResourceName.Memory, name);
        if (autoscale.CpuPercent is null && autoscale.MemoryPercent is null)
        {
            problems.Add(ManifestProblem.Create(DiagnosticDescriptors.AutoscalerWithoutMetric, autoscale.Source, name));
            // Kubernetes' default metric, 80% cpu, needs cpu requests like a written one.
            cpu = new Sourced<int>(DefaultCpuPercent, autoscale.Source);
        }
        if (cpu is { } cpuTarget)
        {
            CheckRequests(problems, workload, cpuTarget, ResourceName.Cpu, nameof(ResourcesAttribute.CpuRequest));
        }
        if (memory is { } memoryTarget)
        {
            CheckRequests(problems, workload, memoryTarget, ResourceName.Memory, nameof(ResourcesAttribute.MemoryRequest));
        }

        if (IsWritten(workload.Replicas))
        {
            problems.Add(ManifestProblem.Create(DiagnosticDescriptors.ReplicasOfAutoscaledWorkload, workload.Replicas.Source, Number(workload.Replicas.Value), name));
        }
    }

    /// <summary>The target utilization an autoscaler without a metric gets from Kubernetes.</summary>
    private const int DefaultCpuPercent = 80;

    /// <summary>A utilization target must be at least 1%; returns it when it is valid.</summary>
    private static Sourced<int>? CheckTarget(ImmutableArray<ManifestProblem>.Builder problems, Sourced<int>? target, string property, ResourceName resource, string workloadName)
    {
        if (target is not { } written)
        {
            return null;
        }
        if (written.Value < 1)
        {
            problems.Add(ManifestProblem.Create(DiagnosticDescriptors.AutoscalerTargetBelowOne, written.Source,
                property, Number(written.Value), workloadName, KubernetesSpelling.Of(resource)));
            return null;
        }
        return written;
    }

    /// <summary>
    /// KM411: utilization is use over request summed over the pod's containers, so the autoscaler needs a request of the
    /// resource from every (non-init) container, or it reports "missing request" and never scales. A limit alone
    /// counts: Kubernetes then defaults the request to the limit.
    /// </summary>
    private static void CheckRequests(ImmutableArray<ManifestProblem>.Builder problems, WorkloadSpec workload, Sourced<int> target, ResourceName resource, string requestProperty)
    {
        var without = workload.Containers
            .Where(container => !container.IsInit && !container.Resources.Any(quantity => quantity.Resource == resource))
            .Select(container => container.Name.Value)
            .ToList();
        if (without.Count == 0)
        {
            return;
        }
        var name = workload.Name.Value;
        var spelling = KubernetesSpelling.Of(resource);
        problems.Add(without.Count == 1
            ? ManifestProblem.Create(DiagnosticDescriptors.AutoscaledContainerWithoutRequest, target.Source, name, spelling, Number(target.Value), without[0], requestProperty)
            : ManifestProblem.Create(DiagnosticDescriptors.AutoscaledContainersWithoutRequests, target.Source, name, spelling, Number(target.Value),
                string.Join(", ", without.Select(container => "'" + container + "'")), requestProperty));
    }

    /// <summary>
    /// The budget's bounds as the API server judges them (KM145), then against the replicas it guards: one that can never
    /// let a pod go (KM413), or guards a single replica (KM414).
    /// </summary>
    private static void CheckDisruptionBudget(ImmutableArray<ManifestProblem>.Builder problems, WorkloadSpec workload, DisruptionBudgetSpec budget)
    {
        var name = workload.Name.Value;
        if (budget.MinAvailable is null && budget.MaxUnavailable is null)
        {
            problems.Add(ManifestProblem.Create(DiagnosticDescriptors.BudgetWithoutBound, budget.Source, name));
            return;
        }
        var minAvailable = ReadBound(problems, budget.MinAvailable, nameof(DisruptionBudgetAttribute.MinAvailable), name);
        var maxUnavailable = ReadBound(problems, budget.MaxUnavailable, nameof(DisruptionBudgetAttribute.MaxUnavailable), name);
        if (budget is { MinAvailable: not null, MaxUnavailable: { } second })
        {
            problems.Add(ManifestProblem.Create(DiagnosticDescriptors.BudgetWithBothBounds, second.Source, name));
            return;
        }

        if (maxUnavailable is { } max)
        {
            if (max.Bound.Value == 0)
            {
                problems.Add(ManifestProblem.Create(DiagnosticDescriptors.BudgetMaxUnavailableZero, max.Text.Source, max.Text.Value, name));
            }
        }
        else if (minAvailable is { } min)
        {
            CheckMinAvailable(problems, workload, min.Bound, min.Text);
        }
    }

    /// <summary>A bound written, read, and reported when Kubernetes would reject it; null when it is not written or invalid.</summary>
    private static (DisruptionBound Bound, Sourced<string> Text)? ReadBound(ImmutableArray<ManifestProblem>.Builder problems, Sourced<string>? text, string property, string workloadName)
    {
        if (text is not { } written)
        {
            return null;
        }
        if (!DisruptionBound.TryParse(written.Value, out var bound))
        {
            problems.Add(ManifestProblem.Create(DiagnosticDescriptors.UnreadableBudgetBound, written.Source, property, written.Value, workloadName));
            return null;
        }
        if (bound.IsAbove100Percent)
        {
            problems.Add(ManifestProblem.Create(DiagnosticDescriptors.BudgetBoundAbove100Percent, written.Source, property, written.Value, workloadName));
            return null;
        }
        return (bound, written);
    }

    /// <summary>
    /// MinAvailable against the replicas it must leave up: the workload's count, or the autoscaler's Min when one scales
    /// it (the fewest it runs, and so the count at which the budget is tightest).
    /// </summary>
    private static void CheckMinAvailable(ImmutableArray<ManifestProblem>.Builder problems, WorkloadSpec workload, DisruptionBound min, Sourced<string> text)
    {
        var name = workload.Name.Value;
        if (min.IsPercent && min.Value == 100)
        {
            problems.Add(ManifestProblem.Create(DiagnosticDescriptors.BudgetMinAvailableEveryPod, text.Source, text.Value, name));
            return;
        }
        var autoscaled = workload.Autoscale is not null;
        var replicas = autoscaled ? workload.Autoscale!.Min?.Value ?? 1 : workload.Replicas.Value;
        if (replicas < 1 || min.PodsOf(replicas) < replicas)
        {
            return; // No pods to guard (or a count reported elsewhere), or one may go.
        }
        if (replicas == 1)
        {
            problems.Add(ManifestProblem.Create(
                autoscaled ? DiagnosticDescriptors.BudgetOnSingleAutoscaledReplica : DiagnosticDescriptors.BudgetOnSingleReplica,
                text.Source, name, text.Value));
            return;
        }
        // The highest bound that still lets one pod go: a count below the replicas, or the percentage that rounds up to it.
        var highest = min.IsPercent ? Number(100L * (replicas - 1) / replicas) + "%" : Number(replicas - 1);
        problems.Add(ManifestProblem.Create(
            autoscaled ? DiagnosticDescriptors.BudgetMinAvailableAllAtAutoscalerMin : DiagnosticDescriptors.BudgetMinAvailableAllReplicas,
            text.Source, text.Value, name, Number(replicas), highest));
    }

    /// <summary>
    /// A StatefulSet's governing Service (KM417) and volume claims: each a valid claim (KM146), named once among the
    /// claims and volumes of the pod (KM416), and mounted by some container (KM415).
    /// </summary>
    private static void CheckStatefulSet(ImmutableArray<ManifestProblem>.Builder problems, WorkloadSpec workload)
    {
        var name = workload.Name.Value;
        if (workload.Service is null)
        {
            problems.Add(ManifestProblem.Create(DiagnosticDescriptors.StatefulSetWithoutService, workload.KindSource, name));
        }

        var claims = new HashSet<string>();
        var volumes = new HashSet<string>(workload.Pod.Volumes.Select(volume => volume.Name.Value));
        var mounted = new HashSet<string>(workload.Containers.SelectMany(container => container.Mounts).Select(mount => mount.Volume.Value));
        foreach (var claim in workload.VolumeClaims)
        {
            var claimName = claim.Name;
            // The controller adds a pod volume named after the claim, and a volume name is a DNS label.
            if (KubernetesGrammar.CheckDns1123Label(claimName.Value) is { } nameProblem)
            {
                problems.Add(ManifestProblem.Create(DiagnosticDescriptors.InvalidVolumeClaimName, claimName.Source, claimName.Value, nameProblem));
            }
            else if (!claims.Add(claimName.Value))
            {
                problems.Add(ManifestProblem.Create(DiagnosticDescriptors.RepeatedVolumeClaim, claimName.Source, claimName.Value, name));
            }
            else if (volumes.Contains(claimName.Value))
            {
                problems.Add(ManifestProblem.Create(DiagnosticDescriptors.VolumeClaimNamedAsVolume, claimName.Source, claimName.Value, name));
            }
            else if (!mounted.Contains(claimName.Value))
            {
                problems.Add(ManifestProblem.Create(DiagnosticDescriptors.UnmountedVolumeClaim, claimName.Source, claimName.Value, name));
            }

            var size = claim.Size;
            if (!Quantity.TryParse(size.Value, out var bytes))
            {
                problems.Add(ManifestProblem.Create(DiagnosticDescriptors.UnreadableVolumeClaimSize, size.Source, size.Value, claimName.Value));
            }
            else if (bytes <= 0)
            {
                problems.Add(ManifestProblem.Create(DiagnosticDescriptors.NonPositiveVolumeClaimSize, size.Source, size.Value, claimName.Value));
            }

            // An empty class is Kubernetes' "no class" (no dynamic provisioning), not an invalid name.
            if (claim.StorageClass is { Value.Length: > 0 } storageClass && KubernetesGrammar.CheckDns1123Subdomain(storageClass.Value) is { } classProblem)
            {
                problems.Add(ManifestProblem.Create(DiagnosticDescriptors.InvalidStorageClassName, storageClass.Source, storageClass.Value, claimName.Value, classProblem));
            }
        }
    }
}
