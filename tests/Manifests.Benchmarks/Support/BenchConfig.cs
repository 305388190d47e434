using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Manifests.Benchmarks.Support;

/// <summary>
/// One job of 5 warm-up and 15 measured iterations (with the 3 of a short run, garbage collections that fall into one
/// iteration and not the next swamped differences of 10 %), in this process (the generator and analyzers run
/// in-process in the compiler and the IDE too; an out-of-process job would also build a generated project under this
/// repository's warnings-as-errors settings), with allocations, the median, and each Manifests case next to its floor.
/// </summary>
internal sealed class BenchConfig : ManualConfig
{
    public BenchConfig()
    {
        AddJob(Job.Default
            .WithWarmupCount(5)
            .WithIterationCount(15)
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithId("InProcess-15"));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(StatisticColumn.Median);
        AddLogicalGroupRules(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams);
        WithOrderer(new BenchmarkDotNet.Order.DefaultOrderer(BenchmarkDotNet.Order.SummaryOrderPolicy.Declared));
    }
}
