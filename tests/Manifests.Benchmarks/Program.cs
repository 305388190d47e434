using System.Globalization;
using BenchmarkDotNet.Running;
using Manifests.Benchmarks.Support;

namespace Manifests.Benchmarks;

public static class Program
{
    /// <summary>
    /// <c>-- --filter '*'</c> runs the BenchmarkDotNet benchmarks (any BenchmarkDotNet argument works). Two quick
    /// looks outside BenchmarkDotNet, each printing a Markdown table (sizes default to 10 100 1000):
    /// <c>-- telemetry [N...]</c> each analyzer's own execution time, as the compiler's analyzer driver measures it;
    /// <c>-- compile [N...]</c> what the generated code costs the compiler afterwards.
    /// </summary>
    public static void Main(string[] args)
    {
        switch (args)
        {
            case ["telemetry", .. var sizes]:
                AnalyzerTelemetry.Run(Sizes(sizes), repetitions: 5);
                break;
            case ["compile", .. var sizes]:
                CompileProbe.Run(Sizes(sizes), repetitions: 5);
                break;
            default:
                BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
                break;
        }
    }

    private static int[] Sizes(string[] arguments)
        => arguments.Length == 0 ? [10, 100, 1000] : arguments.Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
}
