using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Manifests.Generators.Domain.Kubernetes;
using Manifests.Generators.Models;

namespace Manifests.Generators.Domain.Images;

/// <summary>
/// What the project itself says about its components, for KM204: each workload's name, class name and tier/component
/// labels, the tiers these name, and the images it runs. A component mix-up is reported only on positive evidence from
/// both sides: the workload's own identity is known, the image does not name it, and the image clearly names a
/// different component of this project. See docs/diagnostics/KM204.md for the safeguards.
/// </summary>
internal sealed class ProjectComponents
{
    private readonly HashSet<string> projectWords;

    // Lookups built once per compilation, so that checking one container costs the same at 10 workloads as at 1,000.
    private readonly Dictionary<string, Component> byClassName = new(StringComparer.Ordinal);
    private readonly ILookup<string, Component> byExactName;
    private readonly ILookup<string, Component> byRepository;
    private readonly Dictionary<string, int> imagesPerNamespace = new(StringComparer.Ordinal);

    private ProjectComponents(ImmutableArray<Component> components, HashSet<string> projectWords)
    {
        this.projectWords = projectWords;
        foreach (var component in components)
        {
            byClassName[component.ClassName] = component;
            foreach (var image in component.Images)
            {
                imagesPerNamespace[image.Namespace] = imagesPerNamespace.TryGetValue(image.Namespace, out var count) ? count + 1 : 1;
            }
        }
        byExactName = components.SelectMany(c => c.ExactNames, (c, name) => (c, name)).ToLookup(p => p.name, p => p.c, StringComparer.Ordinal);
        byRepository = components.SelectMany(c => c.Images, (c, image) => (c, image.Repository)).ToLookup(p => p.Repository, p => p.c, StringComparer.Ordinal);
    }

    /// <summary>Indexes <paramref name="workloads"/>: every workload of the compilation.</summary>
    public static ProjectComponents Build(IReadOnlyList<WorkloadSpec> workloads, ManifestDefaults defaults)
    {
        // Words every workload name shares ("shop" in shop-frontend, shop-backend) or that name the whole project
        // (its namespace, its part-of) tell no component apart. Tier words always do.
        var nameWords = workloads.Select(w => new HashSet<string>(ComponentWords.Split(w.Name.Value))).ToList();
        var shared = nameWords.Count >= 2
            ? nameWords.Skip(1).Aggregate(new HashSet<string>(nameWords[0]), (all, next) => { all.IntersectWith(next); return all; })
            : new HashSet<string>();
        shared.UnionWith(ComponentWords.Split(defaults.Namespace ?? string.Empty));
        shared.UnionWith(ComponentWords.Split(defaults.PartOf ?? string.Empty));
        shared.RemoveWhere(ComponentWords.IsTierWord);

        return new ProjectComponents(workloads.Select(w => Component.From(w, shared)).ToImmutableArray(), shared);
    }

    /// <summary>
    /// Whether <paramref name="image"/>, run by <paramref name="container"/> of <paramref name="workload"/>, belongs to
    /// another component of the project; null when it does not, or when the evidence is not clear.
    /// </summary>
    public ComponentMixUp? Check(WorkloadSpec workload, ContainerSpec container, bool isMainContainer, ImageReference image, ImageCatalog catalog)
    {
        if (!byClassName.TryGetValue(workload.ClassName, out var own))
        {
            return null;
        }

        // 1. Who is this container? The workload's words and tiers, plus the container's own name.
        var containerWords = Distinctive(container.Name.Value);
        var containerTiers = Tiers(containerWords);

        // Only a container whose role is known is judged: the main container of a workload with a known tier (or whose
        // own image the catalog lists), or a container named for a tier. A sidecar called "log-shipper" or "cache" may
        // run anything.
        var known = isMainContainer
            ? own.Tiers.Count > 0 || containerTiers.Count > 0 || OwnImage(catalog, own, container, image) is not null
            : containerTiers.Count > 0;
        if (!known)
        {
            return null;
        }

        // 2. An image that names this container's own component in any way is its own: frontend-nginx for frontend.
        var imageWords = ImageWords(image);
        var imageTiers = Tiers(imageWords);
        if (imageWords.Overlaps(own.Words) || imageWords.Overlaps(containerWords)
            || imageTiers.Overlaps(own.Tiers) || imageTiers.Overlaps(containerTiers))
        {
            return null;
        }

        // 3. It must clearly name another component of this project, in a place where the project's images live. Only
        //    a component named like the image, or running its repository, can be that component.
        var othersUseNamespace = imagesPerNamespace.TryGetValue(image.Namespace, out var inNamespace)
            && inNamespace > own.Images.Count(i => i.Namespace == image.Namespace);
        var candidates = byExactName[image.Name].Concat(byRepository[image.Repository])
            .Where(c => !ReferenceEquals(c, own))
            .Distinct()
            .OrderBy(c => c.Name, StringComparer.Ordinal);
        foreach (var other in candidates)
        {
            if (other.Tiers.Overlaps(own.Tiers) || other.Tiers.Overlaps(containerTiers))
            {
                continue; // Two components of one tier: which image is whose is not clear from words.
            }
            var runsSameRepository = other.Images.Any(i => i.IsSameRepository(image));
            var namedAfterIt = other.ExactNames.Contains(image.Name)
                && (runsSameRepository || othersUseNamespace);
            var sameRepositoryAndWords = runsSameRepository && (imageWords.Overlaps(other.Words) || imageTiers.Overlaps(other.Tiers));
            if (namedAfterIt || sameRepositoryAndWords)
            {
                var evidence = namedAfterIt ? "as the image's name says" : "which runs the same repository";
                return new ComponentMixUp(other, evidence, OwnImage(catalog, own, container, image));
            }
        }
        return null;
    }

