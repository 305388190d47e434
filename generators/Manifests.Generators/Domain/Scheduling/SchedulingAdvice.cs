using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Manifests.Generators.Helpers;

namespace Manifests.Generators.Domain.Scheduling;

/// <summary>
/// What a senior engineer would say about a refused pod: which taints to tolerate (the role taints a team puts on
/// special nodes), and which never to tolerate (the taints Kubernetes puts on sick nodes, and the control plane's).
/// </summary>
internal static class SchedulingAdvice
{
    /// <summary>Taints the node lifecycle controller (and friends) put on nodes that are down, sick or not yet ready.</summary>
    public static readonly ImmutableHashSet<string> HealthTaints = ImmutableHashSet.Create(
        "node.kubernetes.io/not-ready",
        "node.kubernetes.io/unreachable",
        "node.kubernetes.io/memory-pressure",
        "node.kubernetes.io/disk-pressure",
        "node.kubernetes.io/pid-pressure",
        "node.kubernetes.io/network-unavailable",
        "node.kubernetes.io/unschedulable",
        "node.kubernetes.io/out-of-service",
        "node.cloudprovider.kubernetes.io/uninitialized");

    /// <summary>Taints that keep ordinary workloads off control-plane nodes.</summary>
    public static readonly ImmutableHashSet<string> ControlPlaneTaints = ImmutableHashSet.Create(
        "node-role.kubernetes.io/master",
        "node-role.kubernetes.io/control-plane");

    /// <summary>
    /// The most taints the advice names, and so the most tolerations the code fix offers. Like the scheduler's summary,
    /// the advice is bounded because the cluster profile is untrusted and the message is repeated for every workload.
    /// </summary>
    public const int MaxListedTaints = 10;

    /// <summary>
    /// The taints worth a toleration: role taints that refused the pod, once each, in the order nodes gave them; those
    /// <see cref="Explain"/> names, at most <see cref="MaxListedTaints"/>.
    /// </summary>
    public static ImmutableArray<NodeTaint> TolerableTaints(SchedulingVerdict verdict)
        => verdict.Refusals
            .Select(r => r.Taint)
            .OfType<NodeTaint>()
            .Where(IsRoleTaint)
            .Distinct()
            .Take(MaxListedTaints)
            .ToImmutableArray();

    /// <summary>What to do about a refused pod, as clauses joined by "; " (KM301 puts them after "To fix it:"); empty when there is no advice.</summary>
    public static string Explain(SchedulingVerdict verdict, PodRequirements pod)
    {
        var advice = new List<string>();
        var byTaint = verdict.Refusals.Where(r => r.Taint is not null).GroupBy(r => r.Taint!).ToList();

        // Role taints first (what to tolerate), then the control plane's and the sick nodes' (what not to).
        var taintGroups = byTaint.Where(g => IsRoleTaint(g.Key))
            .Concat(byTaint.Where(g => ControlPlaneTaints.Contains(g.Key.Key)))
            .Concat(byTaint.Where(g => HealthTaints.Contains(g.Key.Key)))
            .ToList();
        foreach (var group in taintGroups.Take(MaxListedTaints))
        {
            advice.Add(TaintAdvice(group.Key, group.Count()));
        }
        if (taintGroups.Count > MaxListedTaints)
        {
            var unlisted = taintGroups.Skip(MaxListedTaints).ToList();
            advice.Add($"and {unlisted.Count.ToString(CultureInfo.InvariantCulture)} more taints, on {Nodes(unlisted.Sum(g => g.Count()))}");
        }

        var cordoned = verdict.Refusals.Count(r => r.Reasons.Contains(SchedulerFilter.UnschedulableReason));
        if (cordoned > 0)
        {
            advice.Add($"{Nodes(cordoned)} {(cordoned == 1 ? "is" : "are")} cordoned: 'kubectl uncordon' {(cordoned == 1 ? "it" : "them")} when ready");
        }
        advice.AddRange(NodeAffinityAdvice.Explain(verdict, pod));
        if (Short(verdict, SchedulerFilter.InsufficientCpu, n => n.AllocatableCpu) is { } cpu)
        {
            advice.Add($"the pod requests {Format(pod.CpuRequest)} cpu but {Nodes(cpu.Nodes)} can allocate at most {Format(cpu.Largest)}: lower the cpu requests");
        }
        if (Short(verdict, SchedulerFilter.InsufficientMemory, n => n.AllocatableMemory) is { } memory)
        {
            advice.Add($"the pod requests {Mebibytes(pod.MemoryRequest)} of memory but {Nodes(memory.Nodes)} can allocate at most {Mebibytes(memory.Largest)}: lower the memory requests");
        }
        if (Short(verdict, SchedulerFilter.InsufficientEphemeralStorage, n => n.AllocatableEphemeralStorage) is { } storage)
        {
            advice.Add($"the pod requests {Storage(pod.EphemeralStorageRequest)} of ephemeral storage but {Nodes(storage.Nodes)} can allocate at most {Storage(storage.Largest)}: lower the ephemeral-storage requests");
        }
        advice.AddRange(SpreadAdvice(verdict, pod));
        return string.Join("; ", advice);
    }

