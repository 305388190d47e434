using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;

namespace Manifests.Generators.Domain.Scheduling;

/// <summary>Why one node refused the pod: the reasons of the first filter plugin that failed.</summary>
/// <param name="Node">The node.</param>
/// <param name="Reasons">The scheduler's reason strings (NodeResourcesFit can give two).</param>
/// <param name="Taint">The untolerated taint, when TaintToleration refused the pod.</param>
internal sealed record NodeRefusal(ClusterNode Node, ImmutableArray<string> Reasons, NodeTaint? Taint);

/// <summary>The outcome of filtering every node for one pod.</summary>
internal sealed record SchedulingVerdict(int NodeCount, ImmutableArray<ClusterNode> Feasible, ImmutableArray<NodeRefusal> Refusals)
{
    /// <summary>
    /// The most distinct reasons <see cref="Summary"/> lists. The scheduler lists them all, but a cluster profile is
    /// untrusted: 5,000 nodes with a taint each made a 1 MB message, repeated for every workload in the build log.
    /// </summary>
    public const int MaxListedReasons = 10;

    public bool IsSchedulable => !Feasible.IsEmpty;

    /// <summary>
    /// The scheduler's FitError message: <c>0/N nodes are available: </c>, then each distinct reason with the number of
    /// nodes that gave it, as "count reason" strings sorted lexicographically, joined with ", ", ending in ".". Past
    /// <see cref="MaxListedReasons"/> reasons, the rest are counted: <c>, and 4990 more reasons.</c>
    /// </summary>
    public string Summary()
    {
        var counts = new Dictionary<string, int>();
        foreach (var reason in Refusals.SelectMany(r => r.Reasons))
        {
            counts[reason] = counts.TryGetValue(reason, out var count) ? count + 1 : 1;
        }
        var entries = counts.Select(c => c.Value.ToString(CultureInfo.InvariantCulture) + " " + c.Key).OrderBy(s => s, System.StringComparer.Ordinal).ToList();
        var listed = string.Join(", ", entries.Take(MaxListedReasons));
        var unlisted = entries.Count > MaxListedReasons
            ? $", and {(entries.Count - MaxListedReasons).ToString(CultureInfo.InvariantCulture)} more reasons"
            : string.Empty;
        return $"0/{NodeCount.ToString(CultureInfo.InvariantCulture)} nodes are available: {listed}{unlisted}.";
    }
}

/// <summary>
/// kube-scheduler's Filter phase for one pod, with the default plugins that decide on what a node profile shows, in
/// their default order: NodeUnschedulable, TaintToleration, NodeAffinity (nodeSelector and required node affinity),
/// NodeResourcesFit (cpu, memory, ephemeral-storage) and PodTopologySpread (the topology labels). A node is refused by
/// the first plugin that fails, as in the scheduler's framework.
/// </summary>
internal static class SchedulerFilter
{
    public const string UnschedulableReason = "node(s) were unschedulable";
    public const string SelectorReason = "node(s) didn't match Pod's node affinity/selector";
    public const string InsufficientCpu = "Insufficient cpu";
    public const string InsufficientMemory = "Insufficient memory";
    public const string InsufficientEphemeralStorage = "Insufficient ephemeral-storage";
    public const string SpreadLabelMissingReason = "node(s) didn't match pod topology spread constraints (missing required label)";

    private static readonly NodeTaint UnschedulableTaint = new("node.kubernetes.io/unschedulable", string.Empty, "NoSchedule");

