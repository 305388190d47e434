using System.Collections.Immutable;
using CsCheck;
using Manifests.Generators.Domain.Scheduling;

namespace Manifests.Tests.Scheduling;

/// <summary>The scheduler's rules, case by case, from the Kubernetes sources they mirror.</summary>
public class SchedulerRulesTests
{
    // ToleratesTaint (k8s.io/api/core/v1/toleration.go).
    [Theory]
    [InlineData("dedicated", "Equal", "batch", "NoSchedule", "dedicated", "batch", "NoSchedule", true)]
    [InlineData("dedicated", "Equal", "batch", "NoSchedule", "dedicated", "web", "NoSchedule", false)]
    [InlineData("dedicated", "", "batch", "NoSchedule", "dedicated", "batch", "NoSchedule", true)]       // empty operator means Equal
    [InlineData("dedicated", "", "", "NoSchedule", "dedicated", "batch", "NoSchedule", false)]
    [InlineData("dedicated", "Exists", "", "NoSchedule", "dedicated", "anything", "NoSchedule", true)]
    [InlineData("dedicated", "Exists", "", "", "dedicated", "x", "NoExecute", true)]                     // empty effect matches every effect
    [InlineData("dedicated", "Exists", "", "NoSchedule", "dedicated", "x", "NoExecute", false)]
    [InlineData("dedicated", "Exists", "", "NoExecute", "dedicated", "x", "PreferNoSchedule", false)]
    [InlineData("", "Exists", "", "", "any/key", "v", "NoExecute", true)]                                 // empty key with Exists tolerates everything
    [InlineData("", "Exists", "", "NoSchedule", "any/key", "v", "NoExecute", false)]
    [InlineData("Dedicated", "Exists", "", "", "dedicated", "", "NoSchedule", false)]                    // keys are case-sensitive
    [InlineData("dedicated", "Equal", "", "NoSchedule", "dedicated", "", "NoSchedule", true)]
    [InlineData("dedicated", "Lt", "5", "NoSchedule", "dedicated", "5", "NoSchedule", false)]            // unknown operators tolerate nothing
    public void A_toleration_matches_a_taint_as_Kubernetes_decides(
        string key, string op, string value, string effect, string taintKey, string taintValue, string taintEffect, bool tolerates)
        => Assert.Equal(tolerates, new PodToleration(key, op, value, effect).Tolerates(new NodeTaint(taintKey, taintValue, taintEffect)));

    [Fact]
    public void PreferNoSchedule_never_filters_a_node()
    {
        var node = Node("n", taints: [new("soft", "", "PreferNoSchedule")]);
        Assert.Null(SchedulerFilter.Refuse(Pod(), node));
    }

    [Fact]
    public void NoExecute_filters_like_NoSchedule()
    {
        var refusal = SchedulerFilter.Refuse(Pod(), Node("n", taints: [new("evict", "now", "NoExecute")]));
        Assert.Equal(["node(s) had untolerated taint {evict: now}"], refusal!.Reasons.ToArray());
    }

    [Fact]
    public void Admission_tolerates_unreachable_and_not_ready_for_NoExecute_only()
    {
        var pod = Pod();
        Assert.Contains(pod.Tolerations, t => t is { Key: "node.kubernetes.io/unreachable", Operator: "Exists", Effect: "NoExecute" });
        Assert.Contains(pod.Tolerations, t => t is { Key: "node.kubernetes.io/not-ready", Operator: "Exists", Effect: "NoExecute" });
        Assert.Null(SchedulerFilter.Refuse(pod, Node("n", taints: [new("node.kubernetes.io/unreachable", "", "NoExecute")])));
        var refusal = SchedulerFilter.Refuse(pod, Node("n", taints: [new("node.kubernetes.io/unreachable", "", "NoExecute"), new("node.kubernetes.io/unreachable", "", "NoSchedule")]));
        Assert.Equal(["node(s) had untolerated taint {node.kubernetes.io/unreachable: }"], refusal!.Reasons.ToArray());
    }

