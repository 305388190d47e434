using System.Collections.Immutable;
using Manifests.Generators.Domain.Kubernetes;
using Manifests.Generators.Domain.Resolution;
using Manifests.Generators.Helpers;
using Manifests.Generators.Models;

namespace Manifests.Generators.Emitting;

/// <summary>
/// Resolved workload to YAML: its Deployment or ReplicaSet, and its Service, in the conventional key order
/// (apiVersion, kind, metadata, spec) with nothing null or empty written. Every value was decided by
/// <see cref="WorkloadResolver"/>; this class only writes.
/// </summary>
internal static class WorkloadYaml
{
    public static EquatableArray<ManifestDocument> Emit(ResolvedWorkload workload)
    {
        var documents = ImmutableArray.CreateBuilder<ManifestDocument>(2);
        documents.Add(new ManifestDocument(workload.File, Workload(workload)));
        if (workload.Service is { } service)
        {
            documents.Add(new ManifestDocument(service.File, Service(workload, service)));
        }
        return documents.ToImmutable().ToEquatableArray();
    }

    private static string Workload(ResolvedWorkload workload)
    {
        var yaml = Header(workload.File);
        Metadata(yaml, workload.File, workload.Labels, workload.Annotations);

        yaml.Key("spec").BeginMapping()
            .Pair("replicas", workload.Spec.Replicas.Value);
        yaml.Key("selector").BeginMapping();
        Map(yaml.Key("matchLabels"), workload.Selector);
        yaml.EndMapping();

        yaml.Key("template").BeginMapping();
        yaml.Key("metadata").BeginMapping();
        Map(yaml.Key("labels"), workload.Labels);
        if (!workload.Annotations.IsEmpty)
        {
            Map(yaml.Key("annotations"), workload.Annotations);
        }
        yaml.EndMapping();
        PodSpec(yaml.Key("spec"), workload.Spec);
        yaml.EndMapping();

        yaml.EndMapping();
        return yaml.EndMapping().Finish();
    }

    private static void PodSpec(YamlWriter yaml, WorkloadSpec workload)
    {
        yaml.BeginMapping();
        yaml.Key("containers").BeginSequence();
        foreach (var container in workload.Containers)
        {
            if (!container.IsInit)
            {
                Container(yaml, container);
            }
        }
        yaml.EndSequence();

        var hasInit = false;
        foreach (var container in workload.Containers)
        {
            if (container.IsInit)
            {
                if (!hasInit)
                {
                    yaml.Key("initContainers").BeginSequence();
                    hasInit = true;
                }
                Container(yaml, container);
            }
        }
        if (hasInit)
        {
            yaml.EndSequence();
        }

        if (!workload.NodeSelector.IsEmpty)
        {
            Map(yaml.Key("nodeSelector"), workload.NodeSelector);
        }
        if (!workload.Tolerations.IsEmpty)
        {
            yaml.Key("tolerations").BeginSequence();
            foreach (var toleration in workload.Tolerations)
            {
                Toleration(yaml, toleration);
            }
            yaml.EndSequence();
        }
        yaml.EndMapping();
    }

    private static void Toleration(YamlWriter yaml, TolerationSpec toleration)
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
        if (KubernetesSpelling.Of(toleration.Effect) is { } effect)
        {
            yaml.Pair("effect", effect);
        }
        if (toleration.Seconds is { } seconds)
        {
            yaml.Pair("tolerationSeconds", seconds.Value);
        }
        yaml.EndMapping();
    }

    private static void Container(YamlWriter yaml, ContainerSpec container)
    {
        yaml.BeginMapping()
            .Pair("name", container.Name.Value)
            .Pair("image", container.Image.Value);
        if (KubernetesSpelling.Of(container.PullPolicy) is { } pullPolicy)
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
                Protocol(yaml, port.Protocol);
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
            Quantities(yaml, "requests", container.Resources, limits: false);
            Quantities(yaml, "limits", container.Resources, limits: true);
            yaml.EndMapping();
        }
        yaml.EndMapping();
    }

    private static string Service(ResolvedWorkload workload, ResolvedService service)
    {
        var yaml = Header(service.File);
        Metadata(yaml, service.File, workload.Labels, EquatableArray<Label>.Empty);

        yaml.Key("spec").BeginMapping().Pair("type", KubernetesSpelling.Of(service.Type));
        Map(yaml.Key("selector"), workload.Selector);

        yaml.Key("ports").BeginSequence().BeginMapping();
        if (service.PortName is { } portName)
        {
            yaml.Pair("name", portName);
        }
        yaml.Pair("port", service.Port);
        if (service.TargetNumber is { } number)
        {
            yaml.Pair("targetPort", number);
        }
        else
        {
            yaml.Pair("targetPort", service.TargetName ?? string.Empty);
        }
        if (service.NodePort is { } nodePort)
        {
            yaml.Pair("nodePort", nodePort);
        }
        Protocol(yaml, service.Protocol);
        yaml.EndMapping().EndSequence();

        yaml.EndMapping();
        return yaml.EndMapping().Finish();
    }

    private static YamlWriter Header(ObjectFile file)
        => new YamlWriter().BeginMapping()
            .Pair("apiVersion", file.Kind.ApiVersion())
            .Pair("kind", file.Kind.Spelling());

    private static void Metadata(YamlWriter yaml, ObjectFile file, EquatableArray<Label> labels, EquatableArray<Label> annotations)
    {
        yaml.Key("metadata").BeginMapping().Pair("name", file.Name);
        if (file.Namespace is { } ns)
        {
            yaml.Pair("namespace", ns);
        }
        Map(yaml.Key("labels"), labels);
        if (!annotations.IsEmpty)
        {
            Map(yaml.Key("annotations"), annotations);
        }
        yaml.EndMapping();
    }

    /// <summary>TCP is Kubernetes' default and is left out.</summary>
    private static void Protocol(YamlWriter yaml, Protocol protocol)
    {
        if (protocol != Manifests.Protocol.Tcp)
        {
            yaml.Pair("protocol", KubernetesSpelling.Of(protocol));
        }
    }

    private static void Map(YamlWriter yaml, EquatableArray<Label> entries)
    {
        yaml.BeginMapping();
        foreach (var entry in entries)
        {
            yaml.String(entry.Key).String(entry.Value);
        }
        yaml.EndMapping();
    }

    private static void Map(YamlWriter yaml, EquatableArray<KeyValueSpec> entries)
    {
        yaml.BeginMapping();
        foreach (var entry in entries)
        {
            yaml.String(entry.Key.Value).String(entry.Value.Value);
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

    private static void Quantities(YamlWriter yaml, string key, EquatableArray<QuantitySpec> quantities, bool limits)
    {
        var any = false;
        foreach (var quantity in quantities)
        {
            if (quantity.IsLimit != limits)
            {
                continue;
            }
            if (!any)
            {
                yaml.Key(key).BeginMapping();
                any = true;
            }
            yaml.String(KubernetesSpelling.Of(quantity.Resource)).String(quantity.Quantity.Value);
        }
        if (any)
        {
            yaml.EndMapping();
        }
    }
}
