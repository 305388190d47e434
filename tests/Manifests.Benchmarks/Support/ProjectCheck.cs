using System.Collections.Immutable;
using System.Globalization;
using Manifests.Benchmarks.Workloads;
using Manifests.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Manifests.Benchmarks.Support;

/// <summary>
/// Whether the benchmark's project is what the benchmarks say they measure: a valid project whose every object is
/// written. A benchmark over an invalid project measures the wrong thing (a withheld workload skips resolving and YAML),
/// so every run checks it first (<see cref="Ensure"/>), and <c>-- check [N...]</c> prints what was found.
/// The generator's output is read back from the compiled attributes, as the build task reads it: the documents by kind
/// against what <see cref="WorkloadRoles"/> says the project declares, and every withheld object. Then the compiler and
/// every analyzer the product ships run on the project with that output, with the cluster profile and image catalog.
/// </summary>
internal static class ProjectCheck
{
    private const string FilesNamespace = "Manifests.Generated.Files";

    /// <summary>What one check found.</summary>
    /// <param name="Expected">Documents the project declares, by kind.</param>
    /// <param name="Written">Documents the generator wrote, by kind.</param>
    /// <param name="Withheld">Each withheld object's path and reason.</param>
    /// <param name="Kustomization">Whether the generator wrote the kustomization.</param>
    /// <param name="Paths">Every written document's path.</param>
    /// <param name="Diagnostics">What the compiler and the analyzers report, warnings included, hidden and info left out.</param>
    public sealed record Result(
        int Workloads,
        IReadOnlyDictionary<string, int> Expected,
        IReadOnlyDictionary<string, int> Written,
        IReadOnlyList<(string Path, string Reason)> Withheld,
        bool Kustomization,
        IReadOnlyList<string> Paths,
        IReadOnlyList<Diagnostic> Diagnostics)
    {
        public int ExpectedDocuments => Expected.Values.Sum();

        public int WrittenDocuments => Written.Values.Sum();

        public bool CountsMatch => Kustomization && Expected.Count == Written.Count && Expected.All(pair => Written.GetValueOrDefault(pair.Key) == pair.Value);

        public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error);

        /// <summary>Whether the project is fit to measure: every object written, nothing an error.</summary>
        public bool IsValid => CountsMatch && Withheld.Count == 0 && !Errors.Any();

