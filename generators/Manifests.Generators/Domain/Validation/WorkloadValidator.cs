using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Manifests.Generators.Diagnostics;
using Manifests.Generators.Domain.Kubernetes;
using Manifests.Generators.Models;
using Manifests.Generators.Resolution;

namespace Manifests.Generators.Domain.Validation;

/// <summary>
/// The rules one workload must meet to be valid Kubernetes (KM1xx) and to be coherent with its own Service (KM402).
/// A pure function of the model: the generator calls it to decide what to emit, the analyzers to report.
/// </summary>
internal static class WorkloadValidator
{
    /// <summary>The label Manifests selects a workload's pods by; users may not set it themselves.</summary>
    public const string SelectorLabel = "app.kubernetes.io/name";

    /// <summary>The label <c>ManifestDefaults.PartOf</c> sets.</summary>
    public const string PartOfLabel = "app.kubernetes.io/part-of";

    public static ImmutableArray<ManifestProblem> Validate(WorkloadSpec workload)
    {
        var problems = ImmutableArray.CreateBuilder<ManifestProblem>();
        var kind = workload.Kind.ToString();

        CheckName(problems, kind, workload.Name, KubernetesGrammar.CheckDns1123Subdomain, "the name comes from the class name: set Name on the attribute");
        if (workload.Namespace is { } ns && KubernetesGrammar.CheckDns1123Label(ns.Value) is { } nsProblem)
        {
            problems.Add(ManifestProblem.Create(DiagnosticIds.InvalidNamespace, ns.Source, ns.Value, nsProblem));
        }
        if (workload.Replicas.Value < 0)
        {
            problems.Add(ManifestProblem.Create(DiagnosticIds.InvalidReplicas, workload.Replicas.Source, workload.Replicas.Value.ToString(CultureInfo.InvariantCulture)));
        }
        foreach (var misplaced in workload.Misplaced)
        {
            problems.Add(ManifestProblem.Create(DiagnosticIds.MisplacedAttribute, misplaced.Source, misplaced.AttributeName, misplaced.Advice));
        }

        CheckLabels(problems, workload.Labels, workload.ClassName);
        CheckAnnotations(problems, workload.Annotations);
        foreach (var entry in workload.NodeSelector)
        {
            CheckKeyValue(problems, "Node selector", entry);
        }
        foreach (var toleration in workload.Tolerations)
        {
            CheckToleration(problems, toleration);
        }

        if (!workload.Containers.Any(c => !c.IsInit))
        {
            problems.Add(ManifestProblem.Create(DiagnosticIds.NoContainer, workload.KindSource, kind, workload.Name.Value));
        }
        CheckContainers(problems, workload);

        if (workload.Service is { } service)
        {
            CheckService(problems, workload, service);
        }
        return problems.ToImmutable();
    }

    /// <summary>The assembly-wide defaults: namespace, part-of and common labels.</summary>
    public static ImmutableArray<ManifestProblem> ValidateDefaults(ManifestDefaults defaults)
    {
        var problems = ImmutableArray.CreateBuilder<ManifestProblem>();
        if (defaults.Namespace is { } ns && KubernetesGrammar.CheckDns1123Label(ns) is { } nsProblem)
        {
            problems.Add(ManifestProblem.Create(DiagnosticIds.InvalidNamespace, defaults.NamespaceSource, ns, nsProblem));
        }
        if (defaults.PartOf is { } partOf && KubernetesGrammar.CheckLabelValue(partOf) is { } partOfProblem)
        {
            problems.Add(ManifestProblem.Create(DiagnosticIds.InvalidLabelValue, defaults.PartOfSource, "Label", partOf, PartOfLabel, partOfProblem));
        }
        CheckLabels(problems, defaults.CommonLabels, className: null);
        return problems.ToImmutable();
    }

    /// <param name="defaultedHint">Where a name nobody wrote came from and how to choose another.</param>
    private static void CheckName(ImmutableArray<ManifestProblem>.Builder problems, string kind, Sourced<string> name, System.Func<string, string?> rule, string defaultedHint)
    {
        if (rule(name.Value) is { } reason)
        {
            var hint = name.Source.Argument is null ? $" ({defaultedHint})" : string.Empty;
            problems.Add(ManifestProblem.Create(DiagnosticIds.InvalidObjectName, name.Source, kind, name.Value, reason + hint));
        }
    }

