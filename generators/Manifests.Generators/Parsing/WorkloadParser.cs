using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Manifests.Generators.Domain.Kubernetes;
using Manifests.Generators.Helpers;
using Manifests.Generators.Models;
using Microsoft.CodeAnalysis;

namespace Manifests.Generators.Parsing;

/// <summary>
/// Symbols to model: reads a workload class and its nested container classes into a <see cref="WorkloadSpec"/>.
/// It records what the user wrote and where; it judges nothing (that is <see cref="Validation.WorkloadValidator"/>'s job),
/// except for attributes that sit where they cannot apply.
/// </summary>
internal static class WorkloadParser
{
    /// <summary>Parses <paramref name="workload"/>; null when the class carries no usable workload attribute.</summary>
    public static WorkloadSpec? Parse(INamedTypeSymbol workload, CancellationToken cancellationToken)
        => Parse(workload, WorkloadAttributes.Collect(workload), cancellationToken);

    /// <summary>Parses <paramref name="workload"/> from its already collected <paramref name="attributes"/>.</summary>
    public static WorkloadSpec? Parse(INamedTypeSymbol workload, ImmutableArray<OwnedAttribute> attributes, CancellationToken cancellationToken)
    {
        var misplaced = new List<MisplacedAttribute>();
        var kindIndex = -1;
        var kind = WorkloadKind.Deployment;
        for (var i = 0; i < attributes.Length; i++)
        {
            var attribute = attributes[i];
            if (attribute.Kind is not (KnownAttribute.Deployment or KnownAttribute.ReplicaSet) || attribute.IsNested)
            {
                continue;
            }
            if (kindIndex < 0)
            {
                kindIndex = i;
                kind = attribute.Kind == KnownAttribute.Deployment ? WorkloadKind.Deployment : WorkloadKind.ReplicaSet;
            }
            else
            {
                misplaced.Add(new MisplacedAttribute(
                    attribute.Kind.ToString(),
                    $"'{workload.Name}' is already a {kind}; a class describes one workload, so remove one of the two",
                    SourceRef.Attribute(i)));
            }
        }
        if (kindIndex < 0)
        {
            return null;
        }

        var workloadArguments = new AttributeArguments(attributes[kindIndex].Data, kindIndex);
        var name = workloadArguments.String("Name") ?? new Sourced<string>(KebabCase.From(workload.Name), workloadArguments.Source);
        var replicas = workloadArguments.Int("Replicas") ?? new Sourced<int>(1, workloadArguments.Source);

        var labels = new List<KeyValueSpec>();
        var annotations = new List<KeyValueSpec>();
        var nodeSelector = new List<KeyValueSpec>();
        var tolerations = new List<TolerationSpec>();
        ServiceSpec? service = null;
        var containers = new List<ContainerSpec>();

        // The workload class: its own pod-level attributes, and perhaps the main container.
        // The workload class's own container and its Service are named after the workload, as a DNS label ("shop.web" -> "shop-web").
        var derivedName = KubernetesNames.ToLabel(name.Value);
        var classContainer = ReadContainer(attributes, owner: workload, isNested: false, defaultName: derivedName, misplaced, cancellationToken);
        if (classContainer is not null)
        {
            containers.Add(classContainer);
        }

        for (var i = 0; i < attributes.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var attribute = attributes[i];
            if (attribute.IsNested)
            {
                continue;
            }
            var arguments = new AttributeArguments(attribute.Data, i);
            if (!arguments.IsUsable)
            {
                continue;
            }
            switch (attribute.Kind)
            {
                case KnownAttribute.Label:
                    labels.Add(new KeyValueSpec(arguments.Positional(0), arguments.Positional(1)));
                    break;
                case KnownAttribute.Annotation:
                    annotations.Add(new KeyValueSpec(arguments.Positional(0), arguments.Positional(1)));
                    break;
                case KnownAttribute.NodeSelector:
                    nodeSelector.Add(new KeyValueSpec(arguments.Positional(0), arguments.Positional(1)));
                    break;
                case KnownAttribute.Toleration:
                    tolerations.Add(ReadToleration(arguments));
                    break;
                case KnownAttribute.Service:
                    service = ReadService(arguments, derivedName);
                    break;
                case KnownAttribute.ManifestDefaults:
                    break;
            }
        }

        // Nested classes: each with [Container] or [InitContainer] is one more container of the pod.
        INamedTypeSymbol? previousOwner = null;
        for (var i = 0; i < attributes.Length; i++)
        {
            var attribute = attributes[i];
            if (!attribute.IsNested || SymbolEqualityComparer.Default.Equals(attribute.Owner, previousOwner))
            {
                continue;
            }
            previousOwner = attribute.Owner;
            var container = ReadContainer(attributes, attribute.Owner, isNested: true, KebabCase.From(attribute.Owner.Name), misplaced, cancellationToken);
            if (container is not null)
            {
                containers.Add(container);
            }
        }

        return new WorkloadSpec(
            ClassName: workload.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
            Kind: kind,
            KindSource: workloadArguments.Source,
            Name: name,
            Namespace: workloadArguments.String("Namespace"),
            Replicas: replicas,
            Containers: containers.ToEquatableArray(),
            Labels: labels.ToEquatableArray(),
            Annotations: annotations.ToEquatableArray(),
            NodeSelector: nodeSelector.ToEquatableArray(),
            Tolerations: tolerations.ToEquatableArray(),
            Service: service,
            Misplaced: misplaced.ToEquatableArray());
    }

