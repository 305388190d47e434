using System.Collections.Immutable;
using System.Text;
using Manifests.Generators.Diagnostics;
using Manifests.Generators.Domain.Scheduling;

namespace Manifests.Tests.Hostile;

/// <summary>
/// A KM301 message is repeated for every workload in the build log: however many nodes and taints the profile has, it
/// names a bounded number of them, in the scheduler's words and order, and counts the rest.
/// </summary>
public class HostileSchedulingTests
{
    private const int NodeCount = 5_000;

    [Fact]
    public void Five_thousand_distinct_taints_give_ten_reasons_ten_pieces_of_advice_and_a_count_of_the_rest()
    {
        var nodes = Enumerable.Range(0, NodeCount).Select(TaintedNode).ToImmutableArray();
        var pod = new PodRequirements(PodToleration.AdmissionDefaults, [], 0, 0);
        var verdict = SchedulerFilter.Filter(pod, nodes);

        var reasons = Enumerable.Range(0, 10).Select(i => $"1 node(s) had untolerated taint {{team-{i:0000}/dedicated: true}}");
        Assert.Equal("0/5000 nodes are available: " + string.Join(", ", reasons) + ", and 4990 more reasons.", verdict.Summary());

        var advice = Enumerable.Range(0, 10).Select(i =>
            $"to use the 1 node tainted {{team-{i:0000}/dedicated: true}}, add [Toleration(\"team-{i:0000}/dedicated\", Value = \"true\", Effect = TaintEffect.NoSchedule)]");
        Assert.Equal(string.Join("; ", advice) + "; and 4990 more taints, on 4990 nodes", SchedulingAdvice.Explain(verdict, pod));

        Assert.Equal(SchedulingAdvice.MaxListedTaints, SchedulingAdvice.TolerableTaints(verdict).Length);
    }

    [Fact]
    public async Task A_hundred_workloads_on_five_thousand_tainted_nodes_log_kilobytes_not_hundreds_of_megabytes()
    {
        var profile = new StringBuilder("kind: List\nitems:\n");
        for (var i = 0; i < NodeCount; i++)
        {
            profile.Append($"- kind: Node\n  metadata: {{name: node-{i}}}\n  spec:\n    taints: [{{key: team-{i:0000}/dedicated, value: \"true\", effect: NoSchedule}}]\n");
        }
        var workloads = string.Concat(Enumerable.Range(0, 100).Select(i => $"[Deployment(Name = \"app-{i}\")] [Container(\"nginx:1.27\")] public partial class App{i} {{ }}\n"));

        var diagnostics = await HostileWorld.AnalyzeProfileAsync(profile.ToString(), "using Manifests;\nnamespace App;\n" + workloads);

        var unschedulable = diagnostics.Where(d => d.Id == "KM301").ToList();
        Assert.Equal(100, unschedulable.Count);
        // Before: 1 MB a message, 217 MB for the build log.
        Assert.All(unschedulable, d => Assert.InRange(d.GetMessage().Length, 1_000, 3_000));
        Assert.All(unschedulable, d => Assert.Equal(SchedulingAdvice.MaxListedTaints, DiagnosticProperties.ReadTolerations(d).Length));
    }

    private static ClusterNode TaintedNode(int i)
        => new($"node-{i}", ImmutableDictionary<string, string>.Empty, [new NodeTaint($"team-{i:0000}/dedicated", "true", "NoSchedule")], false, null, null);
}
