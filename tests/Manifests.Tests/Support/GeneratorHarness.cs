using System.Collections.Immutable;
using Manifests.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Manifests.Tests.Support;

/// <summary>The files one generator run compiled into the assembly, by path.</summary>
internal sealed record GeneratedFiles(ImmutableSortedDictionary<string, string> ByPath, Compilation Output, GeneratorDriverRunResult Run)
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
    public static GeneratorDriver CreateDriver()
        => CSharpGeneratorDriver.Create(
            [new ManifestGenerator().AsSourceGenerator()],
            parseOptions: TestCompilation.ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>
    /// Generates for <paramref name="sources"/>, failing on any generator exception or compile error in the output,
    /// then runs again on a clone of the compilation and checks that nothing was recomputed and the output is identical.
    /// </summary>
    public static GeneratedFiles Run(params string[] sources) => Run(TestCompilation.Create(sources));

    public static GeneratedFiles Run(CSharpCompilation compilation, bool allowUserErrors = false)
    {
        var driver = CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
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

        return new GeneratedFiles(ReadFiles(output), output, run);
    }

    /// <summary>
    /// The ManifestFile attributes of <paramref name="compilation"/>'s assembly, as the build task reads them: on the
    /// assembly or on any class (the generator puts them on classes).
    /// </summary>
    public static ImmutableSortedDictionary<string, string> ReadFiles(Compilation compilation)
        => compilation.Assembly.GetAttributes()
            .Concat(Types(compilation.Assembly.GlobalNamespace).SelectMany(type => type.GetAttributes()))
            .Where(a => a.AttributeClass?.ToDisplayString() == "Manifests.ManifestFileAttribute")
            .ToImmutableSortedDictionary(a => (string)a.ConstructorArguments[0].Value!, a => (string)a.ConstructorArguments[1].Value!, StringComparer.Ordinal);

    private static IEnumerable<INamedTypeSymbol> Types(INamespaceSymbol ns)
        => ns.GetTypeMembers().Concat(ns.GetNamespaceMembers().SelectMany(Types));
}