    /// <summary>
    /// Reads the container that <paramref name="owner"/> describes: its [Container] (or, on a nested class,
    /// [InitContainer]) with the [Port], [Env] and [Resources] beside it. Records as misplaced what cannot apply:
    /// container attributes with no container, an init container on the workload class, and workload attributes on a
    /// nested class.
    /// </summary>
    private static ContainerSpec? ReadContainer(
        ImmutableArray<OwnedAttribute> attributes,
        INamedTypeSymbol owner,
        bool isNested,
        string defaultName,
        List<MisplacedAttribute> misplaced,
        CancellationToken cancellationToken)
    {
        AttributeArguments? container = null;
        var isInit = false;
        var ports = new List<PortSpec>();
        var env = new List<KeyValueSpec>();
        var resources = new List<QuantitySpec>();
        var containerOnly = new List<(KnownAttribute Kind, SourceRef Source)>();

        for (var i = 0; i < attributes.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var attribute = attributes[i];
            if (!SymbolEqualityComparer.Default.Equals(attribute.Owner, owner))
            {
                continue;
            }
            var arguments = new AttributeArguments(attribute.Data, i);
            if (!arguments.IsUsable)
            {
                continue;
            }
            switch (attribute.Kind)
            {
                case KnownAttribute.Container or KnownAttribute.InitContainer when container is not null:
                    misplaced.Add(new MisplacedAttribute(attribute.Kind.ToString(),
                        $"'{owner.Name}' already describes a container; one class describes one container, so move this one to a nested class of its own",
                        arguments.Source));
                    break;
                case KnownAttribute.InitContainer when !isNested:
                    misplaced.Add(new MisplacedAttribute(attribute.Kind.ToString(),
                        $"the workload class's own attributes describe its main container, so put [InitContainer] on a nested class of '{owner.Name}'",
                        arguments.Source));
                    break;
                case KnownAttribute.Container or KnownAttribute.InitContainer:
                    container = arguments;
                    isInit = attribute.Kind == KnownAttribute.InitContainer;
                    break;
                case KnownAttribute.Port:
                    ports.Add(new PortSpec(arguments.PositionalInt(0), arguments.String("Name"), ProtocolName(arguments.Enum("Protocol")), arguments.Source));
                    containerOnly.Add((attribute.Kind, arguments.Source));
                    break;
                case KnownAttribute.Env:
                    env.Add(new KeyValueSpec(arguments.Positional(0), arguments.Positional(1)));
                    containerOnly.Add((attribute.Kind, arguments.Source));
                    break;
                case KnownAttribute.Resources:
                    AddQuantity(resources, arguments, "CpuRequest", "cpu", isLimit: false);
                    AddQuantity(resources, arguments, "MemoryRequest", "memory", isLimit: false);
                    AddQuantity(resources, arguments, "EphemeralStorageRequest", "ephemeral-storage", isLimit: false);
                    AddQuantity(resources, arguments, "CpuLimit", "cpu", isLimit: true);
                    AddQuantity(resources, arguments, "MemoryLimit", "memory", isLimit: true);
                    AddQuantity(resources, arguments, "EphemeralStorageLimit", "ephemeral-storage", isLimit: true);
                    containerOnly.Add((attribute.Kind, arguments.Source));
                    break;
                case KnownAttribute.Deployment or KnownAttribute.ReplicaSet or KnownAttribute.Service
                    or KnownAttribute.Label or KnownAttribute.Annotation or KnownAttribute.NodeSelector
                    or KnownAttribute.Toleration when isNested:
                    misplaced.Add(new MisplacedAttribute(
                        attribute.Kind.ToString(),
                        $"'{owner.Name}' is a container class; [{attribute.Kind}] describes the whole workload, so move it to the workload class '{owner.ContainingType?.Name}'",
                        arguments.Source));
                    break;
            }
        }

        if (container is not { } found)
        {
            foreach (var (kind, source) in containerOnly)
            {
                var advice = isNested
                    ? $"the nested class '{owner.Name}' has no [Container], so add [Container(\"registry/image:tag\")] to it"
                    : $"'{owner.Name}' has no [Container] of its own, so add one or move [{kind}] to the nested container class it belongs to";
                misplaced.Add(new MisplacedAttribute(kind.ToString(), advice, source));
            }
            return null;
        }

        if (isInit)
        {
            foreach (var port in ports)
            {
                misplaced.Add(new MisplacedAttribute("Port",
                    $"'{owner.Name}' is an init container, which runs to completion before the pod serves traffic, so nothing reaches its ports: remove [Port]",
                    port.Source));
            }
            ports.Clear();
        }

        return new ContainerSpec(
            IsInit: isInit,
            Name: found.String("Name") ?? new Sourced<string>(defaultName, found.Source),
            Image: found.Positional(0),
            PullPolicy: PullPolicyName(found.Enum("PullPolicy")),
            Command: found.Strings("Command"),
            Args: found.Strings("Args"),
            Ports: ports.ToEquatableArray(),
            Env: env.ToEquatableArray(),
            Resources: resources.ToEquatableArray(),
            Source: found.Source);
    }

