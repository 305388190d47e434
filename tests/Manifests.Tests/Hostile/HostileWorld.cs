using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Manifests.Generators.Analyzers;
using Manifests.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Manifests.Tests.Hostile;

/// <summary>
/// Runs one analyzer over a small project with a cluster profile or an image catalog given as an AdditionalFile,
/// tagged as the package's targets tag it: the way a hostile file reaches the analyzers in a real build.
/// </summary>
internal static class HostileWorld
{
    public const string ProfilePath = "/project/cluster/nodes.yaml";
    public const string CatalogPath = "/project/registry/images.txt";

    /// <summary>One workload without tolerations, so that every tainted node refuses it.</summary>
    public const string Workload = """
        using Manifests;
        namespace App;
        [Deployment] [Container("registry.example.com/team/app:1.0.0")]
        public partial class App { }
        """;

    public static Task<ImmutableArray<Diagnostic>> AnalyzeProfileAsync(string profile, string source = Workload)
        => AnalyzeAsync(new SchedulingAnalyzer(), ProfilePath, profile, source);

    public static Task<ImmutableArray<Diagnostic>> AnalyzeCatalogAsync(string catalog, string source = Workload)
        => AnalyzeAsync(new ImageAnalyzer(), CatalogPath, catalog, source);

    /// <summary>A cluster profile and an image catalog (either may be null) as the analyzers receive them in a build.</summary>
    public static AnalyzerOptions Options(string? profile, string? catalog)
    {
        var files = ImmutableArray.CreateBuilder<AdditionalText>();
        if (profile is not null)
        {
            files.Add(new InMemoryText(ProfilePath, SourceText.From(profile)));
        }
        if (catalog is not null)
        {
            files.Add(new InMemoryText(CatalogPath, SourceText.From(catalog)));
        }
        return new AnalyzerOptions(files.ToImmutable(), new KindOptions());
    }

    private static Task<ImmutableArray<Diagnostic>> AnalyzeAsync(DiagnosticAnalyzer analyzer, string path, string content, string source)
        => TestCompilation.Create([source])
            .WithAnalyzers([analyzer], path == ProfilePath ? Options(content, null) : Options(null, content))
            .GetAnalyzerDiagnosticsAsync();

    private sealed class InMemoryText(string path, SourceText text) : AdditionalText
    {
        public override string Path => path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }

    /// <summary>Tags the profile and the catalog with their <c>ManifestsKind</c>.</summary>
    private sealed class KindOptions : AnalyzerConfigOptionsProvider
    {
        private static readonly Options None = new(null);

        public override AnalyzerConfigOptions GlobalOptions => None;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => None;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => textFile.Path switch
        {
            ProfilePath => new Options(ManifestsFileKind.ClusterNodes),
            CatalogPath => new Options(ManifestsFileKind.ImageCatalog),
            _ => None,
        };

        private sealed class Options(string? kind) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value)
            {
                value = key == ManifestsFileKind.MetadataKey ? kind : null;
                return value is not null;
            }
        }
    }
}
