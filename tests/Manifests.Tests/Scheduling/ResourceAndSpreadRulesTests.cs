using System.Collections.Immutable;
using CsCheck;
using Manifests.Generators.Domain.Scheduling;
using static Manifests.Tests.Scheduling.SchedulingFixtures;

namespace Manifests.Tests.Scheduling;

/// <summary>
/// NodeResourcesFit with ephemeral storage (fitsRequest in pkg/scheduler/framework/plugins/noderesources/fit.go),
/// PodTopologySpread's label check (filtering.go), and the summary over every plugin's reasons.
/// </summary>
public class ResourceAndSpreadRulesTests
{
    private const string SpreadReason = "node(s) didn't match pod topology spread constraints (missing required label)";

    [Fact]
    public void Ephemeral_storage_requests_are_compared_with_allocatable()
    {
        var node = Node("n", ephemeralStorage: 88 * Gi);
        Assert.Empty(Reasons(Pod(ephemeralStorage: 88 * Gi), node));
        Assert.Equal(["Insufficient ephemeral-storage"], Reasons(Pod(ephemeralStorage: 89 * Gi), node));
    }

    [Fact]
    public void A_resource_the_pod_does_not_request_always_fits_and_one_the_profile_does_not_show_is_not_judged()
    {
        // fitsRequest tests each resource only when the pod requests some: a node with nothing allocatable still takes it.
        Assert.Empty(Reasons(Pod(cpu: 1, memory: Gi), Node("n", cpu: 1, memory: Gi, ephemeralStorage: 0)));
        Assert.Empty(Reasons(Pod(), Node("n", cpu: 0, memory: 0, ephemeralStorage: 0)));
        Assert.Empty(Reasons(Pod(cpu: 64, memory: 512 * Gi, ephemeralStorage: 10_000 * Gi), Node("hand-written")));
    }

    [Fact]
    public void A_node_short_of_several_resources_gives_every_reason_in_fitsRequests_order()
    {
        var node = Node("n", cpu: 1, memory: Gi, ephemeralStorage: Gi);
        Assert.Equal(["Insufficient cpu", "Insufficient memory", "Insufficient ephemeral-storage"], Reasons(Pod(cpu: 2, memory: 2 * Gi, ephemeralStorage: 2 * Gi), node));
        Assert.Equal(["Insufficient cpu", "Insufficient ephemeral-storage"], Reasons(Pod(cpu: 2, memory: Gi, ephemeralStorage: 2 * Gi), node));
    }

    [Fact]
    public void A_DoNotSchedule_spread_refuses_a_node_without_its_topology_label()
    {
        var pod = Pod(spreadKeys: ["topology.kubernetes.io/zone"]);
        Assert.Equal([SpreadReason], Reasons(pod, Node("no-zone", labels: new() { ["kubernetes.io/hostname"] = "no-zone" })));
        Assert.Empty(Reasons(pod, Node("zoned", labels: new() { ["topology.kubernetes.io/zone"] = "kr-central-1a" })));
        Assert.Empty(Reasons(pod, Node("empty-zone", labels: new() { ["topology.kubernetes.io/zone"] = "" })));   // an empty value is a domain
    }

    [Fact]
    public void Every_DoNotSchedule_spread_needs_its_label()
    {
        var pod = Pod(spreadKeys: ["topology.kubernetes.io/zone", "kubernetes.io/hostname"]);
        Assert.Equal([SpreadReason], Reasons(pod, Node("zone-only", labels: new() { ["topology.kubernetes.io/zone"] = "a" })));
        Assert.Equal([SpreadReason], Reasons(pod, Node("host-only", labels: new() { ["kubernetes.io/hostname"] = "h" })));
        Assert.Empty(Reasons(pod, Node("both", labels: new() { ["topology.kubernetes.io/zone"] = "a", ["kubernetes.io/hostname"] = "h" })));
    }

    [Fact]
    public void PodTopologySpread_runs_after_NodeResourcesFit()
    {
        var pod = Pod(spreadKeys: ["topology.kubernetes.io/zone"], memory: 2 * Gi);
        Assert.Equal(["Insufficient memory"], Reasons(pod, Node("small", memory: Gi)));
        Assert.Equal([SpreadReason], Reasons(pod, Node("large", memory: 4 * Gi)));
    }