    /// <param name="className">The class the labels are on; null for the assembly's common labels.</param>
    private static void CheckLabels(ImmutableArray<ManifestProblem>.Builder problems, IEnumerable<KeyValueSpec> labels, string? className)
    {
        var seen = new HashSet<string>();
        foreach (var label in labels)
        {
            CheckKeyValue(problems, "Label", label);
            if (label.Key.Value == SelectorLabel)
            {
                problems.Add(ManifestProblem.Create(DiagnosticIds.LabelConflict, label.Key.Source, label.Key.Value,
                    "is reserved: Manifests sets it to the workload name to select the workload's pods, so remove it (set the workload's Name instead)"));
            }
            else if (!seen.Add(label.Key.Value))
            {
                var owner = className is null ? "the assembly" : $"'{ShortName(className)}'";
                problems.Add(ManifestProblem.Create(DiagnosticIds.LabelConflict, label.Key.Source, label.Key.Value,
                    $"is set twice on {owner}: keep one"));
            }
        }
    }

    private static void CheckAnnotations(ImmutableArray<ManifestProblem>.Builder problems, IEnumerable<KeyValueSpec> annotations)
    {
        var seen = new HashSet<string>();
        foreach (var annotation in annotations)
        {
            if (KubernetesGrammar.CheckQualifiedName(annotation.Key.Value) is { } keyProblem)
            {
                problems.Add(ManifestProblem.Create(DiagnosticIds.InvalidKey, annotation.Key.Source, "Annotation", annotation.Key.Value, keyProblem));
            }
            else if (!seen.Add(annotation.Key.Value))
            {
                problems.Add(ManifestProblem.Create(DiagnosticIds.InvalidKey, annotation.Key.Source, "Annotation", annotation.Key.Value, "it is set twice: keep one"));
            }
            CheckText(problems, annotation.Value, "Annotation '{0}'", annotation.Key.Value);
        }
    }

    private static void CheckKeyValue(ImmutableArray<ManifestProblem>.Builder problems, string what, KeyValueSpec entry)
    {
        if (KubernetesGrammar.CheckQualifiedName(entry.Key.Value) is { } keyProblem)
        {
            problems.Add(ManifestProblem.Create(DiagnosticIds.InvalidKey, entry.Key.Source, what, entry.Key.Value, keyProblem));
        }
        if (KubernetesGrammar.CheckLabelValue(entry.Value.Value) is { } valueProblem)
        {
            problems.Add(ManifestProblem.Create(DiagnosticIds.InvalidLabelValue, entry.Value.Source, what, entry.Value.Value, entry.Key.Value, valueProblem));
        }
    }

    private static void CheckToleration(ImmutableArray<ManifestProblem>.Builder problems, TolerationSpec toleration)
    {
        var key = toleration.Key;
        if (key.Value.Length == 0)
        {
            if (toleration.Value is { } value)
            {
                problems.Add(ManifestProblem.Create(DiagnosticIds.InvalidToleration, value.Source, key.Value,
                    "a toleration with an empty key tolerates every taint and cannot match a value: remove Value, or set the key"));
            }
        }
        else if (KubernetesGrammar.CheckQualifiedName(key.Value) is { } keyProblem)
        {
            problems.Add(ManifestProblem.Create(DiagnosticIds.InvalidToleration, key.Source, key.Value, "the key " + keyProblem));
        }

        if (toleration.Value is { } tolerated && KubernetesGrammar.CheckLabelValue(tolerated.Value) is { } valueProblem)
        {
            problems.Add(ManifestProblem.Create(DiagnosticIds.InvalidToleration, tolerated.Source, key.Value, $"the value '{tolerated.Value}' is not a valid label value: {valueProblem}"));
        }
        if (toleration.Seconds is { } seconds && toleration.Effect != "NoExecute")
        {
            problems.Add(ManifestProblem.Create(DiagnosticIds.InvalidToleration, seconds.Source, key.Value,
                "TolerationSeconds applies only to NoExecute taints: set Effect = TaintEffect.NoExecute, or remove TolerationSeconds"));
        }
    }

