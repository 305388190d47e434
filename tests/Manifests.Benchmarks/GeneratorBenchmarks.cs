using BenchmarkDotNet.Attributes;
using Manifests.Benchmarks.Floor;
using Manifests.Benchmarks.Support;
using Manifests.Generators;
using Microsoft.CodeAnalysis;

namespace Manifests.Benchmarks;

/// <summary>
/// ManifestGenerator against the attribute floor (<see cref="AttributeFloorGenerator"/>), for three kinds of run:
/// <list type="bullet">
/// <item>Full: a new driver over a fresh clone of the project (nothing cached, every attribute bound anew).</item>
/// <item>UnrelatedEdit: a driver warmed on the project runs on the next keystroke in a file with no workload.</item>
/// <item>WorkloadEdit: the same, for a keystroke that changes one workload's Replicas.</item>
/// </list>
/// An edit benchmark keeps one driver across invocations and alternates between two versions of the edited file, so
/// every invocation is a real edit (never a re-run of the same input) and costs the same. Each invocation builds its
/// compilation from the project with <c>ReplaceSyntaxTree</c>, as the IDE does, so symbols and attribute bindings are
/// new each time (reusing a compilation would measure a warm binding cache no keystroke gets); that small cost is in
/// both the product's and the floor's numbers.
/// </summary>
[Config(typeof(BenchConfig))]
public class GeneratorBenchmarks
{
    private BenchCompilation project = null!;
    private GeneratorDriver unrelatedDriver = null!;
    private GeneratorDriver floorUnrelatedDriver = null!;
    private GeneratorDriver workloadDriver = null!;
    private GeneratorDriver floorWorkloadDriver = null!;
    private int turn;

    [Params(10, 100, 1000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        project = BenchCompilation.Create(N);
        ProjectCheck.Ensure(project);
        GeneratorRuns.CheckScenario(project);
        unrelatedDriver = GeneratorRuns.Driver(new ManifestGenerator()).RunGenerators(project.Compilation);
        workloadDriver = GeneratorRuns.Driver(new ManifestGenerator()).RunGenerators(project.Compilation);
        floorUnrelatedDriver = GeneratorRuns.Driver(new AttributeFloorGenerator()).RunGenerators(project.Compilation);
        floorWorkloadDriver = GeneratorRuns.Driver(new AttributeFloorGenerator()).RunGenerators(project.Compilation);
    }

    [BenchmarkCategory("Full"), Benchmark(Baseline = true)]
    public GeneratorDriver Floor_Full()
        => GeneratorRuns.Driver(new AttributeFloorGenerator()).RunGenerators(project.Compilation.Clone());

    [BenchmarkCategory("Full"), Benchmark]
    public GeneratorDriver Manifests_Full()
        => GeneratorRuns.Driver(new ManifestGenerator()).RunGenerators(project.Compilation.Clone());

    [BenchmarkCategory("UnrelatedEdit"), Benchmark(Baseline = true)]
    public GeneratorDriver Floor_UnrelatedEdit()
        => floorUnrelatedDriver = floorUnrelatedDriver.RunGenerators(project.WithUnrelatedEdit(NextValue()));

    [BenchmarkCategory("UnrelatedEdit"), Benchmark]
    public GeneratorDriver Manifests_UnrelatedEdit()
        => unrelatedDriver = unrelatedDriver.RunGenerators(project.WithUnrelatedEdit(NextValue()));

    [BenchmarkCategory("WorkloadEdit"), Benchmark(Baseline = true)]
    public GeneratorDriver Floor_WorkloadEdit()
        => floorWorkloadDriver = floorWorkloadDriver.RunGenerators(project.WithWorkloadEdit(2 + NextValue()));

    [BenchmarkCategory("WorkloadEdit"), Benchmark]
    public GeneratorDriver Manifests_WorkloadEdit()
        => workloadDriver = workloadDriver.RunGenerators(project.WithWorkloadEdit(2 + NextValue()));

    /// <summary>1, 2, 1, 2...: never the value the driver saw last (the project itself has 0, and replicas 2).</summary>
    private int NextValue() => 1 + (turn++ & 1);
}
