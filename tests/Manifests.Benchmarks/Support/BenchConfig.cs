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
    /// <summary>
    /// Set by <c>-- short</c>: 1 warm-up and 3 measured iterations of the same in-process job, to see that everything
    /// runs and get rough numbers in a few minutes. (BenchmarkDotNet's <c>--job short</c> adds an out-of-process job
    /// beside this one instead of shortening it.)
    /// </summary>
    public static bool Short { get; set; }

    public BenchConfig()
    {
        var job = Job.Default.WithToolchain(InProcessEmitToolchain.Instance);
        AddJob(Short
            ? job.WithWarmupCount(1).WithIterationCount(3).WithId("InProcess-3")
            : job.WithWarmupCount(5).WithIterationCount(15).WithId("InProcess-15"));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(StatisticColumn.Median);
        AddLogicalGroupRules(BenchmarkLogicalGroupRule.ByCategory, BenchmarkLogicalGroupRule.ByParams);
        WithOrderer(new BenchmarkDotNet.Order.DefaultOrderer(BenchmarkDotNet.Order.SummaryOrderPolicy.Declared));
    }
}