        /// <summary>Whether, besides, nothing at all is reported: the project meets every best practice.</summary>
        public bool IsClean => IsValid && Diagnostics.Count == 0;
    }

    public static Result Run(BenchCompilation project)
    {
        var driver = GeneratorRuns.Driver(new ManifestGenerator()).RunGeneratorsAndUpdateCompilation(project.Compilation, out var output, out var generatorDiagnostics);
        if (driver.GetRunResult().Results.Single().Exception is { } exception)
        {
            throw new InvalidOperationException("The generator threw.", exception);
        }

        var written = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var paths = new List<string>();
        var withheld = new List<(string, string)>();
        foreach (var type in FilesOf(output))
        {
            foreach (var attribute in type.GetAttributes())
            {
                switch (attribute.AttributeClass?.Name)
                {
                    case nameof(ManifestFileAttribute):
                        var kind = attribute.NamedArguments.FirstOrDefault(a => a.Key == nameof(ManifestFileAttribute.Kind)).Value.Value as string ?? "(none)";
                        written[kind] = written.GetValueOrDefault(kind) + 1;
                        paths.Add((string)attribute.ConstructorArguments[0].Value!);
                        break;
                    case nameof(ManifestWithheldAttribute):
                        withheld.Add(((string)attribute.ConstructorArguments[0].Value!, (string)attribute.ConstructorArguments[1].Value!));
                        break;
                }
            }
        }
        var kustomization = output.GetTypeByMetadataName("Manifests.Generated.GeneratedManifests")?.GetAttributes()
            .Any(a => a.AttributeClass?.Name == nameof(ManifestFileAttribute)) ?? false;

        var analyzerDiagnostics = output
            .WithAnalyzers(ProductAnalyzers.Create(), new CompilationWithAnalyzersOptions(WorldOptions.Create(), onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false))
            .GetAnalyzerDiagnosticsAsync()
            .GetAwaiter().GetResult();
        var diagnostics = generatorDiagnostics.Concat(output.GetDiagnostics()).Concat(analyzerDiagnostics)
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .ToList();

        return new Result(project.Workloads, WorkloadRoles.Documents(project.Workloads), written, withheld, kustomization, paths, diagnostics);
    }

    /// <summary>Fails the run, rather than measure the wrong thing, unless the project is valid; prints any warning.</summary>
    public static Result Ensure(BenchCompilation project)
    {
        var result = Run(project);
        if (!result.IsClean)
        {
            Print(result);
        }
        if (!result.IsValid)
        {
            throw new InvalidOperationException(
                $"The benchmark project at N = {project.Workloads} is not valid (see above): it would measure a project whose objects are not all generated.");
        }
        return result;
    }

    /// <summary>
    /// <c>-- check [N...]</c>: the check at each size, in full, and the edit benchmarks' own check
    /// (<see cref="GeneratorRuns.CheckScenario"/>). The exit code is 1 when anything at all is reported or a check fails.
    /// </summary>
    public static int Run(IReadOnlyList<int> sizes)
    {
        var clean = true;
        foreach (var n in sizes)
        {
            var project = BenchCompilation.Create(n);
            var result = Run(project);
            Print(result);
            clean &= result.IsClean;
            try
            {
                GeneratorRuns.CheckScenario(project);
                Console.WriteLine($"Edits: an unrelated edit re-emits nothing; editing App{project.EditedWorkload}'s replicas re-emits its documents only.");
            }
            catch (InvalidOperationException failed)
            {
                Console.WriteLine($"Edits: NOT AS DESCRIBED: {failed.Message}");
                clean = false;
            }
            Console.WriteLine();
        }
        return clean ? 0 : 1;
    }

    private static void Print(Result result)
    {
        var n = result.Workloads;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"## N = {n}: {result.WrittenDocuments} documents written ({(double)result.WrittenDocuments / n:F2} per workload) + {(result.Kustomization ? "a" : "no")} kustomization; {result.ExpectedDocuments} expected; {result.Withheld.Count} withheld"));
        Console.WriteLine();
        Console.WriteLine("| kind | expected | written |");
        Console.WriteLine("| --- | ---: | ---: |");
        foreach (var kind in result.Expected.Keys.Union(result.Written.Keys).Order(StringComparer.Ordinal))
        {
            Console.WriteLine($"| {kind} | {result.Expected.GetValueOrDefault(kind)} | {result.Written.GetValueOrDefault(kind)} |");
        }
        Console.WriteLine();
        Console.WriteLine($"Folders of the written paths: {string.Join(", ", result.Paths.Select(Folder).Distinct().Order(StringComparer.Ordinal))}");
        foreach (var (path, reason) in result.Withheld.Take(10))
        {
            Console.WriteLine($"withheld {path}: {reason}");
        }
        if (result.Diagnostics.Count == 0)
        {
            Console.WriteLine("Diagnostics: none (compiler, generator, every analyzer).");
        }
        foreach (var group in result.Diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var first = group.First();
            Console.WriteLine($"{group.Key} ({first.Severity}) x{group.Count()}, first at {Where(first)}: {first.GetMessage(CultureInfo.InvariantCulture)}");
        }
        Console.WriteLine(result.IsValid
            ? result.IsClean ? "Valid and clean." : "Valid (every object written, no error), but not clean."
            : "NOT VALID: " + string.Join("; ", Reasons(result)));
    }

    private static IEnumerable<string> Reasons(Result result)
    {
        if (!result.CountsMatch)
        {
            yield return "the documents written are not the documents declared";
        }
        if (result.Withheld.Count > 0)
        {
            yield return $"{result.Withheld.Count} objects withheld";
        }
        if (result.Errors.Any())
        {
            yield return $"{result.Errors.Count()} errors";
        }
    }

    private static string Folder(string path) => path.LastIndexOf('/') is var slash and > 0 ? path[..slash] + "/" : "(root)";

    private static string Where(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        return diagnostic.Location.IsInSource
            ? $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}) `{diagnostic.Location.SourceTree!.GetText().ToString(diagnostic.Location.SourceSpan)}`"
            : "(no source)";
    }

    /// <summary>The generated classes that carry each class's documents and withheld objects.</summary>
    private static IEnumerable<INamedTypeSymbol> FilesOf(Compilation output)
    {
        INamespaceSymbol? ns = output.Assembly.GlobalNamespace;
        foreach (var part in FilesNamespace.Split('.'))
        {
            ns = ns?.GetNamespaceMembers().FirstOrDefault(member => member.Name == part);
        }
        return ns?.GetTypeMembers() ?? ImmutableArray<INamedTypeSymbol>.Empty;
    }
}
