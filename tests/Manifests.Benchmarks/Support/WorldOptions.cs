using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Manifests.Benchmarks.Workloads;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Manifests.Benchmarks.Support;

/// <summary>
/// The AdditionalFiles and their MSBuild metadata exactly as the package's targets hand them to the analyzers: the
/// cluster profile tagged <c>ManifestsKind = ClusterNodes</c>, the image catalog tagged <c>ImageCatalog</c>. The texts
/// are created once, so every run sees the same <see cref="SourceText"/>, as the compiler hands an unchanged file.
/// </summary>
internal static class WorldOptions
{
    private const string KindKey = "build_metadata.AdditionalFiles.ManifestsKind";

    public static AnalyzerOptions Create()
    {
        var files = ImmutableArray.Create<AdditionalText>(
            new InMemoryAdditionalText(WorldFiles.ClusterProfilePath, SourceText.From(WorldFiles.ClusterProfile())),
            new InMemoryAdditionalText(WorldFiles.ImageCatalogPath, SourceText.From(WorldFiles.ImageCatalog())));
        return new AnalyzerOptions(files, new KindOptionsProvider(new Dictionary<string, string>
        {
            [WorldFiles.ClusterProfilePath] = "ClusterNodes",
            [WorldFiles.ImageCatalogPath] = "ImageCatalog",
        }));
    }

    private sealed class InMemoryAdditionalText(string path, SourceText text) : AdditionalText
    {
        public override string Path => path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }

    /// <summary>Gives each AdditionalFile its ManifestsKind, and nothing to the C# files.</summary>
    private sealed class KindOptionsProvider(IReadOnlyDictionary<string, string> kinds) : AnalyzerConfigOptionsProvider
    {
        private static readonly Options None = new(null);

        public override AnalyzerConfigOptions GlobalOptions => None;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => None;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
            => kinds.TryGetValue(textFile.Path, out var kind) ? new Options(kind) : None;

        private sealed class Options(string? kind) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value)
            {
                value = key == KindKey ? kind : null;
                return value is not null;
            }
        }
    }
}
