using System.Collections.Immutable;
using Manifests.Generators.Diagnostics;
using Manifests.Generators.Domain.Kubernetes;
using Manifests.Generators.Models;

namespace Manifests.Generators.Domain.Validation;

/// <summary>
/// The workload and the workloads around it: a Service in front of no running pod (KM401, a Warning), and the
/// workloads it names by type (KM403: an Error for a class that is no workload, a Warning for a dependency that no
/// Service reaches, since the pod may find it some other way).
/// </summary>
internal static partial class WorkloadValidator
{
    private static void CheckDependencies(ImmutableArray<ManifestProblem>.Builder problems, WorkloadSpec workload)
    {
        // An autoscaler never scales a workload up from 0 replicas, so it changes nothing here.
        if (workload.Service is { } service && workload.Replicas is { Value: 0 } replicas)
        {
            problems.Add(ManifestProblem.Create(DiagnosticDescriptors.ServiceWithoutRunningPods, replicas.Source, service.Name.Value, workload.Kind.ToString(), workload.Name.Value));
        }

        foreach (var dependency in workload.DependsOn)
        {
            var className = ClassOf(dependency);
            switch (dependency.Kind)
            {
                case ReferenceKind.Workload when !dependency.HasService:
                    problems.Add(ManifestProblem.Create(DiagnosticDescriptors.DependencyWithoutService, dependency.Source, ShortName(workload.ClassName), className, dependency.Name));
                    break;
                case ReferenceKind.Workload:
                    break;
                case ReferenceKind.Secret or ReferenceKind.ConfigMap:
                    problems.Add(ManifestProblem.Create(DiagnosticDescriptors.DependencyOnConfig, dependency.Source, className, dependency.Kind.ToString()));
                    break;
                default:
                    problems.Add(ManifestProblem.Create(DiagnosticDescriptors.DependencyNotWorkload, dependency.Source, className));
                    break;
            }
        }

        foreach (var antiAffinity in workload.Pod.PodAntiAffinities)
        {
            if (antiAffinity.Workload is not { } other)
            {
                continue;
            }
            if (other.Kind != ReferenceKind.Workload)
            {
                problems.Add(ManifestProblem.Create(DiagnosticDescriptors.AntiAffinityNotWorkload, other.Source, ClassOf(other)));
            }
            else if (KubernetesGrammar.CheckLabelValue(other.Name) is { } nameProblem)
            {
                // The pods are selected by their name label; the class itself gets KM101 or KM104 for its name.
                problems.Add(ManifestProblem.Create(DiagnosticDescriptors.AntiAffinityWorkloadNameInvalid, other.Source, ClassOf(other), other.Name, nameProblem));
            }
        }
    }
}
