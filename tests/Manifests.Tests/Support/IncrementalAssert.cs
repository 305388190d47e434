using Manifests.Generators;
using Microsoft.CodeAnalysis;

namespace Manifests.Tests.Support;

/// <summary>Assertions over the run reasons of the generator's own tracked steps (Roslyn's internal steps are not ours to judge).</summary>
internal static class IncrementalAssert
{
    /// <summary>The names given with WithTrackingName in <see cref="ManifestGenerator"/>.</summary>
    public static readonly string[] OurSteps = typeof(TrackingNames)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(field => field.IsLiteral)
        .Select(field => (string)field.GetRawConstantValue()!)
        .ToArray();

    public static void AllCachedOrUnchanged(GeneratorDriverRunResult run)
    {
        foreach (var name in OurSteps)
        {
            foreach (var reason in Reasons(run, name))
            {
                Assert.True(
                    reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                    $"Step '{name}' ran with reason {reason}, expected Cached or Unchanged.");
            }
        }
    }

    /// <summary>The run reasons of every output of the named step, in order.</summary>
    public static IncrementalStepRunReason[] Reasons(GeneratorDriverRunResult run, string stepName)
        => run.Results.Single().TrackedSteps.TryGetValue(stepName, out var steps)
            ? steps.SelectMany(step => step.Outputs).Select(output => output.Reason).ToArray()
            : [];

    /// <summary>The run reasons of the generator's source outputs: Cached means the file was not re-emitted.</summary>
    public static IncrementalStepRunReason[] SourceOutputReasons(GeneratorDriverRunResult run)
        => run.Results.Single().TrackedOutputSteps.TryGetValue("SourceOutput", out var steps)
            ? steps.SelectMany(step => step.Outputs).Select(output => output.Reason).ToArray()
            : [];
}
