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

    public static string? AllowedRegistries(AnalyzerOptions options)
        => options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(AllowedRegistriesKey, out var value) ? value : null;

    /// <summary>The tags CI sets, as the generator reads them (from the options provider it is given).</summary>
    public static ImageTags ImageTags(AnalyzerConfigOptions globalOptions)
        => Models.ImageTags.Parse(globalOptions.TryGetValue(ImageTagsKey, out var value) ? value : null);
}
