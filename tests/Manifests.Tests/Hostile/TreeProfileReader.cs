using System.Collections.Immutable;
using Manifests.Generators.Domain.Kubernetes;
using Manifests.Generators.Domain.Scheduling;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Manifests.Tests.Hostile;

/// <summary>
/// The cluster profile reader as it was before reading became bounded: YamlDotNet's whole-document model, walked by
/// recursion. Kept as the oracle that <see cref="ClusterProfileReader"/> must agree with on every file both can read
/// (no aliases, no repeated keys): a well-formed profile reads exactly as it always did.
/// </summary>
internal static class TreeProfileReader
{
    public static (ImmutableArray<ClusterNode> Nodes, ImmutableArray<ProfileProblem> Problems) Read(string path, string text)
    {
        var nodes = ImmutableArray.CreateBuilder<ClusterNode>();
        var problems = ImmutableArray.CreateBuilder<ProfileProblem>();
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException exception)
        {
            problems.Add(new ProfileProblem(path, Math.Max(0, (int)exception.Start.Line - 1), Math.Max(0, (int)exception.Start.Column - 1),
                "it is not valid YAML or JSON (" + FirstLine(exception.Message) + "): export it again with 'kubectl get nodes -o yaml'"));
            return (nodes.ToImmutable(), problems.ToImmutable());
        }

        foreach (var document in stream.Documents)
        {
            if (document.RootNode is YamlScalarNode { Value: null or "" })
            {
                continue; // An empty document, as a trailing '---' makes.
            }
            ReadObject(document.RootNode, path, nodes, problems);
        }

        if (nodes.Count == 0 && problems.Count == 0)
        {
            problems.Add(new ProfileProblem(path, 0, 0, "it contains no Node: export it with 'kubectl get nodes -o yaml'"));
        }
        return (nodes.ToImmutable(), problems.ToImmutable());
    }

    private static void ReadObject(YamlNode node, string path, ImmutableArray<ClusterNode>.Builder nodes, ImmutableArray<ProfileProblem>.Builder problems)
    {
        if (node is not YamlMappingNode mapping)
        {
            problems.Add(At(path, node, "expected a Node or a List of Nodes, as 'kubectl get nodes -o yaml' prints"));
            return;
        }
        var kind = Scalar(mapping, "kind");
        if (kind is "List" or "NodeList" || (kind is null && Child(mapping, "items") is not null))
        {
            if (Child(mapping, "items") is YamlSequenceNode items)
            {
                foreach (var item in items)
                {
                    ReadObject(item, path, nodes, problems);
                }
            }
            return;
        }
        if (kind != "Node")
        {
            problems.Add(At(path, node, kind is null
                ? "this object has no 'kind': expected a Node or a List of Nodes, as 'kubectl get nodes -o yaml' prints"
                : $"a '{kind}' is not a Node: the cluster profile holds only Nodes ('kubectl get nodes -o yaml')"));
            return;
        }
        if (ReadNode(mapping, path, problems) is { } clusterNode)
        {
            nodes.Add(clusterNode);
        }
    }

    private static ClusterNode? ReadNode(YamlMappingNode node, string path, ImmutableArray<ProfileProblem>.Builder problems)
    {
        var metadata = Child(node, "metadata") as YamlMappingNode;
        var name = metadata is null ? null : Scalar(metadata, "name");
        if (string.IsNullOrEmpty(name))
        {
            problems.Add(At(path, node, "this Node has no metadata.name"));
            return null;
        }

        var labels = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        if (metadata is not null && Child(metadata, "labels") is YamlMappingNode labelMap)
        {
            foreach (var entry in labelMap.Children)
            {
                if (entry.Key is YamlScalarNode { Value: { } key } && entry.Value is YamlScalarNode value)
                {
                    labels[key] = value.Value ?? string.Empty;
                }
            }
        }

        var spec = Child(node, "spec") as YamlMappingNode;
        var taints = ImmutableArray.CreateBuilder<NodeTaint>();
        if (spec is not null && Child(spec, "taints") is YamlSequenceNode taintList)
        {
            foreach (var item in taintList)
            {
                if (item is not YamlMappingNode taint || Scalar(taint, "key") is not { Length: > 0 } key)
                {
                    problems.Add(At(path, item, $"a taint of node '{name}' has no key"));
                    continue;
                }
                var effect = Scalar(taint, "effect");
                if (effect is not ("NoSchedule" or "PreferNoSchedule" or "NoExecute"))
                {
                    problems.Add(At(path, item, $"taint '{key}' of node '{name}' has effect '{effect}': expected NoSchedule, PreferNoSchedule or NoExecute"));
                    continue;
                }
                taints.Add(new NodeTaint(key, Scalar(taint, "value") ?? string.Empty, effect));
            }
        }
        var unschedulable = spec is not null && string.Equals(Scalar(spec, "unschedulable"), "true", StringComparison.OrdinalIgnoreCase);

        var status = Child(node, "status") as YamlMappingNode;
        var resources = (status is null ? null : Child(status, "allocatable") ?? Child(status, "capacity")) as YamlMappingNode;
        return new ClusterNode(name!, labels.ToImmutable(), taints.ToImmutable(), unschedulable,
            QuantityOf(resources, "cpu"), QuantityOf(resources, "memory"));
    }

    private static double? QuantityOf(YamlMappingNode? resources, string name)
        => resources is not null && Scalar(resources, name) is { } text && Quantity.TryParse(text, out var value) ? value : null;

    private static YamlNode? Child(YamlMappingNode mapping, string key)
        => mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private static string? Scalar(YamlMappingNode mapping, string key) => (Child(mapping, key) as YamlScalarNode)?.Value;

    private static ProfileProblem At(string path, YamlNode node, string message)
        => new(path, Math.Max(0, (int)node.Start.Line - 1), Math.Max(0, (int)node.Start.Column - 1), message);

    private static string FirstLine(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        return end < 0 ? text : text.Substring(0, end);
    }
}
