using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Manifests.Generators.Diagnostics;
using Manifests.Generators.Domain.Kubernetes;
using Manifests.Generators.Models;

namespace Manifests.Generators.Domain.Validation;

/// <summary>Containers: names, ports, environment, resources, and text YAML cannot carry.</summary>
internal static partial class WorkloadValidator
{
    private static void CheckContainers(ImmutableArray<ManifestProblem>.Builder problems, WorkloadSpec workload)
    {
        var containerNames = new HashSet<string>();
        var portNames = new HashSet<string>();
        var portNumbers = new HashSet<(int, Protocol)>();
        var podName = workload.Name.Value;

        foreach (var container in workload.Containers)
        {
            var name = container.Name;
            if (KubernetesGrammar.CheckDns1123Label(name.Value) is { } nameProblem)
            {
                // A name nobody wrote comes from the nested class's name (the workload's own container's is always valid).
                var descriptor = IsWritten(name) ? DiagnosticDescriptors.InvalidContainerName : DiagnosticDescriptors.InvalidClassDerivedContainerName;
                problems.Add(ManifestProblem.Create(descriptor, name.Source, name.Value, nameProblem).With(DiagnosticProperties.NameRule(NameRule.Dns1123Label)));
            }
            else if (!containerNames.Add(name.Value))
            {
                problems.Add(ManifestProblem.Create(DiagnosticDescriptors.DuplicateContainerName, name.Source, name.Value, podName));
            }

            CheckText(problems, container.Image, TextOwner.ImageOfContainer, name.Value);
            foreach (var part in container.Command)
            {
                CheckText(problems, part, TextOwner.CommandOfContainer, name.Value);
            }
            foreach (var part in container.Args)
            {
                CheckText(problems, part, TextOwner.CommandOfContainer, name.Value);
            }

            foreach (var port in container.Ports)
            {
                CheckPort(problems, port, portNumbers, portNames, podName);
            }
            CheckEnv(problems, container);
            CheckResources(problems, container);
        }
    }

    private static void CheckPort(ImmutableArray<ManifestProblem>.Builder problems, PortSpec port, HashSet<(int, Protocol)> numbers, HashSet<string> names, string podName)
    {
        if (!KubernetesGrammar.IsPortNumber(port.Number.Value))
        {
            problems.Add(ManifestProblem.Create(DiagnosticDescriptors.InvalidPortNumber, port.Number.Source, "Container port", Number(port.Number.Value)));
        }
        else if (!numbers.Add((port.Number.Value, port.Protocol)))
        {
            problems.Add(ManifestProblem.Create(DiagnosticDescriptors.DuplicatePortNumber, port.Number.Source,
                Number(port.Number.Value), KubernetesSpelling.Of(port.Protocol), podName));
        }
        if (port.Name is { } portName)
        {
            if (KubernetesGrammar.CheckPortName(portName.Value) is { } portNameProblem)
            {
                problems.Add(ManifestProblem.Create(DiagnosticDescriptors.InvalidPortName, portName.Source, portName.Value, portNameProblem).With(DiagnosticProperties.NameRule(NameRule.PortName)));
            }
            else if (!names.Add(portName.Value))
            {
                problems.Add(ManifestProblem.Create(DiagnosticDescriptors.DuplicatePortName, portName.Source, portName.Value, podName));
            }
        }
    }

    private static void CheckEnv(ImmutableArray<ManifestProblem>.Builder problems, ContainerSpec container)
    {
        var names = new HashSet<string>();
        foreach (var variable in container.Env)
        {
            var name = variable.Name;
            if (KubernetesGrammar.CheckEnvVarName(name.Value) is { } envProblem)
            {
                problems.Add(ManifestProblem.Create(DiagnosticDescriptors.InvalidEnvVar, name.Source, name.Value, container.Name.Value, envProblem));
            }
            else if (!names.Add(name.Value))
            {
                problems.Add(ManifestProblem.Create(DiagnosticDescriptors.DuplicateEnvVar, name.Source, name.Value, container.Name.Value));
            }
            if (variable.Value is { } value)
            {
                CheckText(problems, value, TextOwner.EnvironmentVariable, name.Value);
            }
        }
    }

    private static void CheckResources(ImmutableArray<ManifestProblem>.Builder problems, ContainerSpec container)
    {
        foreach (var resource in container.Resources)
        {
            var text = resource.Quantity.Value;
            var name = KubernetesSpelling.Of(resource.Resource);
            var role = resource.IsLimit ? "limit" : "request";
            if (!Quantity.TryParse(text, out var value))
            {
                problems.Add(ManifestProblem.Create(DiagnosticDescriptors.UnreadableQuantity, resource.Quantity.Source, name, role, text));
            }
            else if (value < 0)
            {
                problems.Add(ManifestProblem.Create(DiagnosticDescriptors.NegativeQuantity, resource.Quantity.Source, name, role, text));
            }
            else if (resource.IsLimit && Request(container, resource.Resource) is { } request && Quantity.IsBelow(value, request.Value))
            {
                problems.Add(ManifestProblem.Create(DiagnosticDescriptors.LimitBelowRequest, resource.Quantity.Source,
                    char.ToUpperInvariant(name[0]) + name.Substring(1), text, request.Text));
            }
        }
    }

    /// <summary>The valid request of <paramref name="resource"/> the container sets (the last, if it sets several).</summary>
    private static (double Value, string Text)? Request(ContainerSpec container, ResourceName resource)
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

    /// <summary>What a text belongs to, as KM120's message names it.</summary>
    private static class TextOwner
    {
        public const string ImageOfContainer = "Image of container";
        public const string CommandOfContainer = "Command line of container";
        public const string EnvironmentVariable = "Environment variable";
        public const string Annotation = "Annotation";
    }

    /// <summary>Reports text the YAML emitter cannot write: a lone surrogate has no UTF-8 encoding.</summary>
    /// <param name="owner">What the text belongs to (a <see cref="TextOwner"/>), and <paramref name="ownerName"/> its name.</param>
    public static void CheckText(ImmutableArray<ManifestProblem>.Builder problems, Sourced<string> text, string owner, string ownerName)
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
                problems.Add(ManifestProblem.Create(DiagnosticDescriptors.UnrepresentableText, text.Source,
                    owner, ownerName, ((int)value[i]).ToString("X4", CultureInfo.InvariantCulture)));
                return;
            }
        }
    }
}