    private static void CheckContainers(ImmutableArray<ManifestProblem>.Builder problems, WorkloadSpec workload)
    {
        var containerNames = new HashSet<string>();
        var portNames = new HashSet<string>();
        var portNumbers = new HashSet<(int, string)>();
        var podName = workload.Name.Value;

        foreach (var container in workload.Containers)
        {
            var name = container.Name;
            if (KubernetesGrammar.CheckDns1123Label(name.Value) is { } nameProblem)
            {
                // A name nobody wrote comes from the nested class's name (the workload's own container's is always valid).
                var hint = name.Source.Argument is null ? " (the name comes from the class name: set Name on [Container])" : string.Empty;
                problems.Add(ManifestProblem.Create(DiagnosticIds.InvalidContainerName, name.Source, name.Value, nameProblem + hint));
            }
            else if (!containerNames.Add(name.Value))
            {
                problems.Add(ManifestProblem.Create(DiagnosticIds.DuplicateContainerName, name.Source, name.Value, podName));
            }

            CheckText(problems, container.Image, "Image of container '{0}'", name.Value);
            foreach (var part in container.Command)
            {
                CheckText(problems, part, "Command line of container '{0}'", name.Value);
            }
            foreach (var part in container.Args)
            {
                CheckText(problems, part, "Command line of container '{0}'", name.Value);
            }

            foreach (var port in container.Ports)
            {
                if (!KubernetesGrammar.IsPortNumber(port.Number.Value))
                {
                    problems.Add(ManifestProblem.Create(DiagnosticIds.InvalidPortNumber, port.Number.Source, "Container port", port.Number.Value.ToString(CultureInfo.InvariantCulture)));
                }
                else if (!portNumbers.Add((port.Number.Value, port.Protocol)))
                {
                    problems.Add(ManifestProblem.Create(DiagnosticIds.DuplicatePort, port.Number.Source,
                        $"Port {port.Number.Value.ToString(CultureInfo.InvariantCulture)}/{port.Protocol} (containers of a pod share one network)", podName));
                }
                if (port.Name is { } portName)
                {
                    if (KubernetesGrammar.CheckPortName(portName.Value) is { } portNameProblem)
                    {
                        problems.Add(ManifestProblem.Create(DiagnosticIds.InvalidPortName, portName.Source, portName.Value, portNameProblem));
                    }
                    else if (!portNames.Add(portName.Value))
                    {
                        problems.Add(ManifestProblem.Create(DiagnosticIds.DuplicatePort, portName.Source, $"Port name '{portName.Value}'", podName));
                    }
                }
            }

            var envNames = new HashSet<string>();
            foreach (var variable in container.Env)
            {
                if (KubernetesGrammar.CheckEnvVarName(variable.Key.Value) is { } envProblem)
                {
                    problems.Add(ManifestProblem.Create(DiagnosticIds.InvalidEnvVar, variable.Key.Source, variable.Key.Value, name.Value, envProblem));
                }
                else if (!envNames.Add(variable.Key.Value))
                {
                    problems.Add(ManifestProblem.Create(DiagnosticIds.InvalidEnvVar, variable.Key.Source, variable.Key.Value, name.Value, "it is set twice: keep one"));
                }
                CheckText(problems, variable.Value, "Environment variable '{0}'", variable.Key.Value);
            }

            CheckResources(problems, container);
        }
    }

    private static void CheckResources(ImmutableArray<ManifestProblem>.Builder problems, ContainerSpec container)
    {
        foreach (var resource in container.Resources)
        {
            var text = resource.Quantity.Value;
            if (!Quantity.TryParse(text, out var value))
            {
                problems.Add(ManifestProblem.Create(DiagnosticIds.InvalidQuantity, resource.Quantity.Source, Describe(resource), text,
                    "write a number with an optional suffix, such as 250m or 0.5 (cpu), 128Mi or 1Gi (memory), or 1e3"));
            }
            else if (value < 0)
            {
                problems.Add(ManifestProblem.Create(DiagnosticIds.InvalidQuantity, resource.Quantity.Source, Describe(resource), text, "must be greater than or equal to 0"));
            }
            else if (resource.IsLimit && Request(container, resource.Resource) is { } request && Quantity.IsBelow(value, request.Value))
            {
                problems.Add(ManifestProblem.Create(DiagnosticIds.LimitBelowRequest, resource.Quantity.Source, Capitalize(resource.Resource), text, request.Text));
            }
        }

        static string Describe(QuantitySpec resource) => $"{resource.Resource} {(resource.IsLimit ? "limit" : "request")}";
    }

    /// <summary>The valid request of <paramref name="resource"/> the container sets (the last, if it sets several).</summary>
    private static (double Value, string Text)? Request(ContainerSpec container, string resource)
    {
        (double, string)? request = null;
        foreach (var candidate in container.Resources)
        {
            if (!candidate.IsLimit && candidate.Resource == resource && Quantity.TryParse(candidate.Quantity.Value, out var value) && value >= 0)
            {
                request = (value, candidate.Quantity.Value);
            }
        }
        return request;
    }

