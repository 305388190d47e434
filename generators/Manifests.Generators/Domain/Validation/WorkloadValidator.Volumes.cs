using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Manifests.Generators.Diagnostics;
using Manifests.Generators.Domain.Kubernetes;
using Manifests.Generators.Models;

namespace Manifests.Generators.Domain.Validation;

/// <summary>
/// The pod's volumes (KM124: a name, one source; KM101 claim names; KM108 size limits; KM117 settings of another
/// source; KM405 their Secrets and ConfigMaps) and each container's mounts (KM124: paths; KM406: of a declared volume,
/// and every volume mounted somewhere).
/// </summary>
internal static partial class WorkloadValidator
{
    private const string MountText = "Mount of container";

    private static void CheckVolumes(ImmutableArray<ManifestProblem>.Builder problems, WorkloadSpec workload, string? defaultNamespace, string? podNamespace)
    {
        if (workload.Pod.Volumes.IsEmpty)
        {
            return;
        }
        var names = new HashSet<string>();
        var mounted = new HashSet<string>(workload.Containers.SelectMany(c => c.Mounts).Select(m => m.Volume.Value));
        foreach (var volume in workload.Pod.Volumes)
        {
            var name = volume.Name;
            if (KubernetesGrammar.CheckDns1123Label(name.Value) is { } nameProblem)
            {
                problems.Add(ManifestProblem.Create(DiagnosticDescriptors.InvalidVolumeName, name.Source, name.Value, nameProblem));
            }
            else if (!names.Add(name.Value))
            {
                problems.Add(ManifestProblem.Create(DiagnosticDescriptors.DuplicateVolumeName, name.Source, name.Value, workload.Name.Value));
                continue;
            }
            if (!mounted.Contains(name.Value))
            {
                problems.Add(ManifestProblem.Create(DiagnosticDescriptors.VolumeNotMounted, name.Source, name.Value));
            }
            CheckVolumeSource(problems, workload, volume, defaultNamespace, podNamespace);
        }
    }

    private static void CheckVolumeSource(ImmutableArray<ManifestProblem>.Builder problems, WorkloadSpec workload, VolumeSpec volume, string? defaultNamespace, string? podNamespace)
    {
        var name = volume.Name.Value;
        var sources = volume.SourceProperties;
        if (sources.IsEmpty)
        {
            problems.Add(ManifestProblem.Create(DiagnosticDescriptors.VolumeWithoutSource, volume.Source, name));
            return;
        }
        for (var i = 1; i < sources.Count; i++)
        {
            problems.Add(ManifestProblem.Create(DiagnosticDescriptors.VolumeWithSeveralSources, volume.Source.WithArgument(sources[i]), name, sources[0], sources[i]));
        }

        var isEmptyDir = sources.Contains(nameof(VolumeAttribute.EmptyDir));
        if (!isEmptyDir && volume.Medium != StorageMedium.Default)
        {
            problems.Add(ManifestProblem.Create(DiagnosticDescriptors.VolumeArgumentWithoutEmptyDir, volume.Source.WithArgument(nameof(VolumeAttribute.Medium)), "Volume", nameof(VolumeAttribute.Medium), name));
        }
        if (volume.SizeLimit is { } sizeLimit)
        {
            if (!isEmptyDir)
            {
                problems.Add(ManifestProblem.Create(DiagnosticDescriptors.VolumeArgumentWithoutEmptyDir, sizeLimit.Source, "Volume", nameof(VolumeAttribute.SizeLimit), name));
            }
            else if (!Quantity.TryParse(sizeLimit.Value, out var bytes))
            {
                problems.Add(ManifestProblem.Create(DiagnosticDescriptors.UnreadableSizeLimit, sizeLimit.Source, sizeLimit.Value, name));
            }
            else if (bytes < 0)
            {
                problems.Add(ManifestProblem.Create(DiagnosticDescriptors.NegativeSizeLimit, sizeLimit.Source, sizeLimit.Value, name));
            }
        }
        if (volume.ReadOnly && !sources.Contains(nameof(VolumeAttribute.Claim)))
        {
            problems.Add(ManifestProblem.Create(DiagnosticDescriptors.VolumeReadOnlyWithoutClaim, volume.Source.WithArgument(nameof(VolumeAttribute.ReadOnly)), "Volume", nameof(VolumeAttribute.ReadOnly), name));
        }
        if (volume.Claim is { } claim && KubernetesGrammar.CheckDns1123Subdomain(claim.Value) is { } claimProblem)
        {
            problems.Add(ManifestProblem.Create(DiagnosticDescriptors.InvalidObjectName, claim.Source, "PersistentVolumeClaim", claim.Value, claimProblem)
                .With(DiagnosticProperties.NameRule(NameRule.Dns1123Subdomain)));
        }
        if (volume.Reference is { } reference)
        {
            CheckReference(problems, workload, "Volume", reference, reference.Source.Argument, defaultNamespace, podNamespace);
        }
    }

