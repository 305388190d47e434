using Microsoft.CodeAnalysis;

namespace Manifests.Generators.Diagnostics;

/// <summary>KM2xx: image references, reported by <see cref="Analyzers.ImageAnalyzer"/>.</summary>
internal static partial class DiagnosticDescriptors
{
    private const string MalformedTitle = "Malformed image reference";

    /// <summary>{0} reference, {1} what is wrong.</summary>
    public static readonly DiagnosticDescriptor MalformedImage = Error(
        DiagnosticIds.MalformedImage, ImageCategory, MalformedTitle,
        "Image '{0}' is malformed: {1}");

    /// <summary>{0} catalog line, {1} what is wrong.</summary>
    public static readonly DiagnosticDescriptor MalformedCatalogLine = Error(
        DiagnosticIds.MalformedImage, ImageCategory, MalformedTitle,
        "Image '{0}' is malformed: {1} (this catalog line is ignored until it is fixed)");

    private const string RegistryTitle = "Image from a registry that is not allowed";
    private const string ImplicitRegistry = " (the registry of every image that names none)";
    private const string BringIntoAllowedRegistry = "bring the image into an allowed registry ({2}) and use it from there";
    private const string UseAllowedCopy = "use '{2}', its copy in an allowed registry";

    /// <summary>{0} image, {1} registry, {2} the allowed registries.</summary>
    public static readonly DiagnosticDescriptor RegistryNotAllowed = Warning(
        DiagnosticIds.RegistryNotAllowed, ImageCategory, RegistryTitle,
        "Image '{0}' comes from '{1}', which is not an allowed registry: " + BringIntoAllowedRegistry);

    /// <summary>{0} image, {1} registry (Docker Hub), {2} the allowed registries.</summary>
    public static readonly DiagnosticDescriptor ImplicitRegistryNotAllowed = Warning(
        DiagnosticIds.RegistryNotAllowed, ImageCategory, RegistryTitle,
        "Image '{0}' comes from '{1}'" + ImplicitRegistry + ", which is not an allowed registry: " + BringIntoAllowedRegistry);

    /// <summary>{0} image, {1} registry, {2} the allowed copy.</summary>
    public static readonly DiagnosticDescriptor RegistryNotAllowedWithCopy = Warning(
        DiagnosticIds.RegistryNotAllowed, ImageCategory, RegistryTitle,
        "Image '{0}' comes from '{1}', which is not an allowed registry: " + UseAllowedCopy);

    /// <summary>{0} image, {1} registry (Docker Hub), {2} the allowed copy.</summary>
    public static readonly DiagnosticDescriptor ImplicitRegistryNotAllowedWithCopy = Warning(
        DiagnosticIds.RegistryNotAllowed, ImageCategory, RegistryTitle,
        "Image '{0}' comes from '{1}'" + ImplicitRegistry + ", which is not an allowed registry: " + UseAllowedCopy);

    private const string CatalogTitle = "Image not in the registry catalog";
    private const string NotInCatalog = "Image '{0}' is not in the image catalog ({1}): ";

    /// <summary>{0} image, {1} catalog files, {2} the repository.</summary>
    public static readonly DiagnosticDescriptor ImageListedByDigestOnly = Warning(
        DiagnosticIds.ImageNotInCatalog, ImageCategory, CatalogTitle,
        NotInCatalog + "the catalog lists '{2}' by digest only: pin the image to a listed digest ('@sha256:…')");

    /// <summary>{0} image, {1} catalog files, {2} the repository, {3} its tag, {4} the suggestion.</summary>
    public static readonly DiagnosticDescriptor ImageTagNotInCatalog = Warning(
        DiagnosticIds.ImageNotInCatalog, ImageCategory, CatalogTitle,
        NotInCatalog + "the catalog lists '{2}' with tag {3}: did you mean '{4}'?");

    /// <summary>{0} image, {1} catalog files, {2} the repository, {3} its newest tags, {4} the suggestion.</summary>
    public static readonly DiagnosticDescriptor ImageTagNotInCatalogOfSeveral = Warning(
        DiagnosticIds.ImageNotInCatalog, ImageCategory, CatalogTitle,
        NotInCatalog + "the catalog lists '{2}' with tags {3}: did you mean '{4}'?");

