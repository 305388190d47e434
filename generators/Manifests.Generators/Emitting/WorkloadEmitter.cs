using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Manifests.Generators.Domain.Validation;
using Manifests.Generators.Helpers;
using Manifests.Generators.Models;
using Manifests.Generators.Resolution;

namespace Manifests.Generators.Emitting;

/// <summary>
/// Model to YAML: the documents one valid workload class produces (its Deployment or ReplicaSet, and its Service),
/// in the conventional key order (apiVersion, kind, metadata, spec) with nothing null or empty written.
/// </summary>
internal static class WorkloadEmitter
{
    public static EquatableArray<ManifestDocument> Emit(WorkloadSpec workload, ManifestDefaults defaults)
    {
        var ns = ObjectIdentity.EffectiveNamespace(workload, defaults);
        var name = workload.Name.Value;
        var selector = new[] { (WorkloadValidator.SelectorLabel, name) };
        var labels = Labels(workload, defaults, selector);

        var documents = ImmutableArray.CreateBuilder<ManifestDocument>(2);
        var kind = workload.Kind.ToString();
        documents.Add(new ManifestDocument(kind, name, ns, PathOf(kind, name, ns), WorkloadYaml(workload, ns, labels, selector)));
        if (workload.Service is { } service)
        {
            documents.Add(new ManifestDocument("Service", service.Name.Value, ns, PathOf("Service", service.Name.Value, ns), ServiceYaml(workload, service, ns, labels, selector)));
        }
        return documents.ToImmutable().ToEquatableArray();
    }

    /// <summary>The file of an object: <c>{namespace}/{name}-{kind}.yaml</c>, or without the folder when it has no namespace.</summary>
    public static string PathOf(string kind, string name, string? ns)
    {
        var file = $"{name}-{kind.ToLowerInvariant()}.yaml";
        return ns is null ? file : ns + "/" + file;
    }

    /// <summary>
    /// The labels of the workload, its pods and its Service: the selector label first, then part-of, the assembly's
    /// common labels and the class's own (which override common ones of the same key).
    /// </summary>
    private static IReadOnlyList<(string Key, string Value)> Labels(WorkloadSpec workload, ManifestDefaults defaults, (string, string)[] selector)
    {
        var labels = new List<(string Key, string Value)>(selector);
        if (defaults.PartOf is { } partOf)
        {
            Set(labels, WorkloadValidator.PartOfLabel, partOf);
        }
        foreach (var label in defaults.CommonLabels.Concat(workload.Labels))
        {
            Set(labels, label.Key.Value, label.Value.Value);
        }
        return labels;

        static void Set(List<(string Key, string Value)> labels, string key, string value)
        {
            var index = labels.FindIndex(l => l.Key == key);
            if (index >= 0)
            {
                labels[index] = (key, value);
            }
            else
            {
                labels.Add((key, value));
            }
        }
    }

    private static string WorkloadYaml(WorkloadSpec workload, string? ns, IReadOnlyList<(string Key, string Value)> labels, (string, string)[] selector)
    {
        var yaml = new YamlWriter().BeginMapping()
            .Pair("apiVersion", "apps/v1")
            .Pair("kind", workload.Kind.ToString());
        Metadata(yaml, workload.Name.Value, ns, labels, workload.Annotations);

        yaml.Key("spec").BeginMapping()
            .Pair("replicas", workload.Replicas.Value);
        yaml.Key("selector").BeginMapping();
        Map(yaml.Key("matchLabels"), selector);
        yaml.EndMapping();

        yaml.Key("template").BeginMapping();
        yaml.Key("metadata").BeginMapping();
        Map(yaml.Key("labels"), labels);
        if (!workload.Annotations.IsEmpty)
        {
            Map(yaml.Key("annotations"), workload.Annotations.Select(a => (a.Key.Value, a.Value.Value)));
        }
        yaml.EndMapping();
        PodSpec(yaml.Key("spec"), workload);
        yaml.EndMapping();

        yaml.EndMapping();
        return yaml.EndMapping().Finish();
    }

    private static void PodSpec(YamlWriter yaml, WorkloadSpec workload)
    {
        yaml.BeginMapping();
        yaml.Key("containers").BeginSequence();
        foreach (var container in workload.Containers.Where(c => !c.IsInit))
        {
            Container(yaml, container);
        }
        yaml.EndSequence();

        if (workload.Containers.Any(c => c.IsInit))
        {
            yaml.Key("initContainers").BeginSequence();
            foreach (var container in workload.Containers.Where(c => c.IsInit))
            {
                Container(yaml, container);
            }
            yaml.EndSequence();
        }

        if (!workload.NodeSelector.IsEmpty)
        {
            Map(yaml.Key("nodeSelector"), workload.NodeSelector.Select(n => (n.Key.Value, n.Value.Value)));
        }
        if (!workload.Tolerations.IsEmpty)
        {
            yaml.Key("tolerations").BeginSequence();
            foreach (var toleration in workload.Tolerations)
            {
                yaml.BeginMapping();
                if (toleration.Key.Value.Length > 0)
                {
                    yaml.Pair("key", toleration.Key.Value);
                }
                if (toleration.Value is { } value)
                {
                    yaml.Pair("operator", "Equal").Pair("value", value.Value);
                }
                else
                {
                    yaml.Pair("operator", "Exists");
                }
                if (toleration.Effect is { } effect)
                {
                    yaml.Pair("effect", effect);
                }
                if (toleration.Seconds is { } seconds)
                {
                    yaml.Pair("tolerationSeconds", seconds.Value);
                }
                yaml.EndMapping();
            }
            yaml.EndSequence();
        }
        yaml.EndMapping();
    }

