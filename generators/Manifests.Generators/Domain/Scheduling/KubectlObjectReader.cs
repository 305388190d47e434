using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System;
using Manifests.Generators.Domain.Images;
using Manifests.Generators.Domain.Kubernetes;
using YamlDotNet.Core.Events;

namespace Manifests.Generators.Domain.Scheduling;

/// <summary>
/// Turns the kubectl objects of a profile into nodes and problems: a Node, or a List (NodeList) whose items are objects
/// again. A List's items are read one at a time and not kept, so memory holds the nodes read so far and one object;
/// of each object only <see cref="ProfileShape.Object"/> is kept.
/// </summary>
/// <remarks>
/// Whether an object is a List is known only at its end: <c>kubectl -o json</c> writes <c>items</c> before
/// <c>kind</c>. So the items' nodes and problems are taken as they come, and dropped again when the object turns out
/// not to be a List, as the reader always ignored the items of anything else. Lists inside Lists recurse, once a level,
/// within the nesting limit.
/// </remarks>
internal sealed class KubectlObjectReader(string path, ProfileEvents events, ProfileTreeReader values, ProfileLimits limits)
{
    private readonly ImmutableArray<ClusterNode>.Builder nodes = ImmutableArray.CreateBuilder<ClusterNode>();

    // The problems listed, at most one more than MaxListedProblems, and how many more followed that one.
    private readonly ImmutableArray<ProfileProblem>.Builder problems = ImmutableArray.CreateBuilder<ProfileProblem>();
    private int unlistedProblems;

    // Every object but a List counts, items of objects that are no List too: it bounds the work, not the result.
    private int objectCount;

    public ImmutableArray<ClusterNode> Nodes => nodes.ToImmutable();

    /// <summary>The problems to report; past <see cref="ProfileLimits.MaxListedProblems"/>, the last counts the rest.</summary>
    public ImmutableArray<ProfileProblem> Problems
    {
        get
        {
            if (unlistedProblems == 0)
            {
                return problems.ToImmutable();
            }
            var last = problems[problems.Count - 1];
            var more = $"; {unlistedProblems.ToString("N0", CultureInfo.InvariantCulture)} more problems follow, not listed one by one: fix these and build again to see them";
            return problems.ToImmutable().SetItem(problems.Count - 1, last with { Message = last.Message + more });
        }
    }

    /// <summary>Reads the object that starts at the current event; false when reading failed.</summary>
    public bool ReadObject(bool isDocument = false)
    {
        var start = events.Current;
        if (start is not MappingStart)
        {
            if (values.Read(ProfileShape.Text) is not { } value)
            {
                return false;
            }
            if (isDocument && value is ProfileScalar { Value: "" })
            {
                return true; // An empty document, as a trailing '---' makes.
            }
            Add(At(value, "expected a Node or a List of Nodes, as 'kubectl get nodes -o yaml' prints"));
            return Counted(start);
        }

        var fields = new ProfileMapping(start.Start);
        var (nodeMark, problemMark, unlistedMark) = (nodes.Count, problems.Count, unlistedProblems);
        var hasItems = false;
        var keys = new HashSet<string>(StringComparer.Ordinal);
        while (events.MoveNext() && events.Current is not MappingEnd)
        {
            var keyEvent = events.Current;
            var key = (keyEvent as Scalar)?.Value;
            if (key is not null && !keys.Add(key))
            {
                return events.Fail(keyEvent, $"it is not valid YAML or JSON (Duplicate key {EchoedText.Start(key)}): export it again with 'kubectl get nodes -o yaml'");
            }
            if (!(values.Skip() && events.MoveNext()))
            {
                return false; // A mapping or sequence as a key is skipped, with its value.
            }
            if (key == "items")
            {
                hasItems = true;
                if (!ReadItems())
                {
                    return false;
                }
            }
            else if (key is not null && ProfileShape.Object.Field(key) is { } shape)
            {
                if (values.Read(shape) is not { } value)
                {
                    return false;
                }
                fields.Fields[key] = value;
            }
            else if (!values.Skip())
            {
                return false;
            }
        }
        if (events.Failure is not null)
        {
            return false;
        }

        var kind = fields.Scalar("kind");
        if (kind is "List" or "NodeList" || (kind is null && hasItems))
        {
            return true; // Its items' nodes and problems stand.
        }
        (nodes.Count, problems.Count, unlistedProblems) = (nodeMark, problemMark, unlistedMark);
        if (!Counted(start))
        {
            return false;
        }
        if (kind != "Node")
        {
            Add(At(fields, kind is null
                ? "this object has no 'kind': expected a Node or a List of Nodes, as 'kubectl get nodes -o yaml' prints"
                : $"a '{EchoedText.Start(kind)}' is not a Node: the cluster profile holds only Nodes ('kubectl get nodes -o yaml')"));
        }
        else if (ReadNode(fields) is { } node)
        {
            nodes.Add(node);
        }
        return true;
    }

