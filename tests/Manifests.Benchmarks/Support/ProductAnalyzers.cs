using System.Collections.Immutable;
using System.Reflection;
using Manifests.Generators;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Manifests.Benchmarks.Support;

/// <summary>
/// Every analyzer the product ships, found by reflection over the generator assembly (every concrete
/// <see cref="DiagnosticAnalyzer"/> with <see cref="DiagnosticAnalyzerAttribute"/>), so that an analyzer added on
/// another branch is measured here as soon as it is merged, without touching the benchmarks.
/// </summary>
internal static class ProductAnalyzers
{
    public static ImmutableArray<DiagnosticAnalyzer> Create()
        => typeof(ManifestGenerator).Assembly.GetTypes()
            .Where(type => type is { IsClass: true, IsAbstract: false }
                && typeof(DiagnosticAnalyzer).IsAssignableFrom(type)
                && type.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .OrderBy(type => type.FullName, StringComparer.Ordinal)
            .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!)
            .ToImmutableArray();
}
