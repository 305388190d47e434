using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Manifests.Generators.Diagnostics;
using Manifests.Generators.Helpers;
using Manifests.Generators.Models;

namespace Manifests.Generators.Domain.Validation;

/// <summary>
/// What a real pod adds to the v0 workload: probes, environment from Secrets and ConfigMaps, volumes and mounts,
/// identity, security contexts, rollout settings, affinity and spread (KM1xx), and the objects the pod names (KM401,
/// KM403-KM406). The rules of each part are in the partial files beside this one; this one runs them in order.
/// </summary>
internal static partial class WorkloadValidator
{
    /// <param name="defaults">The assembly defaults: a ConfigMap and a pod without a namespace of their own share its.</param>
    private static void CheckPod(ImmutableArray<ManifestProblem>.Builder problems, WorkloadSpec workload, ManifestDefaults defaults)
    {
        var podNamespace = workload.Namespace?.Value ?? defaults.Namespace;
        foreach (var container in workload.Containers)
        {
            CheckProbes(problems, workload, container);
            CheckEnvSources(problems, workload, container, defaults.Namespace, podNamespace);
            CheckMounts(problems, workload, container);
            CheckSecurity(problems, container, workload.Pod.Security);
        }
        CheckVolumes(problems, workload, defaults.Namespace, podNamespace);
        CheckPodIdentity(problems, workload);
        CheckPodSecurity(problems, workload.Pod.Security);
        CheckRollout(problems, workload);
        CheckPlacement(problems, workload);
        CheckDependencies(problems, workload);
    }

    /// <summary>
    /// The candidate nearest to <paramref name="name"/> for a "did you mean": within two edits and closer than half of
    /// the name, so that a short name is not matched with an unrelated one; null when there is none.
    /// </summary>
    private static string? Nearest(string name, IEnumerable<string> candidates)
    {
        var limit = System.Math.Min(2, (name.Length - 1) / 2);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = EditDistance.Between(name, candidate, limit);
            if (distance <= limit && distance < bestDistance && candidate != name)
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    /// <summary>Names as a message lists them: <c>'username', 'password'</c>.</summary>
    private static string Quoted(IEnumerable<string> names) => string.Join(", ", names.Select(name => "'" + name + "'"));

    /// <summary>The class as a message names it: its own name, without namespaces.</summary>
    private static string ClassOf(ClassReference reference) => ShortName(reference.ClassName);
}
