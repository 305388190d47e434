using System.Text;
using Basic.Reference.Assemblies;
using Manifests.CodeFixes.Images;
using Manifests.Generators.Analyzers;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis;

namespace Manifests.Tests.Images;

/// <summary>
/// One run of <see cref="ImageAnalyzer"/> (and, with <see cref="FixedSource"/>, of <see cref="ImageReplacementCodeFix"/>)
/// over a project as MSBuild would hand it to the compiler: the catalog as an AdditionalFile, and a global analyzer
/// config carrying what Manifests.props makes compiler-visible (the file's <c>ManifestsKind</c> metadata and the
/// registries of <c>ManifestsAllowedRegistries</c>, as Manifests.targets passes them on). Diagnostics are the ones marked in the source (<c>{|KM203:…|}</c>)
/// plus <see cref="Expected"/>.
/// </summary>
internal sealed class ImageTest
{
    /// <summary>
    /// Where the catalog sits. The testing library gives each file the path it is added under, and a global config's
    /// sections must name files by absolute path, so the catalog is added as <c>/0/registry/images.txt</c>
    /// (beside the sources, which the library puts under <c>/0/</c>) and the section is <c>[/0/registry/images.txt]</c>.
    /// </summary>
    public const string CatalogPath = "/0/registry/images.txt";

    private static readonly ReferenceAssemblies NoDownload = new("net10.0");

    public ImageTest(string source) => Source = source;

    public string Source { get; }

    /// <summary>More source files of the same project.</summary>
    public List<string> AdditionalSources { get; } = [];

    /// <summary>The fixed source the code fix must produce; null tests the analyzer only.</summary>
    public string? FixedSource { get; init; }

    /// <summary>The image catalog's text; null means the project lists no catalog.</summary>
    public string? Catalog { get; init; }

    /// <summary>The text of a second file that is an AdditionalFile but no catalog (it must be ignored).</summary>
    public string? UnrelatedAdditionalFile { get; init; }

    /// <summary>The <c>ManifestsAllowedRegistries</c> MSBuild property (';'-separated, as a user writes it); null leaves it unset.</summary>
    public string? AllowedRegistries { get; init; }

    /// <summary>More lines for the global analyzer config, such as <c>dotnet_diagnostic.KM205.severity = none</c>.</summary>
    public string? Configuration { get; init; }

    /// <summary>Which code action to apply when several are offered; 0 by default.</summary>
    public int? CodeActionIndex { get; init; }

    /// <summary>How many rounds of fixes it takes until no fixable diagnostic is left; the library's guess when null.</summary>
    public int? Iterations { get; init; }

    public List<DiagnosticResult> Expected { get; } = [];

    /// <summary>An expected image diagnostic, by ID, at its default severity.</summary>
    public static DiagnosticResult Diagnostic(string id)
        => new(id, Generators.Diagnostics.DiagnosticDescriptors.Images.Single(d => d.Id == id).DefaultSeverity);

    public Task RunAsync(params DiagnosticResult[] expected)
    {
        Expected.AddRange(expected);
        if (FixedSource is null)
        {
            var test = new AnalyzerTest();
            Configure(test.TestState);
            test.ExpectedDiagnostics.AddRange(Expected);
            return test.RunAsync();
        }

        var fix = new CodeFixTest { CodeActionIndex = CodeActionIndex };
        if (Iterations is { } iterations)
        {
            fix.NumberOfIncrementalIterations = iterations;
            fix.NumberOfFixAllIterations = iterations;
        }
        Configure(fix.TestState);
        Configure(fix.FixedState);
        fix.FixedState.Sources.Clear();
        fix.FixedState.Sources.Add(FixedSource);
        foreach (var extra in AdditionalSources)
        {
            fix.FixedState.Sources.Add(extra);
        }
        // Markup in the fixed source states what must remain: for "no fix is offered", the fixed source is the source.
        fix.FixedState.MarkupHandling = MarkupMode.Allow;
        fix.ExpectedDiagnostics.AddRange(Expected);
        return fix.RunAsync();
    }

    private void Configure(SolutionState state)
    {
        state.Sources.Add(Source);
        foreach (var extra in AdditionalSources)
        {
            state.Sources.Add(extra);
        }
        state.ReferenceAssemblies = NoDownload;
        state.AdditionalReferences.AddRange(Net100.References.All);
        state.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(DeploymentAttribute).Assembly.Location));

        var config = new StringBuilder("is_global = true\n");
        if (AllowedRegistries is not null)
        {
            // What Manifests.targets derives from the property: ';' would start an editorconfig comment.
            config.Append("build_property._ManifestsAllowedRegistries = ").Append(AllowedRegistries.Replace(';', ',')).Append('\n');
        }
        if (Configuration is not null)
        {
            config.Append(Configuration).Append('\n');
        }
        if (Catalog is not null)
        {
            state.AdditionalFiles.Add((CatalogPath, Catalog));
            config.Append('[').Append(CatalogPath).Append("]\nbuild_metadata.AdditionalFiles.ManifestsKind = ImageCatalog\n");
        }
        if (UnrelatedAdditionalFile is not null)
        {
            state.AdditionalFiles.Add(("/0/notes/images.txt", UnrelatedAdditionalFile));
        }
        state.AnalyzerConfigFiles.Add(("/.globalconfig", config.ToString()));
    }

    private sealed class AnalyzerTest : CSharpAnalyzerTest<ImageAnalyzer, DefaultVerifier>;

    private sealed class CodeFixTest : CSharpCodeFixTest<ImageAnalyzer, ImageReplacementCodeFix, DefaultVerifier>;
}
