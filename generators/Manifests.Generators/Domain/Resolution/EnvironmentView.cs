using System.Collections.Generic;
using System.Linq;
using Manifests.Generators.Domain.Images;
using Manifests.Generators.Helpers;
using Manifests.Generators.Models;

namespace Manifests.Generators.Domain.Resolution;

/// <summary>
/// A workload as one environment runs it: the base (no environment) keeps what every environment shares; an environment
/// adds its own variables, node selector entries and tolerations (a variable or entry of the same name replaces the
/// base one), and applies its <c>[Override]</c>s. Image tags set by CI apply to every view; an environment's own
/// <c>Tag</c> wins over them, since it pins that environment on purpose.
/// </summary>
internal static class EnvironmentView
{
    /// <param name="environment">The environment, or null for the base.</param>
    public static WorkloadSpec Of(WorkloadSpec workload, string? environment, ImageTags tags)
    {
        if (tags.IsEmpty && !HasOverrides(workload))
        {
            return workload; // Every view is the workload as written: nothing to copy.
        }
        var overrides = workload.Overrides.Where(o => o.Environment.Value == environment).ToList();
        var replicas = overrides.Select(o => o.Replicas).LastOrDefault(r => r is not null) is { } overridden ? overridden : workload.Replicas;
        var autoscale = workload.Autoscale is { } scale && overrides.Count > 0
            ? scale with
            {
                Min = overrides.Select(o => o.MinReplicas).LastOrDefault(r => r is not null) ?? scale.Min,
                Max = overrides.Select(o => o.MaxReplicas).LastOrDefault(r => r is not null) ?? scale.Max,
            }
            : workload.Autoscale;
        return workload with
        {
            Replicas = replicas,
            Autoscale = autoscale,
            Containers = workload.Containers.Select(container => Container(container, environment, tags)).ToEquatableArray(),
            Pod = workload.Pod with
            {
                NodeSelector = Merge(workload.Pod.NodeSelector, entry => entry.Environment?.Value, entry => entry.Key.Value, environment),
                Tolerations = workload.Pod.Tolerations.Where(t => t.Environment is null || t.Environment.Value.Value == environment).ToEquatableArray(),
            },
        };
    }

    /// <summary>Whether the workload says anything about environments at all: without, every view is the base.</summary>
    public static bool HasOverrides(WorkloadSpec workload)
        => !workload.Overrides.IsEmpty
            || workload.Pod.NodeSelector.Any(entry => entry.Environment is not null)
            || workload.Pod.Tolerations.Any(toleration => toleration.Environment is not null)
            || workload.Containers.Any(container => !container.Overrides.IsEmpty || container.Env.Any(variable => variable.Environment is not null));

    private static ContainerSpec Container(ContainerSpec container, string? environment, ImageTags tags)
    {
        var overrides = container.Overrides.Where(o => o.Environment.Value == environment).ToList();
        var image = container.Image;
        var tag = overrides.Select(o => o.Tag).LastOrDefault(t => t is not null)?.Value ?? Tag(image.Value, tags);
        if (tag is not null && ImageReferenceParser.Parse(image.Value, out _) is { Digest: null } reference)
        {
            image = image with { Value = reference.WithTag(tag) };
        }
        var resources = container.Resources.ToList();
        foreach (var quantity in overrides.SelectMany(o => o.Resources))
        {
            var index = resources.FindIndex(r => r.Resource == quantity.Resource && r.IsLimit == quantity.IsLimit);
            if (index >= 0)
            {
                resources[index] = quantity;
            }
            else
            {
                resources.Add(quantity);
            }
        }
        return container with
        {
            Image = image,
            Resources = resources.ToEquatableArray(),
            Env = Merge(container.Env, variable => variable.Environment?.Value, variable => variable.Name.Value, environment),
        };
    }

    /// <summary>
    /// The tag the build sets for <paramref name="image"/>, if any: its repository's own (<c>ManifestsImageTags</c>), else,
    /// for an image the code writes without a tag, the one for all (<c>ManifestsImageTag</c>). An image the code pins to a
    /// tag (a third-party <c>postgres:16.4</c>) keeps it unless its repository is named, and one pinned by digest always.
    /// </summary>
    public static string? Tag(string image, ImageTags tags)
    {
        if (tags.IsEmpty || ImageReferenceParser.Parse(image, out _) is not { Digest: null } reference)
        {
            return null;
        }
        foreach (var entry in tags.PerRepository)
        {
            if (entry.Repository == reference.WrittenRepository || entry.Repository == reference.Repository)
            {
                return entry.Tag;
            }
        }
        return reference.Tag is null ? tags.All : null;
    }

    /// <summary>The base entries, then those of <paramref name="environment"/>, each replacing a base entry of the same key.</summary>
    private static EquatableArray<T> Merge<T>(EquatableArray<T> entries, System.Func<T, string?> environmentOf, System.Func<T, string> keyOf, string? environment)
        where T : System.IEquatable<T>
    {
        var merged = new List<T>();
        foreach (var entry in entries)
        {
            if (environmentOf(entry) is null)
            {
                merged.Add(entry);
            }
        }
        if (environment is null)
        {
            return merged.ToEquatableArray();
        }
        foreach (var entry in entries)
        {
            if (environmentOf(entry) != environment)
            {
                continue;
            }
            var index = merged.FindIndex(other => keyOf(other) == keyOf(entry));
            if (index >= 0)
            {
                merged[index] = entry;
            }
            else
            {
                merged.Add(entry);
            }
        }
        return merged.ToEquatableArray();
    }
}
