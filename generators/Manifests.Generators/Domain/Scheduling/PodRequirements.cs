using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Manifests.Generators.Domain.Kubernetes;
using Manifests.Generators.Models;

namespace Manifests.Generators.Domain.Scheduling;

/// <summary>A toleration as the scheduler sees it: empty strings where Kubernetes has empty fields.</summary>
/// <param name="Key">Empty matches every key (with Exists).</param>
/// <param name="Operator">Equal or Exists; empty means Equal.</param>
/// <param name="Value">The value compared with Equal.</param>
/// <param name="Effect">Empty matches every effect.</param>
internal sealed record PodToleration(string Key, string Operator, string Value, string Effect)
{
    /// <summary>
    /// The DefaultTolerationSeconds admission plugin gives every pod these two (300 s each) unless it tolerates the
    /// taints already. It adds no NoSchedule toleration: a NotReady or unreachable node still refuses new pods.
    /// </summary>
    public static readonly ImmutableArray<PodToleration> AdmissionDefaults = ImmutableArray.Create(
        new PodToleration("node.kubernetes.io/not-ready", "Exists", string.Empty, "NoExecute"),
        new PodToleration("node.kubernetes.io/unreachable", "Exists", string.Empty, "NoExecute"));

    /// <summary>ToleratesTaint from k8s.io/api/core/v1: effect and key match when empty or equal; Exists matches any value.</summary>
    public bool Tolerates(NodeTaint taint)
    {
        if (Effect.Length > 0 && Effect != taint.Effect)
        {
            return false;
        }
        if (Key.Length > 0 && Key != taint.Key)
        {
            return false;
        }
        return Operator switch
        {
            "" or "Equal" => Value == taint.Value,
            "Exists" => true,
            _ => false,
        };
    }

    public static PodToleration From(TolerationSpec toleration)
        => new(toleration.Key.Value, toleration.Value is null ? "Exists" : "Equal", toleration.Value?.Value ?? string.Empty, KubernetesSpelling.Of(toleration.Effect) ?? string.Empty);
}

/// <summary>What the scheduler's filters need to know of a pod.</summary>
/// <param name="Tolerations">The pod's tolerations after admission (the defaults added).</param>
/// <param name="NodeSelector">spec.nodeSelector.</param>
/// <param name="CpuRequest">The pod's cpu request in cores: its containers' sum, or its largest init container's if more.</param>
/// <param name="MemoryRequest">The pod's memory request in bytes, counted the same way.</param>
internal sealed record PodRequirements(
    ImmutableArray<PodToleration> Tolerations,
    ImmutableArray<(string Key, string Value)> NodeSelector,
    double CpuRequest,
    double MemoryRequest)
{
    /// <summary>
    /// The match expressions of the required node affinity, in declaration order. The generator writes every required
    /// <c>[NodeAffinity]</c> into one node selector term, so a node must meet them all, and the nodeSelector too.
    /// Preferred ones are left out: they only score nodes, never refuse one.
    /// </summary>
    public ImmutableArray<NodeLabelRequirement> RequiredAffinity { get; init; } = ImmutableArray<NodeLabelRequirement>.Empty;

    /// <summary>
    /// The topology keys of the <c>DoNotSchedule</c> spread constraints, in declaration order: a node without one of
    /// these labels is refused. <c>ScheduleAnyway</c> ones only score nodes.
    /// </summary>
    public ImmutableArray<string> SpreadKeys { get; init; } = ImmutableArray<string>.Empty;

    /// <summary>The pod's ephemeral-storage request in bytes, counted as cpu and memory are.</summary>
    public double EphemeralStorageRequest { get; init; }

    /// <summary>The nodeSelector entries, then the required node affinity: every condition NodeAffinity puts on a node's labels.</summary>
    public IEnumerable<NodeLabelRequirement> NodeLabelRequirements
        => NodeSelector.Select(entry => NodeLabelRequirement.Selector(entry.Key, entry.Value)).Concat(RequiredAffinity);

    public static PodRequirements From(WorkloadSpec workload)
    {
        var tolerations = ImmutableArray.CreateBuilder<PodToleration>();
        foreach (var toleration in workload.Pod.Tolerations)
        {
            tolerations.Add(PodToleration.From(toleration));
        }
        foreach (var admitted in PodToleration.AdmissionDefaults)
        {
            // The plugin skips a default when the pod has a toleration of that key (or every key) for NoExecute (or every effect).
            var covered = false;
            foreach (var own in tolerations)
            {
                covered |= (own.Key == admitted.Key || own.Key.Length == 0) && (own.Effect == "NoExecute" || own.Effect.Length == 0);
            }
            if (!covered)
            {
                tolerations.Add(admitted);
            }
        }

        var selector = ImmutableArray.CreateBuilder<(string, string)>();
        foreach (var entry in workload.Pod.NodeSelector)
        {
            selector.Add((entry.Key.Value, entry.Value.Value));
        }

        var affinity = ImmutableArray.CreateBuilder<NodeLabelRequirement>();
        foreach (var term in workload.Pod.NodeAffinities)
        {
            if (!term.Preferred)
            {
                // The operator as the emitter writes it, so the filter judges what the cluster is given.
                affinity.Add(NodeLabelRequirement.Affinity(term.Key.Value, KubernetesSpelling.Of(term.Operator), term.Values.Select(v => v.Value).ToImmutableArray()));
            }
        }

        var spreadKeys = ImmutableArray.CreateBuilder<string>();
        foreach (var spread in workload.Pod.Spreads)
        {
            if (KubernetesSpelling.Of(spread.WhenUnsatisfiable) == "DoNotSchedule")
            {
                spreadKeys.Add(spread.TopologyKey.Value);
            }
        }

        return new PodRequirements(tolerations.ToImmutable(), selector.ToImmutable(), PodRequest(workload, ResourceName.Cpu), PodRequest(workload, ResourceName.Memory))
        {
            RequiredAffinity = affinity.ToImmutable(),
            SpreadKeys = spreadKeys.ToImmutable(),
            EphemeralStorageRequest = PodRequest(workload, ResourceName.EphemeralStorage),
        };
    }

    /// <summary>
    /// The pod's effective request of one resource, as resource.PodRequests (k8s.io/component-helpers) computes it: its
    /// containers run together, so their requests add up; its init containers run one at a time before them, so only
    /// the largest counts, and only when it is more than the containers' sum.
    /// </summary>
    private static double PodRequest(WorkloadSpec workload, ResourceName resource)
    {
        double containers = 0, init = 0;
        foreach (var container in workload.Containers)
        {
            if (container.IsInit)
            {
                init = Math.Max(init, Request(container, resource));
            }
            else
            {
                containers += Request(container, resource);
            }
        }
        return Math.Max(containers, init);
    }

    /// <summary>A container's request; when only a limit is set, Kubernetes defaults the request to the limit.</summary>
    private static double Request(ContainerSpec container, ResourceName resource)
    {
        double? request = null, limit = null;
        foreach (var quantity in container.Resources)
        {
            if (quantity.Resource == resource && Quantity.TryParse(quantity.Quantity.Value, out var value))
            {
                if (quantity.IsLimit)
                {
                    limit = value;
                }
                else
                {
                    request = value;
                }
            }
        }
        return request ?? limit ?? 0;
    }
}
