using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Manifests.Generators.Domain.Images;
using Manifests.Generators.Domain.Resolution;
using Manifests.Generators.Helpers;
using Manifests.Generators.Models;

namespace Manifests.Generators.Emitting;

/// <summary>
/// What one environment changes, as kustomize takes it: strategic-merge patches of the base objects (only the fields
/// that differ, each patch naming its object), and the image of every container with the tag it runs there. Containers
/// and environment variables merge by name, a node selector by key; tolerations are written whole, as Kubernetes
/// replaces the list.
/// </summary>
internal static class EnvironmentYaml
{
    /// <summary>The folder of an environment's layer, written by the build.</summary>
    public static string Folder(string environment) => "environments/" + environment;

    /// <summary>The folder of an environment's stage, the team's (and Kargo's) to edit.</summary>
    public static string StageFolder(string environment) => "stages/" + environment;

    /// <summary>The patches <paramref name="environment"/> applies to one workload's base objects; none when it changes nothing.</summary>
    public static EquatableArray<ManifestDocument> Patches(ResolvedWorkload baseline, ResolvedWorkload changed, string environment)
    {
        var documents = ImmutableArray.CreateBuilder<ManifestDocument>();
        if (WorkloadPatch(baseline, changed) is { } workload)
        {
            documents.Add(new ManifestDocument(PatchFile(baseline.File, environment), workload));
        }
        if (baseline.Autoscaler is { } before && changed.Autoscaler is { } after && (before.Min != after.Min || before.Max != after.Max))
        {
            var yaml = Patch(before.File);
            yaml.Key("spec").BeginMapping().Pair("minReplicas", after.Min).Pair("maxReplicas", after.Max).EndMapping();
            documents.Add(new ManifestDocument(PatchFile(before.File, environment), ObjectYaml.End(yaml)));
        }
        return documents.ToImmutable().ToEquatableArray();
    }

    /// <summary>The image of every container as the environment runs it: repository as written, and its tag or digest.</summary>
    public static IEnumerable<ImageEntry> Images(ResolvedWorkload workload)
    {
        foreach (var container in workload.Containers)
        {
            if (ImageReferenceParser.Parse(container.Spec.Image.Value, out _) is { } image)
            {
                yield return new ImageEntry(image.WrittenRepository, image.Tag, image.Digest);
            }
        }
    }

    /// <summary>An environment's kustomization: the base, its patches, and the tag of every image.</summary>
    public static string Kustomization(IEnumerable<string> patchPaths, IEnumerable<ImageEntry> images)
    {
        var yaml = new YamlWriter().BeginMapping()
            .Pair("apiVersion", KustomizationYaml.ApiVersion)
            .Pair("kind", KustomizationYaml.Kind);
        yaml.Key("resources").BeginSequence().String("../../" + WorkloadResolver.BaseFolder).EndSequence();
        var patches = patchPaths.ToList();
        if (patches.Count > 0)
        {
            yaml.Key("patches").BeginSequence();
            foreach (var patch in patches)
            {
                yaml.BeginMapping().Pair("path", patch).EndMapping();
            }
            yaml.EndSequence();
        }
        var entries = images.ToList();
        if (entries.Count > 0)
        {
            yaml.Key("images").BeginSequence();
            foreach (var image in entries)
            {
                yaml.BeginMapping().Pair("name", image.Name);
                if (image.Tag is { } tag)
                {
                    yaml.Pair("newTag", tag);
                }
                if (image.Digest is { } digest)
                {
                    yaml.Pair("digest", digest);
                }
                yaml.EndMapping();
            }
            yaml.EndSequence();
        }
        return yaml.EndMapping().Finish();
    }

    /// <summary>A stage's kustomization as the build first creates it: the environment, and nothing of its own yet.</summary>
    public static string Stage(string environment)
    {
        var yaml = new YamlWriter().BeginMapping()
            .Pair("apiVersion", KustomizationYaml.ApiVersion)
            .Pair("kind", KustomizationYaml.Kind);
        yaml.Key("resources").BeginSequence().String("../../" + Folder(environment)).EndSequence();
        return yaml.EndMapping().Finish();
    }

