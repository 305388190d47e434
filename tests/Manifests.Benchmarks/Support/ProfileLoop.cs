using System.Collections.Immutable;
using System.Diagnostics;
using Manifests.Benchmarks.Floor;
using Manifests.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Manifests.Benchmarks.Support;

/// <summary>
/// One benchmark scenario run over and over for a while, for a profiler to attach to (dotnet-trace, perf): BenchmarkDotNet
/// runs each benchmark in a child process and too briefly to profile. Prints the mean time per run at the end.
/// </summary>
internal static class ProfileLoop
{
    public static void Run(string scenario, int workloads, TimeSpan duration)
    {
        var project = BenchCompilation.Create(workloads);
        ProjectCheck.Ensure(project);
        Func<int, object> run = scenario switch
        {
            "full" => _ => GeneratorRuns.Driver(new ManifestGenerator()).RunGenerators(project.Compilation.Clone()),
            "floor" => _ => GeneratorRuns.Driver(new AttributeFloorGenerator()).RunGenerators(project.Compilation.Clone()),
            "unrelated" => Edits(project, value => project.WithUnrelatedEdit(value)),
            "workload" => Edits(project, value => project.WithWorkloadEdit(2 + value)),
            "analyzers" => Analyzers(project, ProductAnalyzers.Create()),
            "analyzerfloor" => Analyzers(project, [new SymbolFloorAnalyzer()]),
            _ when scenario.StartsWith("analyzer:", StringComparison.Ordinal) => Analyzers(project, One(scenario["analyzer:".Length..])),
            _ => throw new ArgumentException($"Unknown scenario '{scenario}': full, floor, unrelated, workload, analyzers, analyzerfloor or analyzer:Name ({string.Join(", ", ProductAnalyzers.Create().Select(a => a.GetType().Name))})."),
        };

        run(0); // warm-up
        var runs = 0;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var paused = GC.GetTotalPauseDuration();
        var collections = GC.CollectionCount(0);
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < duration)
        {
            run(++runs);
        }
        clock.Stop();
        Console.WriteLine(
            $"{scenario} at N = {workloads}: {runs} runs, {clock.Elapsed.TotalMilliseconds / runs:F1} ms each, "
            + $"{(GC.GetTotalAllocatedBytes(precise: true) - allocated) / runs / 1e6:F1} MB allocated, "
            + $"{(GC.GetTotalPauseDuration() - paused).TotalMilliseconds / runs:F1} ms paused by {(GC.CollectionCount(0) - collections) / (double)runs:F1} collections");
    }

    private static ImmutableArray<DiagnosticAnalyzer> One(string name)
    {
        var all = ProductAnalyzers.Create();
        var chosen = all.Where(analyzer => analyzer.GetType().Name == name).ToImmutableArray();
        return chosen.IsEmpty
            ? throw new ArgumentException($"No analyzer '{name}': {string.Join(", ", all.Select(a => a.GetType().Name))}.")
            : chosen;
    }

    private static Func<int, object> Edits(BenchCompilation project, Func<int, Compilation> edit)
    {
        var driver = GeneratorRuns.Driver(new ManifestGenerator()).RunGenerators(project.Compilation);
        return turn => driver = driver.RunGenerators(edit(1 + (turn & 1)));
    }

    private static Func<int, object> Analyzers(BenchCompilation project, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        GeneratorRuns.Driver(new ManifestGenerator()).RunGeneratorsAndUpdateCompilation(project.Compilation, out var compilation, out _);
        var options = WorldOptions.Create();
        return _ => compilation.Clone()
            .WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(options, onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false))
            .GetAnalyzerDiagnosticsAsync()
            .GetAwaiter().GetResult();
    }
}
