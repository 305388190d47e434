using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Manifests.Generators.Domain.Images;
using Manifests.Generators.Helpers;

namespace Manifests.Generators.Domain.Scheduling;

/// <summary>
/// What to do when NodeAffinity refused nodes: which nodeSelector entries and required node affinities stand between
/// the pod and the nodes it tolerates, and which label each of those nodes lacks or has with another value.
/// </summary>
/// <remarks>
/// "The nodes the pod tolerates" are the ones NodeAffinity judged: NodeUnschedulable and TaintToleration run before it.
/// A requirement none of them meets is named alone, since it must change whatever else does; when every requirement is
/// met by some node but no node meets them all, each requirement that excludes a node is named, with how many.
/// </remarks>
internal static class NodeAffinityAdvice
{
    /// <summary>The most requirements named; the user writes them, but each clause quotes the cluster's labels.</summary>
    public const int MaxListedRequirements = 10;

    /// <summary>The most distinct label values quoted for one requirement: the profile is untrusted, and node names and values many.</summary>
    public const int MaxListedValues = 3;

    /// <summary>One clause for each requirement worth naming, in the order the pod declares them; none when NodeAffinity refused no node.</summary>
    public static IEnumerable<string> Explain(SchedulingVerdict verdict, PodRequirements pod)
    {
        var refused = verdict.Refusals.Where(r => r.Reasons.Contains(SchedulerFilter.SelectorReason)).Select(r => r.Node).ToList();
        if (refused.Count == 0)
        {
            return [];
        }
        var requirements = pod.NodeLabelRequirements.ToList();

        // An expression the scheduler cannot parse refuses every node by itself: nothing else is worth saying.
        var unparsable = requirements.Where(r => r.Unparsable is not null).ToList();
        if (unparsable.Count > 0)
        {
            return unparsable.Take(MaxListedRequirements).Select(r =>
                $"the required node affinity {r} matches no node, because {r.Unparsable}: correct the [{ContractNames.Of<NodeAffinityAttribute>()}]");
        }

        var tolerated = verdict.NodeCount - verdict.Refusals.Count(r => r.Taint is not null || r.Reasons.Contains(SchedulerFilter.UnschedulableReason));
        var excluding = requirements
            .Select(requirement => (Requirement: requirement, Excluded: refused.Where(node => !requirement.Matches(node.Labels)).ToList()))
            .Where(x => x.Excluded.Count > 0)
            .ToList();
        var unmet = excluding.Where(x => x.Excluded.Count == tolerated).ToList();
        var named = unmet.Count > 0 ? unmet : excluding;

        var clauses = named.Take(MaxListedRequirements).Select(x => Clause(x.Requirement, x.Excluded, tolerated)).ToList();
        if (named.Count > MaxListedRequirements)
        {
            clauses.Add($"and {(named.Count - MaxListedRequirements).ToString(CultureInfo.InvariantCulture)} more node label requirements");
        }
        return clauses;
    }

    private static string Clause(NodeLabelRequirement requirement, List<ClusterNode> excluded, int tolerated)
    {
        var subject = requirement.IsSelector ? $"the node selector {requirement}" : $"the required node affinity {requirement}";
        var attribute = requirement.IsSelector ? ContractNames.Of<NodeSelectorAttribute>() : ContractNames.Of<NodeAffinityAttribute>();
        var found = Labels(requirement, excluded);
        return excluded.Count == tolerated
            ? $"no node the pod tolerates matches {subject} ({found}): correct the [{attribute}] or label a node"
            : $"{subject} excludes {Count(excluded.Count)} of the {Count(tolerated)} the pod tolerates ({found}): correct the [{attribute}] or label a node";
    }

    /// <summary>
    /// What the excluded nodes carry under the requirement's key: how many lack the label, then how many have each value,
    /// in node order, the first <see cref="MaxListedValues"/> values quoted and the rest counted.
    /// </summary>
    private static string Labels(NodeLabelRequirement requirement, List<ClusterNode> excluded)
    {
        var key = requirement.Key;
        var parts = new List<string>();
        var lacking = excluded.Count(n => !n.Labels.ContainsKey(key));
        if (lacking > 0)
        {
            parts.Add($"{Count(lacking)} {Has(lacking)} no label {key}");
        }
        var values = excluded.Where(n => n.Labels.ContainsKey(key)).GroupBy(n => n.Labels[key]).ToList();
        var integers = requirement.Operator is "Gt" or "Lt";
        foreach (var group in values.Take(MaxListedValues))
        {
            var count = group.Count();
            var notInteger = integers && !NodeLabelRequirement.TryParseInteger(group.Key, out _) ? ", not an integer" : string.Empty;
            parts.Add($"{Count(count)} {Has(count)} {key}={EchoedText.Start(group.Key)}{notInteger}");
        }
        if (values.Count > MaxListedValues)
        {
            var others = values.Skip(MaxListedValues).Sum(g => g.Count());
            parts.Add($"{Count(others)} {Has(others)} other values");
        }
        return string.Join(", ", parts);
    }

    private static string Count(int nodes) => nodes == 1 ? "1 node" : nodes.ToString(CultureInfo.InvariantCulture) + " nodes";

    private static string Has(int nodes) => nodes == 1 ? "has" : "have";
}
