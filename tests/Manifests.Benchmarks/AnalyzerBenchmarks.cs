using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Manifests.Benchmarks.Floor;
using Manifests.Benchmarks.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Manifests.Benchmarks;

/// <summary>
/// Every analyzer the product ships (found by reflection) over the whole project, as a build runs them: the project
/// with the generator's output in it, the 50-node cluster profile and the 5,000-line image catalog as AdditionalFiles.
/// Each invocation analyses a fresh clone of the compilation (nothing bound yet) with the same AdditionalFile texts,
/// as consecutive builds or keystrokes see an unchanged profile and catalog. The floor
/// (<see cref="SymbolFloorAnalyzer"/>) asks for the same symbols and does nothing with them: the compiler's share,
/// which any analyzer of types pays, is in both numbers.
/// </summary>
[Config(typeof(BenchConfig))]
public class AnalyzerBenchmarks
{
    private Compilation compilation = null!;
    private AnalyzerOptions options = null!;
    private ImmutableArray<DiagnosticAnalyzer> analyzers;
    private ImmutableArray<DiagnosticAnalyzer> floor;

    [Params(10, 100, 1000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var project = BenchCompilation.Create(N);
        var check = ProjectCheck.Ensure(project);
        GeneratorRuns.Driver(new Generators.ManifestGenerator()).RunGeneratorsAndUpdateCompilation(project.Compilation, out compilation, out _);
        options = WorldOptions.Create();
        analyzers = ProductAnalyzers.Create();
        floor = [new SymbolFloorAnalyzer()];

        // Say what is measured: which analyzers, and what they and the compiler report on this project (a healthy one: nothing).
        var byId = string.Join(", ", check.Diagnostics.GroupBy(d => d.Id).Select(g => $"{g.Key} x{g.Count()}"));
        Console.WriteLine($"// Analyzers: {string.Join(", ", analyzers.Select(a => a.GetType().Name))}; diagnostics at N={N}: {(byId.Length == 0 ? "none" : byId)}");
    }

    [Benchmark(Baseline = true)]
    public ImmutableArray<Diagnostic> Floor_Analyzers() => Analyze(floor);

    [Benchmark]
    public ImmutableArray<Diagnostic> Manifests_Analyzers() => Analyze(analyzers);

    private ImmutableArray<Diagnostic> Analyze(ImmutableArray<DiagnosticAnalyzer> which)
        => compilation.Clone()
            .WithAnalyzers(which, new CompilationWithAnalyzersOptions(options, onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false))
            .GetAnalyzerDiagnosticsAsync()
            .GetAwaiter().GetResult();
}
