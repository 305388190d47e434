using System.Collections.Generic;
using System.Collections.Immutable;

namespace Manifests.Generators.Domain.Scheduling;

/// <summary>A node taint, as <c>kubectl get nodes</c> shows it: <c>{key: value}</c> with an effect.</summary>
internal sealed record NodeTaint(string Key, string Value, string Effect)
{
    /// <summary>The scheduler's spelling of a taint in its messages: <c>{key: value}</c>.</summary>
    public override string ToString() => $"{{{Key}: {Value}}}";
}

/// <summary>What the scheduler's filters look at on one node.</summary>
/// <param name="Name">metadata.name.</param>
/// <param name="Labels">metadata.labels.</param>
/// <param name="Taints">spec.taints, in node order (the scheduler reports the first untolerated one).</param>
/// <param name="Unschedulable">spec.unschedulable (a cordoned node).</param>
/// <param name="AllocatableCpu">status.allocatable.cpu in cores, when known.</param>
/// <param name="AllocatableMemory">status.allocatable.memory in bytes, when known.</param>
/// <param name="AllocatableEphemeralStorage">status.allocatable.ephemeral-storage in bytes, when known.</param>
internal sealed record ClusterNode(
    string Name,
    ImmutableDictionary<string, string> Labels,
    ImmutableArray<NodeTaint> Taints,
    bool Unschedulable,
    double? AllocatableCpu,
    double? AllocatableMemory,
    double? AllocatableEphemeralStorage = null);

/// <summary>A problem in a cluster profile file, with the line it is on.</summary>
/// <param name="Path">The file.</param>
/// <param name="Line">Zero-based line.</param>
/// <param name="Column">Zero-based column.</param>
/// <param name="Message">What is wrong and what to do.</param>
internal sealed record ProfileProblem(string Path, int Line, int Column, string Message);

/// <summary>What reading one cluster profile file gave.</summary>
/// <param name="Nodes">Its nodes, in file order.</param>
/// <param name="Problems">What cannot be used, each at its line.</param>
/// <param name="EventCount">The YAML events read, aliases' repetitions included: the work the file cost, for tests.</param>
internal sealed record ProfileReading(ImmutableArray<ClusterNode> Nodes, ImmutableArray<ProfileProblem> Problems, long EventCount)
{
    public void Deconstruct(out ImmutableArray<ClusterNode> nodes, out ImmutableArray<ProfileProblem> problems)
        => (nodes, problems) = (Nodes, Problems);
}

/// <summary>The cluster the project deploys to: the union of every <c>ManifestsClusterNodes</c> file.</summary>
internal sealed record ClusterProfile(ImmutableArray<ClusterNode> Nodes, ImmutableArray<ProfileProblem> Problems)
{
    public static readonly ClusterProfile Empty = new(ImmutableArray<ClusterNode>.Empty, ImmutableArray<ProfileProblem>.Empty);

    /// <summary>Whether <paramref name="toleration"/> matches a taint of some node.</summary>
    public bool IsTolerated(PodToleration toleration)
    {
        foreach (var node in Nodes)
        {
            foreach (var taint in node.Taints)
            {
                if (toleration.Tolerates(taint))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>Every taint of every node, in node order.</summary>
    public IEnumerable<NodeTaint> Taints
    {
        get
        {
            foreach (var node in Nodes)
            {
                foreach (var taint in node.Taints)
                {
                    yield return taint;
                }
            }
        }
    }

    /// <summary>Every taint key any node carries, for "did you mean".</summary>
    public IEnumerable<string> TaintKeys
    {
        get
        {
            var seen = new HashSet<string>();
            foreach (var node in Nodes)
            {
                foreach (var taint in node.Taints)
                {
                    if (seen.Add(taint.Key))
                    {
                        yield return taint.Key;
                    }
                }
            }
        }
    }
}

/// <summary>
/// The clusters the project deploys to: the one every environment without a profile of its own shares (the union of
/// the <c>ManifestsClusterNodes</c> files that name no environment), and each environment's own.
/// </summary>
/// <param name="Shared">The nodes of the files that name no environment.</param>
/// <param name="ByEnvironment">Each environment's nodes, from the files that name it.</param>
/// <param name="Problems">What cannot be used in any file, each at its line.</param>
internal sealed record ClusterProfiles(ClusterProfile Shared, ImmutableDictionary<string, ClusterProfile> ByEnvironment, ImmutableArray<ProfileProblem> Problems)
{
    /// <summary>Whether any file gave a node.</summary>
    public bool HasNodes => !Shared.Nodes.IsEmpty || ByEnvironment.Count > 0;

    /// <summary>The cluster <paramref name="environment"/> runs on: its own profile, else the shared one (which may be empty).</summary>
    public ClusterProfile For(string environment)
        => ByEnvironment.TryGetValue(environment, out var own) ? own : Shared;
}
