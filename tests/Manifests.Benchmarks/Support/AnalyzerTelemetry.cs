using System.Globalization;
using Manifests.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Manifests.Benchmarks.Support;

/// <summary>
/// Each analyzer's own execution time, as the compiler's analyzer driver measures it (the time spent in the analyzer's
/// callbacks, which includes binding the attributes the callback asks for first), and the floor analyzer's: the least
/// of several runs, per N.
/// Run: <c>dotnet run -c Release --project tests/Manifests.Benchmarks -- telemetry [N...]</c>.
/// </summary>
internal static class AnalyzerTelemetry
{
    public static void Run(IReadOnlyList<int> sizes, int repetitions)
    {
        var analyzers = ProductAnalyzers.Create();
        var options = WorldOptions.Create();
        Console.WriteLine($"| N | {string.Join(" | ", analyzers.Select(a => a.GetType().Name + " ms"))} | all analyzers ms | floor analyzer ms |");
        Console.WriteLine($"| ---: |{string.Concat(Enumerable.Repeat(" ---: |", analyzers.Length + 2))}");
        foreach (var n in sizes)
        {
            var project = BenchCompilation.Create(n);
            ProjectCheck.Ensure(project);
            GeneratorRuns.Driver(new ManifestGenerator()).RunGeneratorsAndUpdateCompilation(project.Compilation, out var compilation, out _);
            var best = analyzers.ToDictionary(a => a, _ => double.MaxValue);
            var bestTotal = double.MaxValue;
            for (var i = 0; i < repetitions + 1; i++)
            {
                var withAnalyzers = compilation.Clone().WithAnalyzers(analyzers,
                    new CompilationWithAnalyzersOptions(options, onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: true));
                withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
                var total = 0.0;
                foreach (var analyzer in analyzers)
                {
                    var time = withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).GetAwaiter().GetResult().ExecutionTime.TotalMilliseconds;
                    total += time;
                    if (i > 0)
                    {
                        best[analyzer] = Math.Min(best[analyzer], time);
                    }
                }
                if (i > 0)
                {
                    bestTotal = Math.Min(bestTotal, total);
                }
            }
            var floor = Enumerable.Range(0, repetitions + 1).Select(i => OwnTime(compilation, new Floor.SymbolFloorAnalyzer(), options)).Skip(1).Min();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {n} | {string.Join(" | ", analyzers.Select(a => best[a].ToString("F1", CultureInfo.InvariantCulture)))} | {bestTotal:F1} | {floor:F1} |"));
        }
    }

    private static double OwnTime(Compilation compilation, DiagnosticAnalyzer analyzer, AnalyzerOptions options)
    {
        var withAnalyzers = compilation.Clone().WithAnalyzers([analyzer],
            new CompilationWithAnalyzersOptions(options, onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: true));
        withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        return withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).GetAwaiter().GetResult().ExecutionTime.TotalMilliseconds;
    }
}
