using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Manifests.Generators.Diagnostics;
using Manifests.Generators.Domain.Images;
using Manifests.Generators.Models;

namespace Manifests.Generators.Domain.BestPractice;

/// <summary>KM505: credentials for the registries the team declares private.</summary>
internal static partial class BestPracticeValidator
{
    /// <summary>
    /// A workload that pulls an image from a private registry needs an <c>[ImagePullSecret]</c>, unless it names a
    /// <c>[ServiceAccount]</c>, which may carry the pull secret for it (Kubernetes adds a service account's pull secrets
    /// to its pods). Reported once per workload, at the first such image: one pull secret serves them all.
    /// </summary>
    private static void CheckPullSecret(
        ImmutableArray<ManifestProblem>.Builder problems, WorkloadSpec workload, RegistryPolicy privateRegistries, Func<AllowedRegistry, IReadOnlyList<string>>? pullSecretsInUse)
    {
        if (privateRegistries.IsEmpty || !workload.Pod.ImagePullSecrets.IsEmpty || workload.Pod.ServiceAccount is not null)
        {
            return;
        }
        foreach (var container in workload.Containers)
        {
            if (ImageReferenceParser.Parse(container.Image.Value, out _) is not { } image)
            {
                continue; // Malformed: KM201.
            }
            foreach (var registry in privateRegistries.Entries)
            {
                if (!registry.Matches(image))
                {
                    continue;
                }
                var problem = ManifestProblem.Create(DiagnosticDescriptors.NoImagePullSecret, container.Image.Source, image.Text, registry.Text, workload.Name.Value);
                var inUse = pullSecretsInUse?.Invoke(registry) ?? [];
                problems.Add(inUse.Count == 0 ? problem : problem.With(DiagnosticProperties.PullSecrets(inUse)));
                return;
            }
        }
    }

    /// <summary>
    /// The pull secrets the workloads of <paramref name="workloads"/> use while pulling some image from
    /// <paramref name="registry"/>, most used first (then by name): what KM505's fix offers.
    /// </summary>
    public static IReadOnlyList<string> PullSecretsFor(AllowedRegistry registry, IEnumerable<WorkloadSpec> workloads)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var workload in workloads)
        {
            if (workload.Pod.ImagePullSecrets.IsEmpty || !PullsFrom(workload, registry))
            {
                continue;
            }
            foreach (var secret in workload.Pod.ImagePullSecrets)
            {
                if (secret.Value.Length == 0 || secret.Value.IndexOf(',') >= 0)
                {
                    continue; // Not a Secret name (KM1xx's business), so nothing to offer.
                }
                counts[secret.Value] = counts.TryGetValue(secret.Value, out var count) ? count + 1 : 1;
            }
        }
        var names = new List<string>(counts.Keys);
        names.Sort((a, b) => counts[b] != counts[a] ? counts[b].CompareTo(counts[a]) : string.CompareOrdinal(a, b));
        return names;
    }

    private static bool PullsFrom(WorkloadSpec workload, AllowedRegistry registry)
    {
        foreach (var container in workload.Containers)
        {
            if (ImageReferenceParser.Parse(container.Image.Value, out _) is { } image && registry.Matches(image))
            {
                return true;
            }
        }
        return false;
    }
}
