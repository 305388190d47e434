using System.Collections.Immutable;
using Manifests.Generators.Domain.Scheduling;
using static Manifests.Tests.Scheduling.SchedulingFixtures;

namespace Manifests.Tests.Scheduling;

/// <summary>The advice after a NodeAffinity refusal: which requirement, which labels, and bounded whatever the cluster.</summary>
public class NodeAffinityAdviceTests
{
    [Fact]
    public void Five_thousand_nodes_with_as_many_values_are_summed_up_in_three_values_and_a_count()
    {
        var nodes = Enumerable.Range(0, 5_000).Select(i => Node($"n{i}", labels: new() { ["zone"] = $"zone-{i:0000}-" + new string('x', 400) })).ToImmutableArray();
        var pod = Pod(affinity: [Affinity("zone", "In", "kr-central-1a")]);
        var advice = SchedulingAdvice.Explain(SchedulerFilter.Filter(pod, nodes), pod);

        // Each value is cut to what a message can carry: the profile is untrusted, and KM301 repeats for every workload.
        var shown = Enumerable.Range(0, 3).Select(i => $"1 node has zone={$"zone-{i:0000}-" + new string('x', 89)}…");
        Assert.Equal(
            $"no node the pod tolerates matches the required node affinity zone In (kr-central-1a) ({string.Join(", ", shown)}, 4997 nodes have other values): "
            + "correct the [NodeAffinity] or label a node",
            advice);
    }

    [Fact]
    public void Past_ten_requirements_the_rest_are_counted()
    {
        var pod = Pod(selector: [.. Enumerable.Range(0, 12).Select(i => ($"label-{i:00}", "on"))]);
        var advice = SchedulingAdvice.Explain(SchedulerFilter.Filter(pod, [Node("bare")]), pod).Split("; ");
        Assert.Equal(11, advice.Length);
        Assert.Equal("no node the pod tolerates matches the node selector label-00=on (1 node has no label label-00): correct the [NodeSelector] or label a node", advice[0]);
        Assert.Equal("and 2 more node label requirements", advice[^1]);
    }

    [Fact]
    public void Nodes_refused_before_NodeAffinity_are_not_counted_among_those_the_pod_tolerates()
    {
        var pod = Pod(selector: [("disktype", "ssd")]);
        var nodes = ImmutableArray.Create(
            Node("tainted", labels: new() { ["disktype"] = "hdd" }, taints: [new("dedicated", "x", "NoSchedule")]),
            Node("cordoned", labels: new() { ["disktype"] = "hdd" }, unschedulable: true),
            Node("hdd", labels: new() { ["disktype"] = "hdd" }));
        var advice = SchedulingAdvice.Explain(SchedulerFilter.Filter(pod, nodes), pod);
        Assert.EndsWith(
            "; no node the pod tolerates matches the node selector disktype=ssd (1 node has disktype=hdd): correct the [NodeSelector] or label a node",
            advice,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_NodeAffinity_refusal_there_is_no_label_advice()
    {
        var pod = Pod(selector: [("disktype", "ssd")], cpu: 8);
        var advice = SchedulingAdvice.Explain(SchedulerFilter.Filter(pod, [Node("small", labels: new() { ["disktype"] = "ssd" }, cpu: 2)]), pod);
        Assert.Equal("the pod requests 8 cpu but 1 node can allocate at most 2: lower the cpu requests", advice);
    }
}
