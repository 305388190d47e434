using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Manifests.Generators.Analyzers;
using Manifests.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Manifests.Tests.Generator;

/// <summary>
/// The cluster profile and the image catalog are parsed once per change of their text: not once per workload, nor once
/// per keystroke. Each test counts the parses its own analyzers report, so it runs beside any other.
/// </summary>
public class WorldFileParseCountTests
{
    private const string ProfilePath = "/project/cluster/nodes.yaml";
    private const string CatalogPath = "/project/registry/images.txt";

    // One node, tainted: every workload below is refused by it, so the analyzer really reads the profile for each.
    private const string Nodes = """
        apiVersion: v1
        kind: Node
        metadata:
          name: lb-1
        spec:
          taints:
          - key: role/lb
            value: "true"
            effect: NoSchedule
        """;

    private const int WorkloadCount = 20;

    [Fact]
    public async Task One_parse_serves_every_workload_and_every_keystroke_until_the_profile_changes()
    {
        var compilation = TestCompilation.Create([.. Enumerable.Range(0, WorkloadCount).Select(Workload), "namespace App; public static class Clock { public static int Ticks => 1; }"]);
        var profile = SourceText.From(Nodes);
        var parses = new ParseCounter();

        // A build: 20 workloads, each refused by the profile's node, from one parse.
        var diagnostics = await AnalyzeAsync(compilation, profile, parses);
        Assert.Equal(WorkloadCount, diagnostics.Count(d => d.Id == "KM301"));
        Assert.Equal(1, parses.Count);

        // A keystroke in C#: a new compilation, the profile's text unchanged (the same SourceText): no parse.
        var tree = compilation.SyntaxTrees.Last();
        var edited = compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(SourceText.From(tree.ToString().Replace("Ticks => 1", "Ticks => 2", StringComparison.Ordinal))));
        Assert.Equal(WorkloadCount, (await AnalyzeAsync(edited, profile, parses)).Count(d => d.Id == "KM301"));
        Assert.Equal(1, parses.Count);

        // The profile file changes: it is parsed once more, and only once, for all workloads.
        var changed = SourceText.From(Nodes.Replace("lb-1", "lb-2", StringComparison.Ordinal));
        Assert.Equal(WorkloadCount, (await AnalyzeAsync(edited, changed, parses)).Count(d => d.Id == "KM301"));
        Assert.Equal(2, parses.Count);
    }

    [Fact]
    public async Task One_catalog_parse_serves_every_image_and_every_keystroke_until_the_catalog_changes()
    {
        var compilation = TestCompilation.Create([.. Enumerable.Range(0, WorkloadCount).Select(Workload), "namespace App; public static class Clock { public static int Ticks => 1; }"]);
        // Lists none of the workloads' images: every one of them gets KM203.
        var catalog = SourceText.From("registry.example.com/team/other:1.0.0\n");
        var parses = new ParseCounter();

        Assert.Equal(WorkloadCount, (await AnalyzeImagesAsync(compilation, catalog, parses)).Count(d => d.Id == "KM203"));
        Assert.Equal(1, parses.Count);

        var tree = compilation.SyntaxTrees.Last();
        var edited = compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(SourceText.From(tree.ToString().Replace("Ticks => 1", "Ticks => 2", StringComparison.Ordinal))));
        Assert.Equal(WorkloadCount, (await AnalyzeImagesAsync(edited, catalog, parses)).Count(d => d.Id == "KM203"));
        Assert.Equal(1, parses.Count);

        var changed = SourceText.From("registry.example.com/team/other:1.0.1\n");
        Assert.Equal(WorkloadCount, (await AnalyzeImagesAsync(edited, changed, parses)).Count(d => d.Id == "KM203"));
        Assert.Equal(2, parses.Count);
    }

    private static Task<ImmutableArray<Diagnostic>> AnalyzeImagesAsync(Compilation compilation, SourceText catalog, ParseCounter parses)
        => compilation
            .WithAnalyzers([new ImageAnalyzer { CatalogParsed = parses.Add }], new AnalyzerOptions([new InMemoryAdditionalText(CatalogPath, catalog)], new WorldFileOptions()))
            .GetAnalyzerDiagnosticsAsync();

    private static Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Compilation compilation, SourceText profile, ParseCounter parses)
        => compilation
            .WithAnalyzers([new SchedulingAnalyzer { ProfileParsed = parses.Add }], new AnalyzerOptions([new InMemoryAdditionalText(ProfilePath, profile)], new WorldFileOptions()))
            .GetAnalyzerDiagnosticsAsync();

    /// <summary>Counts the parses one test's analyzers report: each test's texts are its own, so no other test moves it.</summary>
    private sealed class ParseCounter
    {
        private int count;

        public int Count => Volatile.Read(ref count);

        public void Add(string path) => Interlocked.Increment(ref count);
    }

    private static string Workload(int i) => $$"""
        using Manifests;
        namespace App;
        [Deployment(Name = "app-{{i}}")] [Container("registry.example.com/team/app-{{i}}:1.0.0")]
        public partial class App{{i}} { }
        """;

    private sealed class InMemoryAdditionalText(string path, SourceText text) : AdditionalText
    {
        public override string Path => path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => text;
    }

    /// <summary>Tags the profile and the catalog with their <c>ManifestsKind</c>, as the package's targets do.</summary>
    private sealed class WorldFileOptions : AnalyzerConfigOptionsProvider
    {
        private static readonly Options None = new(null);
        private static readonly Options Profile = new(ManifestsFileKind.ClusterNodes);
        private static readonly Options Catalog = new(ManifestsFileKind.ImageCatalog);

        public override AnalyzerConfigOptions GlobalOptions => None;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => None;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
            => textFile.Path == ProfilePath ? Profile : textFile.Path == CatalogPath ? Catalog : None;

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
