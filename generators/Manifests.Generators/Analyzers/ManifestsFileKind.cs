using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Manifests.Generators.Analyzers;

/// <summary>
/// The package's targets tag the files that describe the world as AdditionalFiles with <c>ManifestsKind</c> metadata,
/// which reaches analyzers as <c>build_metadata.AdditionalFiles.ManifestsKind</c>.
/// </summary>
internal static class ManifestsFileKind
{
    public const string MetadataKey = "build_metadata.AdditionalFiles.ManifestsKind";

    /// <summary>The environment a cluster profile describes: <c>&lt;ManifestsClusterNodes Include="…" Environment="prod"/&gt;</c>.</summary>
    public const string EnvironmentKey = "build_metadata.AdditionalFiles.ManifestsEnvironment";

    /// <summary><c>&lt;ManifestsClusterNodes Include="…"/&gt;</c>: what <c>kubectl get nodes -o yaml</c> prints.</summary>
    public const string ClusterNodes = nameof(ClusterNodes);

    /// <summary><c>&lt;ManifestsImageCatalog Include="…"/&gt;</c>: the images the registry holds.</summary>
    public const string ImageCatalog = nameof(ImageCatalog);

    public static bool Is(AnalyzerOptions options, AdditionalText file, string kind)
        => options.AnalyzerConfigOptionsProvider.GetOptions(file).TryGetValue(MetadataKey, out var value)
            && string.Equals(value?.Trim(), kind, StringComparison.OrdinalIgnoreCase);
}
