using System.Diagnostics;
using System.Globalization;
using Manifests.Generators;
using Microsoft.CodeAnalysis;

namespace Manifests.Benchmarks.Support;

/// <summary>
/// What the generated code costs the compiler after the generator has run (binding it in the IDE, compiling it in a
/// build): GetDiagnostics and Emit of the project with and without the generated files, the least of several runs,
/// each on a fresh clone after a warm-up pass.
/// Run: <c>dotnet run -c Release --project tests/Manifests.Benchmarks -- compile [N...]</c>.
/// </summary>
internal static class CompileProbe
{
    public static void Run(IReadOnlyList<int> sizes, int repetitions)
    {
        Console.WriteLine("| N | generated files | generated KB | GetDiagnostics without ms | GetDiagnostics with ms | Emit without ms | Emit with ms |");
        Console.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var n in sizes)
        {
            var bench = BenchCompilation.Create(n);
            ProjectCheck.Ensure(bench);
            var project = bench.Compilation;
            var driver = GeneratorRuns.Driver(new ManifestGenerator()).RunGeneratorsAndUpdateCompilation(project, out var output, out _);
            var generated = driver.GetRunResult().Results.Single().GeneratedSources;
            Least(output, c => c.GetDiagnostics(), 1);
            var diagnosticsWithout = Least(project, c => c.GetDiagnostics(), repetitions);
            var diagnosticsWith = Least(output, c => c.GetDiagnostics(), repetitions);
            var emitWithout = Least(project, c => c.Emit(Stream.Null), repetitions);
            var emitWith = Least(output, c => c.Emit(Stream.Null), repetitions);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {n} | {generated.Length} | {generated.Sum(s => s.SourceText.Length) / 1024} | {diagnosticsWithout:F0} | {diagnosticsWith:F0} | {emitWithout:F0} | {emitWith:F0} |"));
        }
    }

    private static double Least(Compilation compilation, Func<Compilation, object> work, int repetitions)
    {
        var least = double.MaxValue;
        for (var i = 0; i < repetitions; i++)
        {
            var clone = compilation.Clone();
            GC.Collect();
            var watch = Stopwatch.StartNew();
            work(clone);
            least = Math.Min(least, watch.Elapsed.TotalMilliseconds);
        }
        return least;
    }
}
