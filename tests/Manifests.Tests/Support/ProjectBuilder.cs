using System.Text;
using Basic.Reference.Assemblies;
using Manifests.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Manifests.Tests.Support;

/// <summary>
/// One analyzer (and, optionally, code-fix) test over a project as MSBuild hands it to the compiler: the sources, the
/// .NET 10 reference assemblies (from Basic.Reference.Assemblies: nothing is downloaded) and the real Manifests
/// attributes, the world files as AdditionalFiles tagged with the <c>ManifestsKind</c> metadata the package's props make
/// compiler-visible, and the MSBuild properties the package's targets pass on. Expected diagnostics are those marked in
/// the sources (<c>{|KM203:…|}</c>, <c>{|#0:…|}</c>) plus the ones given to <see cref="RunAsync"/>.
/// </summary>
/// <example><code>
/// await new ProjectBuilder(source) { Analyzer = new ImageAnalyzer() }
///     .WithCatalog("idock.daumkakao.io/shop/frontend:1.4.2")
///     .RunAsync(ProjectBuilder.Diagnostic("KM203").WithLocation(0));
/// </code></example>
internal class ProjectBuilder
{
    /// <summary>Where the image catalog sits: beside the sources, which the testing library puts under <c>/0/</c>.</summary>
    public const string CatalogPath = "/0/registry/images.txt";

    private static readonly ReferenceAssemblies NoDownload = new("net10.0");

    // An ID has one descriptor per message; markup ({|KM101:…|}) names the ID and the span, never the message.
    private const MarkupOptions SeveralMessagesPerId = MarkupOptions.UseFirstDescriptor;

    private readonly List<(string Path, string Content, string? Environment)> clusterNodes = [];
    private readonly List<string> configuration = [];

    public ProjectBuilder(params string[] sources) => Sources.AddRange(sources);

    /// <summary>The project's C# files; each is <c>/0/Test{i}.cs</c>.</summary>
    public List<string> Sources { get; } = [];

    /// <summary>The analyzer under test.</summary>
    public required DiagnosticAnalyzer Analyzer { get; init; }

    /// <summary>More analyzers run beside <see cref="Analyzer"/> over the same compilation, as a build runs them all.</summary>
    public IReadOnlyList<DiagnosticAnalyzer> OtherAnalyzers { get; init; } = [];

    /// <summary>The code fix under test; with <see cref="FixedSources"/> the test applies it.</summary>
    public CodeFixProvider? CodeFix { get; init; }

    /// <summary>The sources once every fix is applied, in order; null tests the analyzer only. Markup here states what remains.</summary>
    public string[]? FixedSources { get; set; }

    /// <summary>The fixed source of a one-file project.</summary>
    public string? FixedSource
    {
        get => FixedSources?.FirstOrDefault();
        init => FixedSources = value is null ? null : [value, .. Sources.Skip(1)];
    }

    /// <summary>Which code action to apply when several are offered; the first by default.</summary>
    public int? CodeActionIndex { get; init; }

    /// <summary>How many rounds of fixes it takes until no fixable diagnostic is left; the library's guess when null.</summary>
    public int? Iterations { get; init; }

    /// <summary>The image catalog's text; null means the project lists no catalog.</summary>
    public string? Catalog { get; init; }

    /// <summary>An AdditionalFile that is neither catalog nor profile: the analyzers must ignore it.</summary>
    public string? UnrelatedAdditionalFile { get; init; }

    /// <summary>The <c>ManifestsAllowedRegistries</c> MSBuild property (';'-separated, as a user writes it); null leaves it unset.</summary>
    public string? AllowedRegistries { get; init; }

    /// <summary>The <c>ManifestsPrivateRegistries</c> MSBuild property (';'-separated, as a user writes it); null leaves it unset.</summary>
    public string? PrivateRegistries { get; init; }

    /// <summary><c>_ManifestsImageTags</c> as the package's targets derive it from ManifestsImageTag(s): <c>*=1.4.3,repository=tag</c>.</summary>
    public string? ImageTags { get; init; }

    /// <summary>More lines for the global analyzer config, such as <c>dotnet_diagnostic.KM205.severity = none</c>.</summary>
    public string? Configuration { get; init; }

    /// <summary>An expected diagnostic by ID, at its descriptor's default severity, to locate with <c>.WithLocation</c> or <c>.WithSpan</c>.</summary>
    public static DiagnosticResult Diagnostic(string id)
        => new(id, DiagnosticDescriptors.All.First(descriptor => descriptor.Id == id).DefaultSeverity);

    public ProjectBuilder WithSource(string source)
    {
        Sources.Add(source);
        return this;
    }