    private static TolerationSpec ReadToleration(AttributeArguments arguments)
        => new(
            Key: arguments.Positional(0),
            Value: arguments.String("Value"),
            Effect: EffectName(arguments.Enum("Effect")),
            Seconds: arguments.Long("TolerationSeconds"),
            Source: arguments.Source);

    private static ServiceSpec ReadService(AttributeArguments arguments, string workloadName)
        => new(
            Name: arguments.String("Name") ?? new Sourced<string>(workloadName, arguments.Source),
            Port: arguments.Int("Port") ?? new Sourced<int>(0, arguments.Source),
            TargetPort: arguments.String("TargetPort"),
            PortName: arguments.String("PortName"),
            Type: ServiceTypeName(arguments.Enum("Type")),
            // NodePort = 0 is Kubernetes' "let the cluster choose", the same as leaving it out.
            NodePort: arguments.Int("NodePort") is { Value: not 0 } nodePort ? nodePort : null,
            Protocol: ProtocolName(arguments.Enum("Protocol")),
            Source: arguments.Source);

    private static void AddQuantity(List<QuantitySpec> resources, AttributeArguments arguments, string property, string resource, bool isLimit)
    {
        if (arguments.String(property) is { } quantity)
        {
            resources.Add(new QuantitySpec(resource, isLimit, quantity));
        }
    }

    // The enums' underlying values, as declared in the Manifests attributes assembly, mapped to Kubernetes' spellings.
    private static string ProtocolName(int value) => value switch { 1 => "UDP", 2 => "SCTP", _ => "TCP" };

    private static string? EffectName(int value) => value switch { 1 => "NoSchedule", 2 => "PreferNoSchedule", 3 => "NoExecute", _ => null };

    private static string ServiceTypeName(int value) => value switch { 1 => "NodePort", 2 => "LoadBalancer", _ => "ClusterIP" };

    private static string? PullPolicyName(int value) => value switch { 1 => "Always", 2 => "IfNotPresent", 3 => "Never", _ => null };
}
