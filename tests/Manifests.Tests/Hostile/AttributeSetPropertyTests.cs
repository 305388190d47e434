using System.Collections.Immutable;
using CsCheck;
using Manifests.Generators.Analyzers;
using Manifests.Generators.Emitting;
using Manifests.Generators.Helpers;
using Manifests.Generators.Parsing;
using Manifests.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Manifests.Tests.Hostile;

/// <summary>
/// Over generated projects written with the whole attribute contract (<see cref="AttributeSets"/>): the generator never
/// throws or speaks and its output compiles; no class is silent (each gets YAML or withheld objects); every document
/// it writes is one the official client reads in strict mode; no analyzer throws; and a class is withheld exactly when
/// the analyzers report an error in it, or in the assembly's defaults. A failing sample prints the project's source.
/// </summary>
public sealed class AttributeSetPropertyTests
{
    /// <summary>The rules that decide what is written: the object rules (KM1xx) and the rules across objects (KM4xx).</summary>
    private static readonly ImmutableHashSet<string> WithholdingRules = new WorkloadAnalyzer().SupportedDiagnostics.Select(d => d.Id).ToImmutableHashSet();

    [Fact]
    public void Generated_attribute_sets_compile_are_never_silent_parse_strictly_and_are_withheld_exactly_where_an_error_is_reported()
        => AttributeSets.Projects.Sample(Check, iter: 500, print: project => project.ToString());

    private static void Check(GeneratedProject project)
    {
        var compilation = TestCompilation.Create([.. project.Files]);

        // 1. The generator neither throws nor reports, its output compiles, and a second run is served from the cache.
        var files = GeneratorHarness.Run(compilation);

        var classes = ObjectClasses(compilation);
        var outputs = new Dictionary<INamedTypeSymbol, ClassObjects>(SymbolEqualityComparer.Default);
        foreach (var type in classes)
        {
            outputs[type] = OutputOf(files, type);
        }
        NoClassIsSilent(outputs);
        EveryDocumentParsesStrictly(files);

        // 4. The four analyzers run without an exception (AD0001).
        var diagnostics = AnalyzerWorld.Analyze(compilation);
        AgreesWithTheAnalyzers(outputs, diagnostics);
    }

    /// <summary>2. Every workload and ConfigMap class gets its documents or a record of what it withholds, never both.</summary>
    private static void NoClassIsSilent(Dictionary<INamedTypeSymbol, ClassObjects> outputs)
    {
        foreach (var (type, output) in outputs)
        {
            Assert.True(output.Written.Length > 0 || output.Withheld.Length > 0, $"'{ClassNames.Display(type)}' got neither YAML nor withheld objects.");
            Assert.True(output.Written.Length == 0 || output.Withheld.Length == 0, $"'{ClassNames.Display(type)}' wrote {string.Join(", ", output.Written)} and withheld {string.Join(", ", output.Withheld)}.");
        }
    }

    /// <summary>
    /// 3. Every object document reads with the official client in strict mode. Kustomizations are no objects, and the
    /// files under environments/ are kustomizations and partial patches, which only kustomize completes.
    /// </summary>
    private static void EveryDocumentParsesStrictly(GeneratedFiles files)
    {
        foreach (var (path, yaml) in files.ByPath)
        {
            if (path.EndsWith("kustomization.yaml", StringComparison.Ordinal) || path.StartsWith("environments/", StringComparison.Ordinal))
            {
                continue;
            }
            try
            {
                KubernetesJudge.Parse(yaml);
            }
            catch (Exception exception)
            {
                throw new Xunit.Sdk.XunitException($"{path} does not read strictly: {exception.Message}\n{yaml}");
            }
        }
    }

    /// <summary>
    /// 5. A class is withheld exactly when the object rules report an error in its declaration (its nested container
    /// classes included), or in the assembly's attributes, whose errors (invalid defaults or environments) withhold
    /// every class. KM114 is reported at each class that declares a contested object, so it needs no exception. The
    /// other analyzers' errors withhold nothing, by design: a malformed image (KM201) is written as given, since the
    /// generator never reads images. (A workload nested in a workload is not generated: by design it is written on its
    /// own while the KM117 at its [Deployment] withholds the outer one, so its declaration holds an error not its own.)
    /// </summary>
    private static void AgreesWithTheAnalyzers(Dictionary<INamedTypeSymbol, ClassObjects> outputs, ImmutableArray<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error && WithholdingRules.Contains(d.Id)).ToList();
        Assert.All(errors, error => Assert.True(error.Location.IsInSource, $"{error} is reported at no place in the source."));