    /// <summary>{0} image, {1} catalog files, {2} the suggestion.</summary>
    public static readonly DiagnosticDescriptor ImageNotInCatalogDidYouMean = Warning(
        DiagnosticIds.ImageNotInCatalog, ImageCategory, CatalogTitle,
        NotInCatalog + "did you mean '{2}'? If not, bring the image into the registry and add it to the catalog");

    /// <summary>{0} image, {1} catalog files.</summary>
    public static readonly DiagnosticDescriptor ImageNotInCatalog = Warning(
        DiagnosticIds.ImageNotInCatalog, ImageCategory, CatalogTitle,
        NotInCatalog + "bring the image into the registry and add it to the catalog, or use an image the catalog lists");

    private const string ComponentTitle = "Image path names another component";
    private const string BelongsElsewhere = "Image '{0}' in {1} belongs to {2}, {3}: ";

    /// <summary>{0} image, {1} its container, {2} the other component, {3} the evidence, {4} own component, {5} its image.</summary>
    public static readonly DiagnosticDescriptor ImageOfAnotherComponent = Warning(
        DiagnosticIds.ImageOfAnotherComponent, ImageCategory, ComponentTitle,
        BelongsElsewhere + "use the image of '{4}', '{5}' in the catalog");

    /// <summary>{0} image, {1} its container, {2} the other component, {3} the evidence, {4} own component, {5} its repository.</summary>
    public static readonly DiagnosticDescriptor ImageOfAnotherComponentAnyTag = Warning(
        DiagnosticIds.ImageOfAnotherComponent, ImageCategory, ComponentTitle,
        BelongsElsewhere + "use the image of '{4}', from '{5}' in the catalog");

    /// <summary>{0} image, {1} its container, {2} the other component, {3} the evidence, {4} own component.</summary>
    public static readonly DiagnosticDescriptor ImageOfAnotherComponentUncatalogued = Warning(
        DiagnosticIds.ImageOfAnotherComponent, ImageCategory, ComponentTitle,
        BelongsElsewhere + "use the image built for '{4}'");

    private const string MutableTitle = "Mutable image tag";
    private const string RunsWhateverTagPointsTo =
        ": Kubernetes runs whatever that tag points to when a pod starts, and re-pulls it every time (imagePullPolicy Always); ";
    private const string PinSomething = "pin a version tag (':1.4.2') or a digest ('@sha256:…')";
    private const string PinNewest = "pin it to ':{1}', the newest tag the catalog lists ('{2}')";

    /// <summary>{0} image.</summary>
    public static readonly DiagnosticDescriptor ImageWithoutTag = Warning(
        DiagnosticIds.MutableImageTag, ImageCategory, MutableTitle,
        "Image '{0}' has no tag, so it means ':latest'" + RunsWhateverTagPointsTo + PinSomething + ", or have the build set it (-p:ManifestsImageTag=1.4.2)");

    /// <summary>{0} image, {1} newest tag, {2} the image at that tag.</summary>
    public static readonly DiagnosticDescriptor ImageWithoutTagInCatalog = Warning(
        DiagnosticIds.MutableImageTag, ImageCategory, MutableTitle,
        "Image '{0}' has no tag, so it means ':latest'" + RunsWhateverTagPointsTo + PinNewest + ", or have the build set it (-p:ManifestsImageTag={1})");

    /// <summary>{0} image.</summary>
    public static readonly DiagnosticDescriptor ImageOnLatest = Warning(
        DiagnosticIds.MutableImageTag, ImageCategory, MutableTitle,
        "Image '{0}' uses the tag 'latest'" + RunsWhateverTagPointsTo + PinSomething);

    /// <summary>{0} image, {1} newest tag, {2} the image at that tag.</summary>
    public static readonly DiagnosticDescriptor ImageOnLatestInCatalog = Warning(
        DiagnosticIds.MutableImageTag, ImageCategory, MutableTitle,
        "Image '{0}' uses the tag 'latest'" + RunsWhateverTagPointsTo + PinNewest);
}
