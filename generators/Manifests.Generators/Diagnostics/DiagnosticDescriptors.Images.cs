using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Manifests.Generators.Diagnostics;

/// <summary>KM2xx: image references, reported by <see cref="Images.ImageAnalyzer"/>.</summary>
internal static partial class DiagnosticDescriptors
{
    private const string ImageCategory = "Manifests.Image";

    /// <summary>Code fixes read the replacement image from this diagnostic property.</summary>
    public const string ReplacementProperty = "ManifestsImageReplacement";

    public static readonly DiagnosticDescriptor MalformedImage = Error(
        DiagnosticIds.MalformedImage, ImageCategory,
        "Malformed image reference",
        "Image '{0}' is malformed: {1}");

    public static readonly DiagnosticDescriptor RegistryNotAllowed = Warning(
        DiagnosticIds.RegistryNotAllowed, ImageCategory,
        "Image from a registry that is not allowed",
        "Image '{0}' comes from '{1}'{2}, which is not an allowed registry: {3}");

    public static readonly DiagnosticDescriptor ImageNotInCatalog = Warning(
        DiagnosticIds.ImageNotInCatalog, ImageCategory,
        "Image not in the registry catalog",
        "Image '{0}' is not in the image catalog ({1}): {2}");

    public static readonly DiagnosticDescriptor ImageOfAnotherComponent = Warning(
        DiagnosticIds.ImageOfAnotherComponent, ImageCategory,
        "Image path names another component",
        "Image '{0}' in {1} belongs to {2}, {3}: {4}");

    public static readonly DiagnosticDescriptor MutableImageTag = Warning(
        DiagnosticIds.MutableImageTag, ImageCategory,
        "Mutable image tag",
        "Image '{0}' {1}: Kubernetes runs whatever that tag points to when a pod starts, and re-pulls it every time (imagePullPolicy Always); {2}");

    /// <summary>Every image descriptor: what <see cref="Images.ImageAnalyzer"/> supports.</summary>
    public static readonly ImmutableArray<DiagnosticDescriptor> Images = ImmutableArray.Create(
        MalformedImage, RegistryNotAllowed, ImageNotInCatalog, ImageOfAnotherComponent, MutableImageTag);
}