        var assemblyErrors = errors.Where(error => InAssemblyAttributes(error.Location)).ToList();
        foreach (var (type, output) in outputs)
        {
            var own = errors.Where(error => Declares(type, error.Location)).ToList();
            var expected = assemblyErrors.Count > 0 || own.Count > 0;
            var withheld = output.Withheld.Length > 0;
            Assert.True(
                expected == withheld,
                withheld
                    ? $"'{ClassNames.Display(type)}' is withheld ({output.Withheld[0]}), but no error is reported in it or in the assembly's attributes."
                    : $"'{ClassNames.Display(type)}' is written, but the analyzers report: {string.Join("; ", own.Concat(assemblyErrors))}.");
        }
    }

    /// <summary>The classes that declare objects: those whose first kind attribute makes them a workload or a ConfigMap.</summary>
    private static List<INamedTypeSymbol> ObjectClasses(Compilation compilation)
        => compilation.SyntaxTrees
            .SelectMany(tree => tree.GetRoot().DescendantNodes().OfType<TypeDeclarationSyntax>().Select(node => compilation.GetSemanticModel(tree).GetDeclaredSymbol(node)))
            .OfType<INamedTypeSymbol>()
            .Distinct<INamedTypeSymbol>(SymbolEqualityComparer.Default)
            .Where(type => type.GetAttributes().Select(KindOf).FirstOrDefault(kind => kind is not null) is "Deployment" or "ReplicaSet" or "StatefulSet" or "ConfigMap")
            .ToList();

    private static string? KindOf(AttributeData attribute)
        => attribute.AttributeClass is { ContainingNamespace.Name: "Manifests" } type && type.Name is "DeploymentAttribute" or "ReplicaSetAttribute" or "StatefulSetAttribute" or "ConfigMapAttribute" or "SecretAttribute"
            ? type.Name[..^"Attribute".Length]
            : null;

    /// <summary>The paths a class writes and the objects it withholds, read from the file the generator emits for it.</summary>
    private sealed record ClassObjects(ImmutableArray<string> Written, ImmutableArray<string> Withheld);

    private static ClassObjects OutputOf(GeneratedFiles files, INamedTypeSymbol type)
    {
        var hintName = SourceEmitter.HintName(new ClassOutput(ClassNames.Of(type), EquatableArray<ManifestDocument>.Empty, EquatableArray<WithheldObject>.Empty));
        var tree = files.Output.SyntaxTrees.SingleOrDefault(t => Path.GetFileName(t.FilePath) == hintName);
        Assert.True(tree is not null, $"No file {hintName} was generated for '{ClassNames.Display(type)}'.");
        var model = files.Output.GetSemanticModel(tree);
        var attributes = tree.GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>()
            .SelectMany(node => model.GetDeclaredSymbol(node)!.GetAttributes())
            .ToList();
        return new ClassObjects(
            [.. attributes.Where(a => a.AttributeClass?.Name == nameof(ManifestFileAttribute)).Select(a => (string)a.ConstructorArguments[0].Value!)],
            [.. attributes.Where(a => a.AttributeClass?.Name == nameof(ManifestWithheldAttribute)).Select(a => $"{a.ConstructorArguments[0].Value}: {a.ConstructorArguments[1].Value}")]);
    }

    /// <summary>Whether <paramref name="location"/> lies in one of <paramref name="type"/>'s declarations (its attributes and nested classes included).</summary>
    private static bool Declares(INamedTypeSymbol type, Location location)
        => type.DeclaringSyntaxReferences.Any(reference => reference.SyntaxTree == location.SourceTree && reference.Span.Contains(location.SourceSpan));

    private static bool InAssemblyAttributes(Location location)
        => location.SourceTree?.GetRoot().FindNode(location.SourceSpan).AncestorsAndSelf().OfType<AttributeListSyntax>()
            .Any(list => list.Target?.Identifier.IsKind(SyntaxKind.AssemblyKeyword) == true) == true;

    /// <summary>
    /// The four analyzers over a compilation, with a cluster profile and an image catalog as AdditionalFiles tagged as
    /// the package's targets tag them, so that the scheduling and catalog rules run too.
    /// </summary>
    private static class AnalyzerWorld
    {

        private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = [new WorkloadAnalyzer(), new ImageAnalyzer(), new SchedulingAnalyzer(), new BestPracticeAnalyzer()];

        private static readonly AnalyzerOptions World = HostileWorld.Options(Profile, Catalog);

        /// <summary>Every diagnostic of the four analyzers; fails on any analyzer exception (AD0001).</summary>
        public static ImmutableArray<Diagnostic> Analyze(Compilation compilation)
        {
            var exceptions = new List<string>();
            var options = new CompilationWithAnalyzersOptions(
                World,
                (exception, analyzer, _) => { lock (exceptions) { exceptions.Add($"{analyzer.GetType().Name}: {exception}"); } },
                concurrentAnalysis: false,
                logAnalyzerExecutionTime: false);
            var diagnostics = compilation.WithAnalyzers(Analyzers, options).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
            Assert.True(exceptions.Count == 0, string.Join("\n", exceptions));
            Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
            return diagnostics;
        }

        /// <summary>Two nodes: a general one, and one tainted for the web pool.</summary>
        private const string Profile = """
            apiVersion: v1
            kind: List
            items:
            - kind: Node
              metadata:
                name: general-1
                labels: {pool: general, disktype: ssd, kubernetes.io/hostname: general-1, topology.kubernetes.io/zone: a}
              status:
                allocatable: {cpu: "4", memory: 8Gi, ephemeral-storage: 100Gi, pods: "110"}
            - kind: Node
              metadata:
                name: web-1
                labels: {pool: web, kubernetes.io/hostname: web-1, topology.kubernetes.io/zone: b}
              spec:
                taints:
                - {key: dedicated, value: web, effect: NoSchedule}
              status:
                allocatable: {cpu: "2", memory: 4Gi, pods: "110"}
            """;

        private const string Catalog = """
            registry.example.com/shop/web:1.0.0
            registry.example.com/shop/web:2.0.0
            registry.example.com/shop/api:2.1.0
            nginx:1.27
            """;
    }
}
