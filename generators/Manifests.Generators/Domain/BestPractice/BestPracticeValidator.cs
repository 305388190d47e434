using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Manifests.Generators.Diagnostics;
using Manifests.Generators.Domain.Images;
using Manifests.Generators.Models;

namespace Manifests.Generators.Domain.BestPractice;

/// <summary>
/// The best-practice rules (KM5xx) of one workload: valid Kubernetes that will hurt in production. A pure function of
/// the model, like <see cref="Validation.WorkloadValidator"/>; it never holds YAML back, it only warns. Each container
/// is judged once, by the rules of the partial files beside this one, and each problem sits at the smallest span that
/// says what is missing or wrong.
/// </summary>
internal static partial class BestPracticeValidator
{
    /// <param name="workload">The workload.</param>
    /// <param name="privateRegistries">The registries that need pull credentials; empty when the team declares none.</param>
    /// <param name="pullSecretsInUse">
    /// The pull secrets the project's other workloads use with a private registry, for KM505's fix; asked only when KM505
    /// is reported, since answering means reading every class.
    /// </param>
    public static ImmutableArray<ManifestProblem> Validate(
        WorkloadSpec workload, RegistryPolicy privateRegistries, Func<AllowedRegistry, IReadOnlyList<string>>? pullSecretsInUse = null)
    {
        var problems = ImmutableArray.CreateBuilder<ManifestProblem>();
        foreach (var container in workload.Containers)
        {
            if (!container.IsInit)
            {
                CheckRequests(problems, workload, container);
            }
            CheckEnv(problems, workload, container);
            CheckRunAsRoot(problems, workload, container);
            CheckPrivilegeEscalation(problems, workload, container);
        }
        CheckReadiness(problems, workload);
        CheckPullSecret(problems, workload, privateRegistries, pullSecretsInUse);
        return problems.ToImmutable();
    }

    /// <summary>The attribute a container setting that nobody wrote would go on, for a squiggle: its <c>[SecurityContext]</c> if any, else its <c>[Container]</c>.</summary>
    private static SourceRef SecurityAnchor(ContainerSpec container) => container.Security?.Source ?? container.Source;
}