    /// <summary>A cluster profile file (what <c>kubectl get nodes -o yaml</c> prints) at <paramref name="path"/>, e.g. <c>/0/cluster/nodes.yaml</c>.</summary>
    /// <param name="environment">The environment whose cluster it describes (the item's <c>Environment</c> metadata), or null for every environment.</param>
    public ProjectBuilder WithClusterNodes(string path, string content, string? environment = null)
    {
        clusterNodes.Add((path, content, environment));
        return this;
    }

    /// <summary>A line of the global analyzer config.</summary>
    public ProjectBuilder WithConfiguration(string line)
    {
        configuration.Add(line);
        return this;
    }

    /// <summary>Expects the fix to turn the sources into <paramref name="fixedSources"/>.</summary>
    public ProjectBuilder ShouldFixTo(params string[] fixedSources)
    {
        FixedSources = fixedSources;
        return this;
    }

    public Task RunAsync(params DiagnosticResult[] expected)
    {
        if (FixedSources is null)
        {
            var test = new AnalyzerTest([Analyzer, .. OtherAnalyzers]) { MarkupOptions = SeveralMessagesPerId };
            Configure(test.TestState);
            test.ExpectedDiagnostics.AddRange(expected);
            return test.RunAsync();
        }

        var fix = new CodeFixTest([Analyzer, .. OtherAnalyzers], CodeFix ?? throw new InvalidOperationException("A fixed source needs a CodeFix."))
        {
            CodeActionIndex = CodeActionIndex,
            MarkupOptions = SeveralMessagesPerId,
        };
        if (Iterations is { } iterations)
        {
            fix.NumberOfIncrementalIterations = iterations;
            fix.NumberOfFixAllIterations = iterations;
        }
        Configure(fix.TestState);
        Configure(fix.FixedState);
        fix.FixedState.Sources.Clear();
        for (var i = 0; i < FixedSources.Length; i++)
        {
            fix.FixedState.Sources.Add(($"/0/Test{i}.cs", FixedSources[i]));
        }
        // Markup in the fixed source states what must remain: for "no fix is offered", the fixed source is the source.
        fix.FixedState.MarkupHandling = MarkupMode.Allow;
        fix.ExpectedDiagnostics.AddRange(expected);
        return fix.RunAsync();
    }

    private void Configure(SolutionState state)
    {
        for (var i = 0; i < Sources.Count; i++)
        {
            state.Sources.Add(($"/0/Test{i}.cs", Sources[i]));
        }
        state.ReferenceAssemblies = NoDownload;
        state.AdditionalReferences.AddRange(Net100.References.All);
        state.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(ManifestFile).Assembly.Location));

        var config = new StringBuilder("is_global = true\n");
        if (AllowedRegistries is not null)
        {
            // What Manifests.targets derives from the property: ';' would start an editorconfig comment.
            config.Append("build_property._ManifestsAllowedRegistries = ").Append(AllowedRegistries.Replace(';', ',')).Append('\n');
        }
        if (PrivateRegistries is not null)
        {
            config.Append("build_property._ManifestsPrivateRegistries = ").Append(PrivateRegistries.Replace(';', ',')).Append('\n');
        }
        if (ImageTags is not null)
        {
            config.Append("build_property._ManifestsImageTags = ").Append(ImageTags).Append('\n');
        }
        foreach (var line in Configuration is null ? configuration : [Configuration, .. configuration])
        {
            config.Append(line).Append('\n');
        }
        // Sections name files by absolute path, as the testing library gives each file the path it is added under.
        if (Catalog is not null)
        {
            state.AdditionalFiles.Add((CatalogPath, Catalog));
            config.Append('[').Append(CatalogPath).Append("]\nbuild_metadata.AdditionalFiles.ManifestsKind = ImageCatalog\n");
        }
        foreach (var (path, content, environment) in clusterNodes)
        {
            state.AdditionalFiles.Add((path, content));
            config.Append('[').Append(path).Append("]\nbuild_metadata.AdditionalFiles.ManifestsKind = ClusterNodes\n");
            if (environment is not null)
            {
                config.Append("build_metadata.AdditionalFiles.ManifestsEnvironment = ").Append(environment).Append('\n');
            }
        }
        if (UnrelatedAdditionalFile is not null)
        {
            state.AdditionalFiles.Add(("/0/notes/images.txt", UnrelatedAdditionalFile));
        }
        state.AnalyzerConfigFiles.Add(("/.globalconfig", config.ToString()));
    }

    private sealed class AnalyzerTest(DiagnosticAnalyzer[] analyzers) : CSharpAnalyzerTest<EmptyDiagnosticAnalyzer, DefaultVerifier>
    {
        protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => analyzers;
    }

    private sealed class CodeFixTest(DiagnosticAnalyzer[] analyzers, CodeFixProvider fix) : CSharpCodeFixTest<EmptyDiagnosticAnalyzer, EmptyCodeFixProvider, DefaultVerifier>
    {
        protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => analyzers;

        protected override IEnumerable<CodeFixProvider> GetCodeFixProviders() => [fix];
    }
}