    [Fact]
    public void The_summary_sorts_every_plugins_reasons_as_strings_as_the_scheduler_does()
    {
        var pod = Pod(selector: [("disktype", "ssd")], spreadKeys: ["zone"], cpu: 2, ephemeralStorage: 10 * Gi);
        var ssd = new Dictionary<string, string> { ["disktype"] = "ssd" };
        var nodes = ImmutableArray.Create(
            [
                Node("cordoned", unschedulable: true),
                Node("tainted", taints: [new("dedicated", "gpu", "NoSchedule")]),
                Node("hdd-1", labels: new() { ["disktype"] = "hdd" }),
                Node("hdd-2", labels: new() { ["disktype"] = "hdd" }),
                Node("small", labels: ssd, cpu: 1, ephemeralStorage: 5 * Gi),
                .. Enumerable.Range(0, 10).Select(i => Node($"unzoned-{i}", labels: ssd, cpu: 4)),
            ]);
        var verdict = SchedulerFilter.Filter(pod, nodes);
        Assert.False(verdict.IsSchedulable);
        // sort.Strings on "count reason": "10 …" before "2 …", and the resources in name order, not fitsRequest's.
        Assert.Equal(
            "0/15 nodes are available: 1 Insufficient cpu, 1 Insufficient ephemeral-storage, 1 node(s) had untolerated taint {dedicated: gpu}, "
            + "1 node(s) were unschedulable, 10 node(s) didn't match pod topology spread constraints (missing required label), "
            + "2 node(s) didn't match Pod's node affinity/selector.",
            verdict.Summary());

        // And byte by byte: NodeAffinity's "Pod's" before PodTopologySpread's "pod" ('P' < 'p').
        Assert.Equal(
            "0/2 nodes are available: 1 node(s) didn't match Pod's node affinity/selector, 1 node(s) didn't match pod topology spread constraints (missing required label).",
            SchedulerFilter.Filter(pod, [Node("unzoned", labels: ssd, cpu: 4), Node("hdd", labels: new() { ["disktype"] = "hdd" })]).Summary());
    }

    [Fact]
    public void The_quick_answer_whether_some_node_fits_is_the_full_filters_answer_with_affinity_resources_and_spread()
    {
        var labels = Gen.Select(Gen.OneOf<string?>(null, "ssd", "hdd"), Gen.OneOf<string?>(null, "4", "8", "x"), Gen.Bool)
            .Select((disk, cores, zoned) => new[] { ("disktype", disk), ("cores", cores), ("zone", zoned ? "a" : null) }
                .Where(label => label.Item2 is not null)
                .ToDictionary(label => label.Item1, label => label.Item2!));
        var node = Gen.Select(labels, Gen.Bool, Gen.OneOf<double?>(null, 1, 4), Gen.OneOf<double?>(null, Gi, 8 * Gi))
            .Select((map, tainted, cpu, storage) => Node("n", map, tainted ? [new("t", "", "NoSchedule")] : null, cpu: cpu, ephemeralStorage: storage));
        var requirement = Gen.OneOf(
            Gen.Const(Affinity("disktype", "In", "ssd")),
            Gen.Const(Affinity("disktype", "NotIn", "hdd")),
            Gen.Const(Affinity("disktype", "DoesNotExist")),
            Gen.Const(Affinity("cores", "Gt", "5")),
            Gen.Const(Affinity("cores", "Lt", "5")),
            Gen.Const(Affinity("cores", "Gt", "five")));
        var pod = Gen.Select(requirement.Array[0, 2], Gen.Bool, Gen.Bool, Gen.OneOf(0.5, 2), Gen.OneOf(0, 2 * Gi))
            .Select((affinity, wantsSsd, spread, cpu, storage) =>
                Pod(wantsSsd ? [("disktype", "ssd")] : [], affinity, spread ? ["zone"] : [], cpu: cpu, ephemeralStorage: storage));
        Gen.Select(pod, node.Array[0, 4]).Sample((p, nodes) =>
        {
            var verdict = SchedulerFilter.Filter(p, [.. nodes]);
            Assert.Equal(verdict.IsSchedulable, SchedulerFilter.HasFeasibleNode(p, [.. nodes]));
            // Every refused node names one plugin's reasons: NodeResourcesFit alone can give more than one.
            Assert.All(verdict.Refusals, r => Assert.True(r.Reasons.Length == 1 || r.Reasons.All(reason => reason.StartsWith("Insufficient ", StringComparison.Ordinal))));
        }, iter: 20_000);
    }
}
