using Manifests.Benchmarks.Workloads;
using Manifests.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Manifests.Benchmarks.Support;

/// <summary>Drivers as the compiler creates them, and a check that the measured scenario is the one described.</summary>
internal static class GeneratorRuns
{
    public static GeneratorDriver Driver(IIncrementalGenerator generator, bool trackSteps = false)
        => CSharpGeneratorDriver.Create(
            [generator.AsSourceGenerator()],
            parseOptions: BenchCompilation.ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>The steps that turn one class's model into its documents, one per kind of class.</summary>
    private static readonly string[] DocumentSteps =
    [
        TrackingNames.DeploymentDocuments,
        TrackingNames.ReplicaSetDocuments,
        TrackingNames.StatefulSetDocuments,
        TrackingNames.ConfigMapDocuments,
    ];

    /// <summary>
    /// Fails the benchmark run, rather than measure the wrong thing, unless the full run emits every document the project
    /// declares (<see cref="WorkloadRoles.Documents"/>) and a kustomization, an unrelated edit re-emits nothing,
    /// and a workload edit re-emits that workload's documents only. (The tests assert the same at small scale; this
    /// checks the benchmark's own project at its own size.)
    /// </summary>
    public static void CheckScenario(BenchCompilation project)
    {
        var driver = Driver(new ManifestGenerator(), trackSteps: true).RunGenerators(project.Compilation);
        var full = driver.GetRunResult();
        var result = full.Results.Single();
        if (result.Exception is { } exception)
        {
            throw new InvalidOperationException("The generator threw.", exception);
        }
        var documents = WorkloadRoles.Documents(project.Workloads).Values.Sum();
        // The project declares environments: its objects and their kustomization are base/'s files; prod's patches and
        // kustomization come on top.
        var files = result.GeneratedSources.Sum(source => CountOf(source.SourceText.ToString(), "[global::Manifests.ManifestFileAttribute(\"base/"));
        if (files != documents + 1)
        {
            throw new InvalidOperationException($"Expected {documents} documents and a kustomization in base/, got {files} files there.");
        }

        var unrelated = driver.RunGenerators(project.WithUnrelatedEdit(1)).GetRunResult();
        foreach (var step in DocumentSteps)
        {
            Expect(unrelated, step, modified: 0, "an unrelated edit");
        }
        Expect(unrelated, TrackingNames.WorkloadFiles, modified: 0, "an unrelated edit");
        Expect(unrelated, TrackingNames.DocumentIndex, modified: 0, "an unrelated edit");

        var edited = driver.RunGenerators(project.WithWorkloadEdit(3)).GetRunResult();
        foreach (var step in DocumentSteps)
        {
            Expect(edited, step, modified: step == TrackingNames.DeploymentDocuments ? 1 : 0, "a workload edit");
        }
        Expect(edited, TrackingNames.WorkloadFiles, modified: 1, "a workload edit");
        Expect(edited, TrackingNames.DocumentIndex, modified: 0, "a workload edit");
    }

    private static void Expect(GeneratorDriverRunResult run, string step, int modified, string edit)
    {
        // A step with no input at all (no ReplicaSet in the project) has no runs to look at.
        var steps = run.Results.Single().TrackedSteps.TryGetValue(step, out var found) ? found : [];
        var reasons = steps.SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        var actual = reasons.Count(r => r is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        if (actual != modified)
        {
            throw new InvalidOperationException($"After {edit}, step {step} recomputed {actual} outputs, expected {modified}: {string.Join(", ", reasons)}");
        }
    }

    private static int CountOf(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }
}
