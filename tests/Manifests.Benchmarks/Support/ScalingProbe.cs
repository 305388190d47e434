using System.Diagnostics;
using System.Globalization;
using Manifests.Benchmarks.Floor;
using Manifests.Generators;
using Microsoft.CodeAnalysis;

namespace Manifests.Benchmarks.Support;

/// <summary>
/// A quick look at how the cost grows with N, outside BenchmarkDotNet: the minimum and median of many runs for each
/// scenario, at more sizes than the benchmarks use. The minimum is the number least disturbed by a busy machine.
/// Run: <c>dotnet run -c Release --project tests/Manifests.Benchmarks -- scaling [N...]</c>.
/// </summary>
internal static class ScalingProbe
{
    public static void Run(IReadOnlyList<int> sizes, int repetitions)
    {
        Console.WriteLine("| N | scenario | min ms | median ms | floor min ms | floor median ms |");
        Console.WriteLine("| ---: | --- | ---: | ---: | ---: | ---: |");
        foreach (var n in sizes)
        {
            var project = BenchCompilation.Create(n);
            Row(n, "full", repetitions,
                () => GeneratorRuns.Driver(new ManifestGenerator()).RunGenerators(project.Compilation.Clone()),
                () => GeneratorRuns.Driver(new AttributeFloorGenerator()).RunGenerators(project.Compilation.Clone()));

            var turn = 0;
            var ours = GeneratorRuns.Driver(new ManifestGenerator()).RunGenerators(project.Compilation);
            var floor = GeneratorRuns.Driver(new AttributeFloorGenerator()).RunGenerators(project.Compilation);
            Row(n, "unrelated edit", repetitions,
                () => ours = ours.RunGenerators(project.WithUnrelatedEdit(1 + (turn++ & 1))),
                () => floor = floor.RunGenerators(project.WithUnrelatedEdit(1 + (turn++ & 1))));
            Row(n, "workload edit", repetitions,
                () => ours = ours.RunGenerators(project.WithWorkloadEdit(3 + (turn++ & 1))),
                () => floor = floor.RunGenerators(project.WithWorkloadEdit(3 + (turn++ & 1))));
        }
    }

    private static void Row(int n, string scenario, int repetitions, Action ours, Action floor)
    {
        var (oursMin, oursMedian) = Measure(ours, repetitions);
        var (floorMin, floorMedian) = Measure(floor, repetitions);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {n} | {scenario} | {oursMin:F1} | {oursMedian:F1} | {floorMin:F1} | {floorMedian:F1} |"));
    }

    private static (double Min, double Median) Measure(Action action, int repetitions)
    {
        action(); // warm-up
        var times = new List<double>(repetitions);
        for (var i = 0; i < repetitions; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var watch = Stopwatch.StartNew();
            action();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return (times[0], times[times.Count / 2]);
    }
}