    /// <summary>The file of an object's patch in an environment: its base path, under the environment's <c>patches/</c>.</summary>
    private static ObjectFile PatchFile(ObjectFile file, string environment) => file with { Folder = Folder(environment) + "/patches" };

    private static string? WorkloadPatch(ResolvedWorkload baseline, ResolvedWorkload changed)
    {
        var replicas = changed.Replicas is { } count && count != baseline.Replicas ? count : (int?)null;
        var containers = ContainerChanges(baseline, changed);
        var nodeSelector = changed.Spec.Pod.NodeSelector
            .Where(entry => !baseline.Spec.Pod.NodeSelector.Any(old => old.Key.Value == entry.Key.Value && old.Value.Value == entry.Value.Value))
            .ToEquatableArray();
        var tolerations = changed.Spec.Pod.Tolerations != baseline.Spec.Pod.Tolerations ? changed.Spec.Pod.Tolerations : EquatableArray<TolerationSpec>.Empty;
        if (replicas is null && containers.Count == 0 && nodeSelector.IsEmpty && tolerations.IsEmpty)
        {
            return null;
        }

        var yaml = Patch(baseline.File);
        yaml.Key("spec").BeginMapping();
        if (replicas is { } written)
        {
            yaml.Pair("replicas", written);
        }
        if (containers.Count > 0 || !nodeSelector.IsEmpty || !tolerations.IsEmpty)
        {
            yaml.Key("template").BeginMapping().Key("spec").BeginMapping();
            if (containers.Count > 0)
            {
                yaml.Key("containers").BeginSequence();
                foreach (var (name, env, resources) in containers)
                {
                    yaml.BeginMapping().Pair("name", name);
                    if (!env.IsEmpty)
                    {
                        PodYaml.Env(yaml, env);
                    }
                    if (!resources.IsEmpty)
                    {
                        yaml.Key("resources").BeginMapping();
                        PodYaml.Quantities(yaml, "requests", resources, limits: false);
                        PodYaml.Quantities(yaml, "limits", resources, limits: true);
                        yaml.EndMapping();
                    }
                    yaml.EndMapping();
                }
                yaml.EndSequence();
            }
            if (!nodeSelector.IsEmpty)
            {
                ObjectYaml.Map(yaml.Key("nodeSelector"), nodeSelector);
            }
            if (!tolerations.IsEmpty)
            {
                yaml.Key("tolerations").BeginSequence();
                foreach (var toleration in tolerations)
                {
                    PodYaml.Toleration(yaml, toleration);
                }
                yaml.EndSequence();
            }
            yaml.EndMapping().EndMapping();
        }
        yaml.EndMapping();
        return ObjectYaml.End(yaml);
    }

    /// <summary>Per container (by name, as containers merge): the variables and quantities the environment changes.</summary>
    private static List<(string Name, EquatableArray<ResolvedEnv> Env, EquatableArray<QuantitySpec> Resources)> ContainerChanges(ResolvedWorkload baseline, ResolvedWorkload changed)
    {
        var changes = new List<(string, EquatableArray<ResolvedEnv>, EquatableArray<QuantitySpec>)>();
        foreach (var container in changed.Containers)
        {
            var before = baseline.Containers.FirstOrDefault(old => old.Spec.Name.Value == container.Spec.Name.Value);
            var env = container.Env.Where(variable => before is null || !before.Env.Contains(variable)).ToEquatableArray();
            var resources = container.Spec.Resources
                .Where(quantity => before is null || !before.Spec.Resources.Any(old => old.Resource == quantity.Resource && old.IsLimit == quantity.IsLimit && old.Quantity.Value == quantity.Quantity.Value))
                .ToEquatableArray();
            if (!env.IsEmpty || !resources.IsEmpty)
            {
                changes.Add((container.Spec.Name.Value, env, resources));
            }
        }
        return changes;
    }

    /// <summary>A patch's header: the object it patches, by kind, name and namespace.</summary>
    private static YamlWriter Patch(ObjectFile file)
        => ObjectYaml.Begin(file, EquatableArray<Label>.Empty, EquatableArray<Label>.Empty);
}

/// <summary>An image as kustomize's <c>images:</c> sets it: the repository as written, and the tag or digest to run.</summary>
internal sealed record ImageEntry(string Name, string? Tag, string? Digest);
