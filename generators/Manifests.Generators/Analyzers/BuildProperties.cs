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

    /// <summary><c>ManifestsPrivateRegistries</c>, passed on the same way.</summary>
    private const string PrivateRegistriesKey = "build_property._ManifestsPrivateRegistries";

    public static string? AllowedRegistries(AnalyzerOptions options) => Read(options, AllowedRegistriesKey);

    public static string? PrivateRegistries(AnalyzerOptions options) => Read(options, PrivateRegistriesKey);

    private static string? Read(AnalyzerOptions options, string key)
        => options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(key, out var value) ? value : null;
}