    /// <summary>The objects of a List's items, when they are a sequence (anything else lists nothing).</summary>
    private bool ReadItems()
    {
        if (events.Current is not SequenceStart)
        {
            return values.Skip();
        }
        while (events.MoveNext() && events.Current is not SequenceEnd)
        {
            if (!ReadObject())
            {
                return false;
            }
        }
        return events.Failure is null;
    }

    /// <summary>Counts one more object; false, with a failure at <paramref name="at"/>, past the limit.</summary>
    private bool Counted(ParsingEvent at)
        => ++objectCount <= limits.MaxObjects || events.Fail(at,
            $"it lists more than {limits.MaxObjects.ToString("N0", CultureInfo.InvariantCulture)} objects, more than the nodes of the largest Kubernetes cluster: export one cluster with 'kubectl get nodes -o yaml'");

    private void Add(ProfileProblem problem)
    {
        if (problems.Count <= limits.MaxListedProblems)
        {
            problems.Add(problem);
        }
        else
        {
            unlistedProblems++;
        }
    }

    private ClusterNode? ReadNode(ProfileMapping node)
    {
        var metadata = node.Field("metadata") as ProfileMapping;
        var name = metadata?.Scalar("name");
        if (string.IsNullOrEmpty(name))
        {
            Add(At(node, "this Node has no metadata.name"));
            return null;
        }
        var quotedName = EchoedText.Start(name!);

        var labels = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        if (metadata!.Field("labels") is ProfileMapping labelMap)
        {
            foreach (var entry in labelMap.Fields)
            {
                if (entry.Value is ProfileScalar value)
                {
                    labels[entry.Key] = value.Value;
                }
            }
        }

        var spec = node.Field("spec") as ProfileMapping;
        var taints = ImmutableArray.CreateBuilder<NodeTaint>();
        if (spec?.Field("taints") is ProfileSequence taintList)
        {
            foreach (var item in taintList.Items)
            {
                if (item is not ProfileMapping taint || taint.Scalar("key") is not { Length: > 0 } key)
                {
                    Add(At(item, $"a taint of node '{quotedName}' has no key"));
                    continue;
                }
                var effect = taint.Scalar("effect");
                if (effect is not ("NoSchedule" or "PreferNoSchedule" or "NoExecute"))
                {
                    Add(At(item, $"taint '{EchoedText.Start(key)}' of node '{quotedName}' has effect '{(effect is null ? null : EchoedText.Start(effect))}': expected NoSchedule, PreferNoSchedule or NoExecute"));
                    continue;
                }
                taints.Add(new NodeTaint(key, taint.Scalar("value") ?? string.Empty, effect));
            }
        }
        var unschedulable = spec is not null && string.Equals(spec.Scalar("unschedulable"), "true", StringComparison.OrdinalIgnoreCase);

        // What the node can give pods: allocatable, or capacity where a hand-written profile has only that.
        var status = node.Field("status") as ProfileMapping;
        var resources = (status?.Field("allocatable") ?? status?.Field("capacity")) as ProfileMapping;
        return new ClusterNode(name!, labels.ToImmutable(), taints.ToImmutable(), unschedulable,
            QuantityOf(resources, "cpu"), QuantityOf(resources, "memory"), QuantityOf(resources, "ephemeral-storage"));
    }

    private static double? QuantityOf(ProfileMapping? resources, string name)
        => resources?.Scalar(name) is { } text && Quantity.TryParse(text, out var value) ? value : null;

    private ProfileProblem At(ProfileValue value, string message) => new(path, value.Line, value.Column, message);
}