    private static void CheckService(ImmutableArray<ManifestProblem>.Builder problems, WorkloadSpec workload, ServiceSpec service)
    {
        CheckName(problems, "Service", service.Name, KubernetesGrammar.CheckDns1035Label, "the Service is named after the workload: set Name on [Service]");
        var serviceName = service.Name.Value;

        if (service.Port.Value == 0 && service.Port.Source.Argument is null)
        {
            problems.Add(ManifestProblem.Create(DiagnosticIds.InvalidServicePort, service.Port.Source, serviceName,
                "has no port: set Port to the port clients connect to, for example [Service(Port = 80)]"));
        }
        else if (!KubernetesGrammar.IsPortNumber(service.Port.Value))
        {
            problems.Add(ManifestProblem.Create(DiagnosticIds.InvalidPortNumber, service.Port.Source, "Service port", service.Port.Value.ToString(CultureInfo.InvariantCulture)));
        }

        if (service.NodePort is { } nodePort)
        {
            if (service.Type == "ClusterIP")
            {
                problems.Add(ManifestProblem.Create(DiagnosticIds.InvalidServicePort, nodePort.Source, serviceName,
                    "sets NodePort but its Type is ClusterIP: set Type = ServiceType.NodePort (or LoadBalancer), or remove NodePort"));
            }
            else if (!KubernetesGrammar.IsPortNumber(nodePort.Value))
            {
                problems.Add(ManifestProblem.Create(DiagnosticIds.InvalidPortNumber, nodePort.Source, "Node port", nodePort.Value.ToString(CultureInfo.InvariantCulture)));
            }
        }

        if (service.PortName is { } portName && KubernetesGrammar.CheckPortName(portName.Value) is { } portNameProblem)
        {
            problems.Add(ManifestProblem.Create(DiagnosticIds.InvalidPortName, portName.Source, portName.Value, portNameProblem));
        }

        var target = ServiceTarget.Resolve(workload, service);
        if (target.Number is { } number)
        {
            if (!KubernetesGrammar.IsPortNumber(number))
            {
                // Only a target the user wrote: a defaulted one is the Service port or the only container port,
                // and each of those is reported where it was written.
                if (service.TargetPort is not null)
                {
                    problems.Add(ManifestProblem.Create(DiagnosticIds.InvalidPortNumber, target.Source, "Target port", target.Text));
                }
                return;
            }
        }
        else if (KubernetesGrammar.CheckPortName(target.Text) is { } targetProblem)
        {
            problems.Add(ManifestProblem.Create(DiagnosticIds.InvalidPortName, target.Source, target.Text, targetProblem));
            return;
        }
        if (ExposedPort(workload, target, service.Protocol) is not null)
        {
            return;
        }

        // The port may be there under another protocol: listing the pod's ports would not show the user why it does not count.
        var exposed = workload.Containers.Where(c => !c.IsInit).SelectMany(c => c.Ports).ToList();
        var otherProtocol = ExposedPort(workload, target, protocol: null);
        var advice = otherProtocol is not null
            ? $"port '{target.Text}' is {otherProtocol.Protocol} but the Service is {service.Protocol}, so set Protocol = Protocol.{otherProtocol.Protocol.Substring(0, 1)}{otherProtocol.Protocol.Substring(1).ToLowerInvariant()} on [Service]"
            : exposed.Count == 0
            ? "declare the port with [Port(...)] on the container that listens on it"
            : "the pod exposes " + string.Join(", ", exposed.Select(Describe)) + "; target one of them or declare the port with [Port(...)]";
        problems.Add(ManifestProblem.Create(DiagnosticIds.TargetPortNotExposed, target.Source, serviceName, target.Text, workload.Name.Value, advice));
    }

    /// <summary>The first port of a (non-init) container that <paramref name="target"/> names, of <paramref name="protocol"/> unless that is null.</summary>
    private static PortSpec? ExposedPort(WorkloadSpec workload, ServiceTarget target, string? protocol)
    {
        foreach (var container in workload.Containers)
        {
            if (container.IsInit)
            {
                continue;
            }
            foreach (var port in container.Ports)
            {
                var named = target.Number is { } number ? port.Number.Value == number : port.Name?.Value == target.Text;
                if (named && (protocol is null || port.Protocol == protocol))
                {
                    return port;
                }
            }
        }
        return null;
    }

    /// <summary>Reports text the YAML emitter cannot write: a lone surrogate has no UTF-8 encoding.</summary>
    /// <param name="what">What the text is, a format with the owner's name as {0}: formatted only for a problem.</param>
    private static void CheckText(ImmutableArray<ManifestProblem>.Builder problems, Sourced<string> text, string what, string owner)
    {
        var value = text.Value;
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
                continue;
            }
            if (char.IsSurrogate(value[i]))
            {
                problems.Add(ManifestProblem.Create(DiagnosticIds.UnrepresentableText, text.Source, string.Format(CultureInfo.InvariantCulture, what, owner), ((int)value[i]).ToString("X4", CultureInfo.InvariantCulture)));
                return;
            }
        }
    }

    private static string Describe(PortSpec port)
    {
        var number = port.Number.Value.ToString(CultureInfo.InvariantCulture);
        var protocol = port.Protocol == "TCP" ? string.Empty : "/" + port.Protocol;
        return port.Name is { } name ? $"{number}{protocol} ('{name.Value}')" : number + protocol;
    }

    private static string Capitalize(string text) => char.ToUpperInvariant(text[0]) + text.Substring(1);

    private static string ShortName(string className)
    {
        var dot = className.LastIndexOf('.');
        return dot < 0 ? className.Replace("global::", string.Empty) : className.Substring(dot + 1);
    }
}
