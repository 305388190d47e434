using System.Linq;
using Manifests.Generators.Helpers;
using Manifests.Generators.Models;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Manifests.Generators.Parsing;

/// <summary>
/// The MSBuild properties the package's props make compiler-visible (<c>CompilerVisibleProperty</c>), as the generator
/// and the analyzers read them from the global analyzer config: every key in one place.
/// </summary>
internal static class BuildProperties
{
    /// <summary>
    /// <c>ManifestsAllowedRegistries</c>, as the package's targets pass it on: comma-separated, because ';' would start
    /// an editorconfig comment and cut the list short.
    /// </summary>
    private const string AllowedRegistriesKey = "build_property._ManifestsAllowedRegistries";

    /// <summary>
    /// <c>ManifestsImageTag</c> and <c>ManifestsImageTags</c>, as the package's targets pass them on: one list of
    /// <c>repository=tag</c> entries, <c>*=tag</c> for every image, comma-separated.
    /// </summary>
    private const string ImageTagsKey = "build_property._ManifestsImageTags";

    /// <summary><c>ManifestsKustomizationResources</c>: the team's own files for the kustomization to list, comma-separated.</summary>
    private const string KustomizationResourcesKey = "build_property._ManifestsKustomizationResources";

    /// <summary><c>ManifestsPrivateRegistries</c>, passed on the same way.</summary>
    private const string PrivateRegistriesKey = "build_property._ManifestsPrivateRegistries";

    public static string? AllowedRegistries(AnalyzerOptions options) => Read(options, AllowedRegistriesKey);

    public static string? PrivateRegistries(AnalyzerOptions options) => Read(options, PrivateRegistriesKey);

    /// <summary>The tags CI sets, as the generator reads them (from the options provider it is given).</summary>
    public static ImageTags ImageTags(AnalyzerConfigOptions globalOptions)
        => Models.ImageTags.Parse(globalOptions.TryGetValue(ImageTagsKey, out var value) ? value : null);

    /// <summary>The team's own files for the kustomization to list, as written, each once, in order.</summary>
    public static EquatableArray<string> KustomizationResources(AnalyzerConfigOptions globalOptions)
        => globalOptions.TryGetValue(KustomizationResourcesKey, out var value) && value is not null
            ? value.Split(',').Select(entry => entry.Trim()).Where(entry => entry.Length > 0).Distinct().ToEquatableArray()
            : EquatableArray<string>.Empty;

    private static string? Read(AnalyzerOptions options, string key)
        => options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(key, out var value) ? value : null;
}