    [Fact]
    public void Admission_adds_no_default_when_the_pod_already_tolerates_the_taint()
    {
        var pod = Pod(new PodToleration("node.kubernetes.io/unreachable", "Exists", "", "NoExecute"));
        Assert.Single(pod.Tolerations, t => t.Key == "node.kubernetes.io/unreachable");
        var everything = Pod(new PodToleration("", "Exists", "", ""));
        Assert.Single(everything.Tolerations);
    }

    [Fact]
    public void Each_node_reports_its_first_untolerated_taint_in_node_order()
    {
        var refusal = SchedulerFilter.Refuse(Pod(new PodToleration("a", "Exists", "", "")), Node("n", taints: [new("a", "", "NoSchedule"), new("b", "1", "NoSchedule"), new("c", "2", "NoSchedule")]));
        Assert.Equal(new NodeTaint("b", "1", "NoSchedule"), refusal!.Taint);
    }

    [Fact]
    public void A_cordoned_node_refuses_pods_unless_they_tolerate_the_unschedulable_taint()
    {
        var node = Node("n", unschedulable: true);
        Assert.Equal(["node(s) were unschedulable"], SchedulerFilter.Refuse(Pod(), node)!.Reasons.ToArray());
        Assert.Null(SchedulerFilter.Refuse(Pod(new PodToleration("node.kubernetes.io/unschedulable", "Exists", "", "NoSchedule")), node));
    }

    [Fact]
    public void NodeUnschedulable_runs_before_TaintToleration()
    {
        var node = Node("n", unschedulable: true, taints: [new("x", "", "NoSchedule")]);
        Assert.Equal(["node(s) were unschedulable"], SchedulerFilter.Refuse(Pod(), node)!.Reasons.ToArray());
    }

    [Fact]
    public void Node_selector_entries_must_all_equal_node_labels()
    {
        var node = Node("n", labels: new() { ["disktype"] = "ssd", ["zone"] = "a" });
        Assert.Null(SchedulerFilter.Refuse(Pod(selector: [("disktype", "ssd")]), node));
        Assert.Equal(["node(s) didn't match Pod's node affinity/selector"], SchedulerFilter.Refuse(Pod(selector: [("disktype", "ssd"), ("zone", "b")]), node)!.Reasons.ToArray());
        Assert.NotNull(SchedulerFilter.Refuse(Pod(selector: [("gpu", "")]), node));
    }

    [Fact]
    public void Resource_fit_reports_every_insufficient_resource_of_a_node()
    {
        var node = Node("n", cpu: 2, memory: 4.0 * 1024 * 1024 * 1024);
        Assert.Null(SchedulerFilter.Refuse(Pod(cpu: 2, memory: 4.0 * 1024 * 1024 * 1024), node));
        Assert.Equal(["Insufficient cpu", "Insufficient memory"], SchedulerFilter.Refuse(Pod(cpu: 2.5, memory: 5.0 * 1024 * 1024 * 1024), node)!.Reasons.ToArray());
        Assert.Equal(["Insufficient cpu"], SchedulerFilter.Refuse(Pod(cpu: 3), node)!.Reasons.ToArray());
    }

    [Fact]
    public void The_summary_counts_reasons_and_sorts_them_as_the_scheduler_does()
    {
        var nodes = ImmutableArray.Create(
            Node("a", taints: [new("z-taint", "", "NoSchedule")]),
            Node("b", cpu: 1),
            Node("c", cpu: 1, memory: 1),
            Node("d", unschedulable: true),
            Node("e", taints: [new("a-taint", "v", "NoExecute")]),
            Node("f", taints: [new("a-taint", "v", "NoExecute")]));
        var verdict = SchedulerFilter.Filter(Pod(cpu: 2, memory: 2), nodes);
        Assert.False(verdict.IsSchedulable);
        Assert.Equal(
            "0/6 nodes are available: 1 Insufficient memory, 1 node(s) had untolerated taint {z-taint: }, 1 node(s) were unschedulable, 2 Insufficient cpu, 2 node(s) had untolerated taint {a-taint: v}.",
            verdict.Summary());
    }