    /// <summary>
    /// Whether some node accepts the pod: the question asked of every workload, answered without building the
    /// explanation (<see cref="Filter"/>), which only a pod that fits nowhere needs.
    /// </summary>
    public static bool HasFeasibleNode(PodRequirements pod, ImmutableArray<ClusterNode> nodes)
    {
        foreach (var node in nodes)
        {
            if (FirstFailure(pod, node, out _) == Plugin.None)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Every node's answer, with the scheduler's reasons for each refusal.</summary>
    public static SchedulingVerdict Filter(PodRequirements pod, ImmutableArray<ClusterNode> nodes)
    {
        var feasible = ImmutableArray.CreateBuilder<ClusterNode>();
        var refusals = ImmutableArray.CreateBuilder<NodeRefusal>();
        foreach (var node in nodes)
        {
            if (Refuse(pod, node) is { } refusal)
            {
                refusals.Add(refusal);
            }
            else
            {
                feasible.Add(node);
            }
        }
        return new SchedulingVerdict(nodes.Length, feasible.ToImmutable(), refusals.ToImmutable());
    }

    public static NodeRefusal? Refuse(PodRequirements pod, ClusterNode node)
    {
        switch (FirstFailure(pod, node, out var taint))
        {
            case Plugin.NodeUnschedulable:
                return new NodeRefusal(node, ImmutableArray.Create(UnschedulableReason), null);
            case Plugin.TaintToleration:
                return new NodeRefusal(node, ImmutableArray.Create($"node(s) had untolerated taint {taint}"), taint);
            case Plugin.NodeAffinity:
                return new NodeRefusal(node, ImmutableArray.Create(SelectorReason), null);
            case Plugin.NodeResourcesFit:
                // Every insufficient resource, in fitsRequest's order.
                var reasons = ImmutableArray.CreateBuilder<string>(3);
                if (!Fits(pod.CpuRequest, node.AllocatableCpu))
                {
                    reasons.Add(InsufficientCpu);
                }
                if (!Fits(pod.MemoryRequest, node.AllocatableMemory))
                {
                    reasons.Add(InsufficientMemory);
                }
                if (!Fits(pod.EphemeralStorageRequest, node.AllocatableEphemeralStorage))
                {
                    reasons.Add(InsufficientEphemeralStorage);
                }
                return new NodeRefusal(node, reasons.ToImmutable(), null);
            case Plugin.PodTopologySpread:
                return new NodeRefusal(node, ImmutableArray.Create(SpreadLabelMissingReason), null);
            default:
                return null;
        }
    }

    /// <summary>The filter plugins, in the order the scheduler runs them; a node is refused by the first that fails.</summary>
    private enum Plugin
    {
        None,
        NodeUnschedulable,
        TaintToleration,
        NodeAffinity,
        NodeResourcesFit,
        PodTopologySpread,
    }

    /// <summary>The first plugin that refuses the node, and for TaintToleration the taint; allocates nothing.</summary>
    private static Plugin FirstFailure(PodRequirements pod, ClusterNode node, out NodeTaint? untolerated)
    {
        untolerated = null;

        // NodeUnschedulable: a cordoned node takes only pods that tolerate the unschedulable taint.
        if (node.Unschedulable && !Tolerates(pod, UnschedulableTaint))
        {
            return Plugin.NodeUnschedulable;
        }

        // TaintToleration: the first NoSchedule or NoExecute taint, in node order, that no toleration matches.
        foreach (var taint in node.Taints)
        {
            if (taint.Effect is "NoSchedule" or "NoExecute" && !Tolerates(pod, taint))
            {
                untolerated = taint;
                return Plugin.TaintToleration;
            }
        }

        // NodeAffinity: every nodeSelector entry must equal a node label, and the node must meet every match expression
        // of the required node affinity (one node selector term); preferred terms only score.
        foreach (var (key, value) in pod.NodeSelector)
        {
            if (!node.Labels.TryGetValue(key, out var actual) || actual != value)
            {
                return Plugin.NodeAffinity;
            }
        }
        foreach (var requirement in pod.RequiredAffinity)
        {
            if (!requirement.Matches(node.Labels))
            {
                return Plugin.NodeAffinity;
            }
        }

        // NodeResourcesFit: the pod's requests against what the node can allocate (its other pods are not known here).
        if (!Fits(pod.CpuRequest, node.AllocatableCpu) || !Fits(pod.MemoryRequest, node.AllocatableMemory) || !Fits(pod.EphemeralStorageRequest, node.AllocatableEphemeralStorage))
        {
            return Plugin.NodeResourcesFit;
        }

        // PodTopologySpread: a DoNotSchedule constraint refuses a node without its topology label. The skew itself
        // depends on the pods already running, which the profile does not show, and a first pod never breaks it.
        foreach (var key in pod.SpreadKeys)
        {
            if (!node.Labels.ContainsKey(key))
            {
                return Plugin.PodTopologySpread;
            }
        }
        return Plugin.None;
    }

    private static bool Tolerates(PodRequirements pod, NodeTaint taint)
    {
        foreach (var toleration in pod.Tolerations)
        {
            if (toleration.Tolerates(taint))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// fitsRequest's test for one resource: a request of zero always fits; an allocatable the profile does not show is
    /// not judged (a hand-written profile may leave it out).
    /// </summary>
    private static bool Fits(double request, double? allocatable) => request <= 0 || allocatable is not { } available || request <= available;
}
