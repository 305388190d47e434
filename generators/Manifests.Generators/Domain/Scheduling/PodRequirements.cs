using System;
using System.Collections.Immutable;
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
/// <param name="CpuRequest">The pod's cpu request in cores (sum over its containers).</param>
/// <param name="MemoryRequest">The pod's memory request in bytes.</param>
internal sealed record PodRequirements(
    ImmutableArray<PodToleration> Tolerations,
    ImmutableArray<(string Key, string Value)> NodeSelector,
    double CpuRequest,
    double MemoryRequest)
{
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

        // The pod's effective request: its containers run together, its init containers one at a time before them.
        double cpu = 0, memory = 0, initCpu = 0, initMemory = 0;
        foreach (var container in workload.Containers)
        {
            if (container.IsInit)
            {
                initCpu = Math.Max(initCpu, Request(container, ResourceName.Cpu));
                initMemory = Math.Max(initMemory, Request(container, ResourceName.Memory));
            }
            else
            {
                cpu += Request(container, ResourceName.Cpu);
                memory += Request(container, ResourceName.Memory);
            }
        }
        return new PodRequirements(tolerations.ToImmutable(), selector.ToImmutable(), Math.Max(cpu, initCpu), Math.Max(memory, initMemory));
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