    [Fact]
    public void The_quick_answer_whether_some_node_fits_is_the_full_filters_answer()
    {
        var taint = Gen.Select(Gen.OneOf("a", "b"), Gen.OneOf("", "v"), Gen.OneOf("NoSchedule", "NoExecute", "PreferNoSchedule"))
            .Select((key, value, effect) => new NodeTaint(key, value, effect));
        var toleration = Gen.Select(Gen.OneOf("", "a", "b"), Gen.OneOf("Equal", "Exists"), Gen.OneOf("", "v"), Gen.OneOf("", "NoSchedule", "NoExecute"))
            .Select((key, op, value, effect) => new PodToleration(key, op, value, effect));
        var node = Gen.Select(taint.Array[0, 2], Gen.Bool, Gen.Bool, Gen.OneOf<double?>(null, 1, 2))
            .Select((taints, unschedulable, ssd, cpu) => Node("n", taints, ssd ? new() { ["disk"] = "ssd" } : null, unschedulable, cpu, cpu));
        var pod = Gen.Select(toleration.Array[0, 2], Gen.Bool, Gen.OneOf(0.5, 1.5))
            .Select((tolerations, wantsSsd, request) => Pod(tolerations, wantsSsd ? [("disk", "ssd")] : [], request, request));
        Gen.Select(pod, node.Array[0, 4]).Sample((p, nodes) =>
            Assert.Equal(SchedulerFilter.Filter(p, [.. nodes]).IsSchedulable, SchedulerFilter.HasFeasibleNode(p, [.. nodes])), iter: 20_000);
    }

    [Fact]
    public void The_summary_lists_the_schedulers_first_ten_reasons_in_its_order_and_counts_the_rest()
    {
        var taint = Gen.Int[0, 30].Select(i => new NodeTaint($"t{i}", "", "NoSchedule"));
        var node = Gen.Select(taint.Array[0, 1], Gen.Bool, Gen.OneOf<double?>(null, 1))
            .Select((taints, unschedulable, cpu) => Node("n", taints, null, unschedulable, cpu, cpu));
        node.Array[1, 60].Sample(nodes =>
        {
            var pod = Pod(cpu: 2, memory: 2);
            var verdict = SchedulerFilter.Filter(pod, [.. nodes]);
            // The scheduler's own message, every reason listed.
            var all = verdict.Refusals.SelectMany(r => r.Reasons).GroupBy(r => r)
                .Select(g => $"{g.Count()} {g.Key}").Order(StringComparer.Ordinal).ToList();
            var unlisted = all.Count > SchedulingVerdict.MaxListedReasons ? $", and {all.Count - SchedulingVerdict.MaxListedReasons} more reasons" : "";
            Assert.Equal($"0/{nodes.Length} nodes are available: {string.Join(", ", all.Take(SchedulingVerdict.MaxListedReasons))}{unlisted}.", verdict.Summary());

            var tainted = verdict.Refusals.Select(r => r.Taint).OfType<NodeTaint>().Distinct().Count();
            var advice = SchedulingAdvice.Explain(verdict, pod);
            Assert.Equal(tainted > SchedulingAdvice.MaxListedTaints, advice.Contains($"; and {tainted - SchedulingAdvice.MaxListedTaints} more taints, on ", StringComparison.Ordinal));
            Assert.Equal(Math.Min(tainted, SchedulingAdvice.MaxListedTaints), SchedulingAdvice.TolerableTaints(verdict).Length);
        }, iter: 5_000);
    }

    private static PodRequirements Pod(params PodToleration[] tolerations) => Pod(tolerations, [], 0, 0);

    private static PodRequirements Pod(PodToleration[]? tolerations = null, (string, string)[]? selector = null, double cpu = 0, double memory = 0)
    {
        var all = (tolerations ?? []).ToList();
        foreach (var admitted in PodToleration.AdmissionDefaults)
        {
            if (!all.Any(t => (t.Key == admitted.Key || t.Key.Length == 0) && (t.Effect == "NoExecute" || t.Effect.Length == 0)))
            {
                all.Add(admitted);
            }
        }
        return new PodRequirements([.. all], [.. selector ?? []], cpu, memory);
    }

    private static ClusterNode Node(string name, NodeTaint[]? taints = null, Dictionary<string, string>? labels = null, bool unschedulable = false, double? cpu = null, double? memory = null)
        => new(name, (labels ?? []).ToImmutableDictionary(), [.. taints ?? []], unschedulable, cpu, memory);
}