    private static void Container(YamlWriter yaml, ContainerSpec container)
    {
        yaml.BeginMapping()
            .Pair("name", container.Name.Value)
            .Pair("image", container.Image.Value);
        if (container.PullPolicy is { } pullPolicy)
        {
            yaml.Pair("imagePullPolicy", pullPolicy);
        }
        Strings(yaml, "command", container.Command);
        Strings(yaml, "args", container.Args);

        if (!container.Ports.IsEmpty)
        {
            yaml.Key("ports").BeginSequence();
            foreach (var port in container.Ports)
            {
                yaml.BeginMapping();
                if (port.Name is { } portName)
                {
                    yaml.Pair("name", portName.Value);
                }
                yaml.Pair("containerPort", port.Number.Value);
                if (port.Protocol != "TCP")
                {
                    yaml.Pair("protocol", port.Protocol);
                }
                yaml.EndMapping();
            }
            yaml.EndSequence();
        }

        if (!container.Env.IsEmpty)
        {
            yaml.Key("env").BeginSequence();
            foreach (var variable in container.Env)
            {
                yaml.BeginMapping().Pair("name", variable.Key.Value).Pair("value", variable.Value.Value).EndMapping();
            }
            yaml.EndSequence();
        }

        if (!container.Resources.IsEmpty)
        {
            yaml.Key("resources").BeginMapping();
            Quantities(yaml, "requests", container.Resources.Where(r => !r.IsLimit));
            Quantities(yaml, "limits", container.Resources.Where(r => r.IsLimit));
            yaml.EndMapping();
        }
        yaml.EndMapping();
    }

    private static string ServiceYaml(WorkloadSpec workload, ServiceSpec service, string? ns, IReadOnlyList<(string Key, string Value)> labels, (string, string)[] selector)
    {
        var yaml = new YamlWriter().BeginMapping()
            .Pair("apiVersion", "v1")
            .Pair("kind", "Service");
        Metadata(yaml, service.Name.Value, ns, labels, EquatableArray<KeyValueSpec>.Empty);

        yaml.Key("spec").BeginMapping().Pair("type", service.Type);
        Map(yaml.Key("selector"), selector);

        var target = ServiceTarget.Resolve(workload, service);
        yaml.Key("ports").BeginSequence().BeginMapping();
        var portName = service.PortName?.Value ?? (target.Number is null ? target.Text : null);
        if (portName is not null)
        {
            yaml.Pair("name", portName);
        }
        yaml.Pair("port", service.Port.Value);
        if (target.Number is { } number)
        {
            yaml.Pair("targetPort", number);
        }
        else
        {
            yaml.Pair("targetPort", target.Text);
        }
        if (service.NodePort is { } nodePort)
        {
            yaml.Pair("nodePort", nodePort.Value);
        }
        if (service.Protocol != "TCP")
        {
            yaml.Pair("protocol", service.Protocol);
        }
        yaml.EndMapping().EndSequence();

        yaml.EndMapping();
        return yaml.EndMapping().Finish();
    }

    private static void Metadata(YamlWriter yaml, string name, string? ns, IReadOnlyList<(string Key, string Value)> labels, EquatableArray<KeyValueSpec> annotations)
    {
        yaml.Key("metadata").BeginMapping().Pair("name", name);
        if (ns is not null)
        {
            yaml.Pair("namespace", ns);
        }
        Map(yaml.Key("labels"), labels);
        if (!annotations.IsEmpty)
        {
            Map(yaml.Key("annotations"), annotations.Select(a => (a.Key.Value, a.Value.Value)));
        }
        yaml.EndMapping();
    }

    private static void Map(YamlWriter yaml, IEnumerable<(string Key, string Value)> entries)
    {
        yaml.BeginMapping();
        foreach (var (key, value) in entries)
        {
            yaml.String(key).String(value);
        }
        yaml.EndMapping();
    }

    private static void Strings(YamlWriter yaml, string key, EquatableArray<Sourced<string>> values)
    {
        if (values.IsEmpty)
        {
            return;
        }
        yaml.Key(key).BeginSequence();
        foreach (var value in values)
        {
            yaml.String(value.Value);
        }
        yaml.EndSequence();
    }

    private static void Quantities(YamlWriter yaml, string key, IEnumerable<QuantitySpec> quantities)
    {
        var list = quantities.ToList();
        if (list.Count == 0)
        {
            return;
        }
        yaml.Key(key).BeginMapping();
        foreach (var quantity in list)
        {
            yaml.String(quantity.Resource).String(quantity.Quantity.Value);
        }
        yaml.EndMapping();
    }
}
