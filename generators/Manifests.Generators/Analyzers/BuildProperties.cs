using Microsoft.CodeAnalysis.Diagnostics;

namespace Manifests.Generators.Analyzers;

/// <summary>
/// The MSBuild properties the package's props make compiler-visible (<c>CompilerVisibleProperty</c>), as the analyzers
/// read them from the global analyzer config.
/// </summary>
internal static class BuildProperties
{
    /// <summary>
    /// <c>ManifestsAllowedRegistries</c>, as the package's targets pass it on: comma-separated, because ';' would start
    /// an editorconfig comment and cut the list short.
    /// </summary>
    private const string AllowedRegistriesKey = "build_property._ManifestsAllowedRegistries";

    public static string? AllowedRegistries(AnalyzerOptions options)
        => options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(AllowedRegistriesKey, out var value) ? value : null;
}