    private static void CheckMounts(ImmutableArray<ManifestProblem>.Builder problems, WorkloadSpec workload, ContainerSpec container)
    {
        if (container.Mounts.IsEmpty)
        {
            return;
        }
        var containerName = container.Name.Value;
        var paths = new HashSet<string>();
        foreach (var mount in container.Mounts)
        {
            CheckMountedVolume(problems, workload, containerName, mount.Volume);

            var path = mount.Path;
            if (path.Value.Length == 0)
            {
                problems.Add(ManifestProblem.Create(DiagnosticDescriptors.EmptyMountPath, path.Source, containerName, mount.Volume.Value));
            }
            else if (!paths.Add(path.Value))
            {
                problems.Add(ManifestProblem.Create(DiagnosticDescriptors.DuplicateMountPath, path.Source, containerName, path.Value));
            }
            CheckText(problems, path, MountText, containerName);

            if (mount.SubPath is { } subPath)
            {
                CheckSubPath(problems, mount, subPath, containerName);
                CheckText(problems, subPath, MountText, containerName);
            }
        }
    }

    /// <summary>KM406: a mount names a volume of the pod, or a StatefulSet's volume claim.</summary>
    private static void CheckMountedVolume(ImmutableArray<ManifestProblem>.Builder problems, WorkloadSpec workload, string containerName, Sourced<string> volume)
    {
        var isStatefulSet = workload.Kind == WorkloadKind.StatefulSet;
        if (workload.Pod.Volumes.Any(v => v.Name.Value == volume.Value) || (isStatefulSet && workload.VolumeClaims.Any(c => c.Name.Value == volume.Value)))
        {
            return;
        }
        var declared = workload.Pod.Volumes.Select(v => v.Name.Value)
            .Concat(isStatefulSet ? workload.VolumeClaims.Select(c => c.Name.Value) : [])
            .Distinct()
            .ToList();
        if (Nearest(volume.Value, declared) is { } suggestion)
        {
            problems.Add(ManifestProblem.Create(DiagnosticDescriptors.MountOfUndeclaredVolumeDidYouMean, volume.Source, containerName, volume.Value, suggestion)
                .With(DiagnosticProperties.Suggestion(suggestion)));
        }
        else if (declared.Count > 0)
        {
            problems.Add(ManifestProblem.Create(DiagnosticDescriptors.MountOfUndeclaredVolumeOf, volume.Source, containerName, volume.Value, Quoted(declared)));
        }
        else
        {
            var descriptor = isStatefulSet ? DiagnosticDescriptors.MountOfUndeclaredStatefulVolume : DiagnosticDescriptors.MountOfUndeclaredVolume;
            problems.Add(ManifestProblem.Create(descriptor, volume.Source, containerName, volume.Value));
        }
    }

    /// <summary>A sub-path stays inside its volume, as Kubernetes requires: relative, and without a '..' segment.</summary>
    private static void CheckSubPath(ImmutableArray<ManifestProblem>.Builder problems, MountSpec mount, Sourced<string> subPath, string containerName)
    {
        var value = subPath.Value;
        if (value.StartsWith("/", System.StringComparison.Ordinal))
        {
            var relative = value.TrimStart('/');
            problems.Add(ManifestProblem.Create(DiagnosticDescriptors.AbsoluteSubPath, subPath.Source, value, mount.Volume.Value, containerName, relative.Length > 0 ? relative : "data"));
        }
        if (value.Split('/').Contains(".."))
        {
            problems.Add(ManifestProblem.Create(DiagnosticDescriptors.SubPathWithBacksteps, subPath.Source, value, mount.Volume.Value, containerName));
        }
    }
}
