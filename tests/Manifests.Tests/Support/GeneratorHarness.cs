using System.Collections.Immutable;
using Manifests.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Manifests.Tests.Support;

/// <summary>The files one generator run compiled into the assembly, by path, and the objects it withheld, with their reasons.</summary>
internal sealed record GeneratedFiles(
    ImmutableSortedDictionary<string, string> ByPath,
    ImmutableArray<(string Path, string Reason)> Withheld,
    Compilation Output,
    GeneratorDriverRunResult Run)
{
    public string this[string path] => ByPath.TryGetValue(path, out var yaml)
        ? yaml
        : throw new KeyNotFoundException($"No file '{path}' was generated. Generated: {string.Join(", ", ByPath.Keys)}");
}

/// <summary>
/// Runs <see cref="ManifestGenerator"/> the way the compiler does, and reads back the YAML exactly as the build task
/// will: from the <c>[ManifestFile(path, content)]</c> attributes of the output compilation.
/// </summary>
internal static class GeneratorHarness
{
    public static GeneratorDriver CreateDriver(AnalyzerConfigOptionsProvider? options = null)
        => CSharpGeneratorDriver.Create(
            [new ManifestGenerator().AsSourceGenerator()],
            optionsProvider: options,
            parseOptions: TestCompilation.ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>
    /// Generates for <paramref name="sources"/>, failing on any generator exception or compile error in the output,
    /// then runs again on a clone of the compilation and checks that nothing was recomputed and the output is identical.
    /// </summary>
    public static GeneratedFiles Run(params string[] sources) => Run(TestCompilation.Create(sources));

    public static GeneratedFiles Run(CSharpCompilation compilation, bool allowUserErrors = false) => Run(compilation, options: null, allowUserErrors);

    /// <summary>As <see cref="Run(CSharpCompilation, bool)"/>, with the MSBuild properties the package's targets pass on (<c>build_property._ManifestsImageTags</c>, say).</summary>
    public static GeneratedFiles Run(CSharpCompilation compilation, IReadOnlyDictionary<string, string> buildProperties, bool allowUserErrors = false)
        => Run(compilation, new BuildPropertyOptions(buildProperties), allowUserErrors);

    private static GeneratedFiles Run(CSharpCompilation compilation, AnalyzerConfigOptionsProvider? options, bool allowUserErrors)
    {
        var driver = CreateDriver(options).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        Assert.Empty(generatorDiagnostics);
        var run = driver.GetRunResult();
        Assert.All(run.Results, r => Assert.Null(r.Exception));
        if (!allowUserErrors)
        {
            Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        }

        // The same input again must be served entirely from the cache, with byte-identical output.
        var again = driver.RunGenerators((CSharpCompilation)compilation.Clone());
        var secondRun = again.GetRunResult();
        IncrementalAssert.AllCachedOrUnchanged(secondRun);
        Assert.Equal(
            run.Results.SelectMany(r => r.GeneratedSources).Select(s => s.SourceText.ToString()),
            secondRun.Results.SelectMany(r => r.GeneratedSources).Select(s => s.SourceText.ToString()));

        return new GeneratedFiles(ReadFiles(output), ReadWithheld(output), output, run);
    }

    /// <summary>
    /// The ManifestFile attributes of <paramref name="compilation"/>'s assembly, as the build task reads them: on the
    /// assembly or on any class (the generator puts them on classes).
    /// </summary>
    public static ImmutableSortedDictionary<string, string> ReadFiles(Compilation compilation)
        => Read(compilation, typeof(ManifestFileAttribute)).ToImmutableSortedDictionary(file => file.Path, file => file.Text, StringComparer.Ordinal);

    /// <summary>The ManifestSeed attributes: each file the build creates once, by path.</summary>
    public static ImmutableSortedDictionary<string, string> ReadSeeds(Compilation compilation)
        => Read(compilation, typeof(ManifestSeedAttribute)).ToImmutableSortedDictionary(file => file.Path, file => file.Text, StringComparer.Ordinal);

    /// <summary>
    /// The ManifestWithheld attributes: each withheld object's path and the reason the build task reports, ordered by
    /// path then reason (two classes that declare one object both withhold it).
    /// </summary>
    public static ImmutableArray<(string Path, string Reason)> ReadWithheld(Compilation compilation)
        => [.. Read(compilation, typeof(ManifestWithheldAttribute)).OrderBy(w => w.Path, StringComparer.Ordinal).ThenBy(w => w.Text, StringComparer.Ordinal)];

    private static IEnumerable<(string Path, string Text)> Read(Compilation compilation, Type attribute)
        => compilation.Assembly.GetAttributes()
            .Concat(Types(compilation.Assembly.GlobalNamespace).SelectMany(type => type.GetAttributes()))
            .Where(a => a.AttributeClass?.ToDisplayString() == attribute.FullName)
            .Select(a => ((string)a.ConstructorArguments[0].Value!, (string)a.ConstructorArguments[1].Value!));

    private static IEnumerable<INamedTypeSymbol> Types(INamespaceSymbol ns)
        => ns.GetTypeMembers().Concat(ns.GetNamespaceMembers().SelectMany(Types));
}

/// <summary>MSBuild properties as the compiler hands them to generators: <c>build_property.*</c> keys of the global options.</summary>
internal sealed class BuildPropertyOptions(IReadOnlyDictionary<string, string> buildProperties) : AnalyzerConfigOptionsProvider
{
    private static readonly Options None = new(new Dictionary<string, string>());

    public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(buildProperties.ToDictionary(pair => "build_property." + pair.Key, pair => pair.Value));

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => None;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => None;

    private sealed class Options(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