    /// <summary>
    /// The catalog's image for the container's own component: a repository named like it, preferably beside the
    /// wrong image, at its newest tag; null when the catalog has none.
    /// </summary>
    private static CatalogRepository? OwnImage(ImageCatalog catalog, Component own, ContainerSpec container, ImageReference image)
        => own.ExactNames.Append(container.Name.Value.ToLowerInvariant())
            .SelectMany(catalog.Named)
            .OrderBy(r => r.Sample.Namespace == image.Namespace ? 0 : 1)
            .ThenBy(r => r.Repository, StringComparer.Ordinal)
            .FirstOrDefault();

    /// <summary>
    /// The words of an image's path that can name a component: every path component but the first when there are
    /// several (the first is the team or project: "shop" in shop/frontend), without generic words.
    /// </summary>
    private HashSet<string> ImageWords(ImageReference image)
    {
        var components = image.RepositoryPath.Split('/');
        var words = new HashSet<string>(StringComparer.Ordinal);
        for (var i = components.Length > 1 ? 1 : 0; i < components.Length; i++)
        {
            AddDistinctive(words, components[i], projectWords);
        }
        return words;
    }

    private HashSet<string> Distinctive(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        AddDistinctive(words, text, projectWords);
        return words;
    }

    /// <summary>Adds the meaningful words of <paramref name="text"/> that are not merely the project's.</summary>
    internal static void AddDistinctive(HashSet<string> words, string text, HashSet<string> projectWords)
    {
        foreach (var word in ComponentWords.Meaningful(text))
        {
            if (!projectWords.Contains(word))
            {
                words.Add(word);
            }
        }
    }

    internal static HashSet<string> Tiers(IEnumerable<string> words)
    {
        var tiers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            if (ComponentWords.Tier(word) is { } tier)
            {
                tiers.Add(tier);
            }
        }
        return tiers;
    }
}

/// <summary>One workload as a component of the project.</summary>
/// <param name="ClassName">The class, which identifies the workload.</param>
/// <param name="Name">The workload name.</param>
/// <param name="Words">Its distinctive words: from its name, class name and component labels.</param>
/// <param name="Tiers">The tiers those words name.</param>
/// <param name="ExactNames">Its name, kebab-case class name and component label values: what an image named after it is called.</param>
/// <param name="Images">The valid images its containers run.</param>
internal sealed record Component(
    string ClassName,
    string Name,
    HashSet<string> Words,
    HashSet<string> Tiers,
    HashSet<string> ExactNames,
    ImmutableArray<ImageReference> Images)
{
    public static Component From(WorkloadSpec workload, HashSet<string> projectWords)
    {
        var simpleClassName = workload.ClassName.Substring(workload.ClassName.LastIndexOfAny(new[] { '.', ':' }) + 1);
        var texts = new List<string> { workload.Name.Value, KebabCase.From(simpleClassName) };
        texts.AddRange(workload.Labels
            .Where(l => ComponentWords.ComponentLabelKeys.Contains(l.Key.Value, StringComparer.OrdinalIgnoreCase))
            .Select(l => l.Value.Value));

        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            ProjectComponents.AddDistinctive(words, text, projectWords);
        }
        var images = workload.Containers
            .Select(c => ImageReferenceParser.Parse(c.Image.Value, out _))
            .Where(i => i is not null)
            .Select(i => i!)
            .ToImmutableArray();
        return new Component(
            workload.ClassName,
            workload.Name.Value,
            words,
            ProjectComponents.Tiers(words),
            new HashSet<string>(texts.Where(t => t.Length > 0).Select(t => t.ToLowerInvariant()), StringComparer.Ordinal),
            images);
    }

    /// <summary>For messages: <c>the workload 'backend' (backend tier)</c>.</summary>
    public string Describe()
        => $"the workload '{Name}'" + (Tiers.Count == 0 ? string.Empty : $" ({string.Join(", ", Tiers.OrderBy(t => t, StringComparer.Ordinal))} tier)");
}

/// <summary>An image that belongs to another component.</summary>
/// <param name="Owner">The component the image belongs to.</param>
/// <param name="Evidence">Why: named after it, or it runs the same repository.</param>
/// <param name="OwnImage">The catalog's image for the container's own component, if any.</param>
internal sealed record ComponentMixUp(Component Owner, string Evidence, CatalogRepository? OwnImage);
