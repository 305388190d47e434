using System.Globalization;
using BenchmarkDotNet.Running;
using Manifests.Benchmarks.Support;

namespace Manifests.Benchmarks;

public static class Program
{
    /// <summary>
    /// <c>-- --filter '*'</c> runs the BenchmarkDotNet benchmarks (any BenchmarkDotNet argument works);
    /// <c>-- short --filter '*'</c> the same with 3 measured iterations, to see that they run. Four quick
    /// looks outside BenchmarkDotNet (sizes default to 10 100 1000 for the first three, which print Markdown):
    /// <c>-- check [N...]</c> whether the benchmark project is valid: the documents it should produce, what is withheld,
    /// and every diagnostic of the compiler and the analyzers (exit code 1 when anything is reported);
    /// <c>-- telemetry [N...]</c> each analyzer's own execution time, as the compiler's analyzer driver measures it;
    /// <c>-- compile [N...]</c> what the generated code costs the compiler afterwards;
    /// <c>-- loop full|floor|unrelated|workload|analyzers|analyzerfloor|analyzer:Name [N] [seconds]</c> one scenario
    /// over and over, for a profiler to attach to (dotnet-trace, perf), with its mean time, allocations and pauses.
    /// </summary>
    public static int Main(string[] args)
    {
        switch (args)
        {
            case ["short", .. var benchmarkArguments]:
                BenchConfig.Short = true;
                BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(benchmarkArguments);
                break;
            case ["check", .. var sizes]:
                return ProjectCheck.Run(Sizes(sizes));
            case ["telemetry", .. var sizes]:
                AnalyzerTelemetry.Run(Sizes(sizes), repetitions: 5);
                break;
            case ["compile", .. var sizes]:
                CompileProbe.Run(Sizes(sizes), repetitions: 5);
                break;
            case ["loop", var scenario, .. var rest]:
                ProfileLoop.Run(
                    scenario,
                    rest.Length > 0 ? int.Parse(rest[0], CultureInfo.InvariantCulture) : 1000,
                    TimeSpan.FromSeconds(rest.Length > 1 ? int.Parse(rest[1], CultureInfo.InvariantCulture) : 20));
                break;
            default:
                BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
                break;
        }
        return 0;
    }

    private static int[] Sizes(string[] arguments)
        => arguments.Length == 0 ? [10, 100, 1000] : arguments.Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
}