    /// <summary>
    /// The nodes NodeResourcesFit found short of a resource, and the most any of them can allocate; null when none was.
    /// Only those nodes count: a larger node another filter refused would make "lower the requests" a wrong answer.
    /// </summary>
    private static (int Nodes, double Largest)? Short(SchedulingVerdict verdict, string reason, Func<ClusterNode, double?> allocatable)
    {
        var nodes = verdict.Refusals.Where(r => r.Reasons.Contains(reason)).Select(r => allocatable(r.Node) ?? 0).ToList();
        return nodes.Count == 0 ? null : (nodes.Count, nodes.Max());
    }

    /// <summary>
    /// For each DoNotSchedule topology key, the nodes that passed every other filter but lack the label. Each key is the
    /// user's own, so they need no bound beyond the pod's.
    /// </summary>
    private static IEnumerable<string> SpreadAdvice(SchedulingVerdict verdict, PodRequirements pod)
    {
        var refused = verdict.Refusals.Where(r => r.Reasons.Contains(SchedulerFilter.SpreadLabelMissingReason)).Select(r => r.Node).ToList();
        foreach (var key in pod.SpreadKeys.Distinct())
        {
            var lacking = refused.Count(n => !n.Labels.ContainsKey(key));
            if (lacking > 0)
            {
                var (has, them) = lacking == 1 ? ("has", "it") : ("have", "them");
                yield return $"{Nodes(lacking)} the pod could otherwise use {has} no label {key} to spread across: label {them}, "
                    + $"or set {nameof(SpreadAcrossAttribute.WhenUnsatisfiable)} = {nameof(UnsatisfiableSpread)}.{nameof(UnsatisfiableSpread.ScheduleAnyway)} "
                    + $"on [{ContractNames.Of<SpreadAcrossAttribute>()}({CSharpLiteral.Of(key)})]";
            }
        }
    }

    /// <summary>What to do about one taint that refused the pod on <paramref name="count"/> nodes.</summary>
    private static string TaintAdvice(NodeTaint taint, int count)
    {
        if (ControlPlaneTaints.Contains(taint.Key))
        {
            return $"{taint.Key} keeps workloads off the control plane ({Nodes(count)}): do not tolerate it";
        }
        if (HealthTaints.Contains(taint.Key))
        {
            return $"{taint.Key} is set by Kubernetes on {Nodes(count)} that {(count == 1 ? "is" : "are")} down or unhealthy: a toleration is the wrong fix, so bring {(count == 1 ? "it" : "them")} back or add healthy nodes";
        }
        return $"to use the {Nodes(count)} tainted {taint}, add {Toleration(taint)}";
    }

    private static bool IsRoleTaint(NodeTaint taint) => !HealthTaints.Contains(taint.Key) && !ControlPlaneTaints.Contains(taint.Key);

    /// <summary>The attribute that tolerates <paramref name="taint"/>, as the user would write it.</summary>
    /// <param name="qualifier">Written before the contract's names: <c>Manifests.</c> where the code qualifies them.</param>
    public static string Toleration(NodeTaint taint, string qualifier = "")
    {
        var value = taint.Value.Length > 0 ? $", {nameof(TolerationAttribute.Value)} = {CSharpLiteral.Of(taint.Value)}" : string.Empty;
        return $"[{qualifier}{ContractNames.Of<TolerationAttribute>()}({CSharpLiteral.Of(taint.Key)}{value}, {nameof(TolerationAttribute.Effect)} = {qualifier}{nameof(TaintEffect)}.{taint.Effect})]";
    }

    private static string Nodes(int count) => count == 1 ? "1 node" : count.ToString(CultureInfo.InvariantCulture) + " nodes";

    private static string Format(double cores) => cores.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Mebibytes(double bytes) => (bytes / (1024 * 1024)).ToString("0.#", CultureInfo.InvariantCulture) + "Mi";

    /// <summary>Disk sizes, which run to hundreds of gibibytes: in Gi from 1Gi, else in Mi.</summary>
    private static string Storage(double bytes)
        => bytes >= 1024 * 1024 * 1024 ? (bytes / (1024 * 1024 * 1024)).ToString("0.#", CultureInfo.InvariantCulture) + "Gi" : Mebibytes(bytes);
}
