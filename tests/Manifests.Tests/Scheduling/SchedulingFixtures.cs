using System.Collections.Immutable;
using Manifests.Generators.Domain.Scheduling;

namespace Manifests.Tests.Scheduling;

/// <summary>Pods and nodes for the rule tests, written with only what each test is about.</summary>
internal static class SchedulingFixtures
{
    public const double Gi = 1024d * 1024 * 1024;

    /// <summary>A pod with the admission defaults and whatever the test sets.</summary>
    public static PodRequirements Pod(
        (string Key, string Value)[]? selector = null,
        NodeLabelRequirement[]? affinity = null,
        string[]? spreadKeys = null,
        double cpu = 0,
        double memory = 0,
        double ephemeralStorage = 0,
        PodToleration[]? tolerations = null)
        => new([.. tolerations ?? [], .. PodToleration.AdmissionDefaults], [.. selector ?? []], cpu, memory)
        {
            RequiredAffinity = [.. affinity ?? []],
            SpreadKeys = [.. spreadKeys ?? []],
            EphemeralStorageRequest = ephemeralStorage,
        };

    /// <summary>A required node affinity expression; <paramref name="values"/> as the attribute takes them.</summary>
    public static NodeLabelRequirement Affinity(string key, string @operator, params string[] values)
        => NodeLabelRequirement.Affinity(key, @operator, [.. values]);

    public static ClusterNode Node(
        string name,
        Dictionary<string, string>? labels = null,
        NodeTaint[]? taints = null,
        bool unschedulable = false,
        double? cpu = null,
        double? memory = null,
        double? ephemeralStorage = null)
        => new(name, (labels ?? []).ToImmutableDictionary(), [.. taints ?? []], unschedulable, cpu, memory, ephemeralStorage);

    /// <summary>The reasons the node gives, or none when it accepts the pod.</summary>
    public static string[] Reasons(PodRequirements pod, ClusterNode node)
        => SchedulerFilter.Refuse(pod, node)?.Reasons.ToArray() ?? [];
}
