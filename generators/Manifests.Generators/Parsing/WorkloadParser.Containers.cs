using System.Collections.Generic;
using System.Threading;
using Manifests.Generators.Helpers;
using Manifests.Generators.Models;
using Microsoft.CodeAnalysis;

namespace Manifests.Generators.Parsing;

/// <summary>A container and the attributes beside it: ports, env, resources, mounts, probes, its security context.</summary>
internal static partial class WorkloadParser
{
    /// <summary>
    /// Reads the container that <paramref name="owner"/> describes: its [Container] (or, on a nested class,
    /// [InitContainer]) with the container attributes beside it. Records as misplaced what cannot apply: container
    /// attributes with no container, an init container on the workload class, and workload attributes on a nested class.
    /// </summary>
    private static ContainerSpec? ReadContainer(ParseContext context, INamedTypeSymbol owner, bool isNested, string defaultName, CancellationToken cancellationToken)
    {
        AttributeArguments? container = null;
        var parts = new ContainerParts();
        var containerOnly = new List<AttributeArguments>();

        for (var i = 0; i < context.Attributes.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!SymbolEqualityComparer.Default.Equals(context.Attributes[i].Owner, owner))
            {
                continue;
            }
            var arguments = context.Arguments(i);
            if (!arguments.IsUsable)
            {
                continue;
            }
            switch (arguments.Attribute.Scope())
            {
                case AttributeScope.ContainerDefinition when container is not null:
                    context.Misplace(Misplacement.SecondContainer, arguments.Attribute, owner.Name, string.Empty, arguments.Source);
                    break;
                case AttributeScope.ContainerDefinition when !isNested && arguments.Attribute == ContractAttribute.InitContainer:
                    context.Misplace(Misplacement.InitContainerOnWorkloadClass, arguments.Attribute, owner.Name, string.Empty, arguments.Source);
                    break;
                case AttributeScope.ContainerDefinition:
                    container = arguments;
                    break;
                case AttributeScope.Container:
                    ReadContainerAttribute(parts, arguments);
                    containerOnly.Add(arguments);
                    break;
                case AttributeScope.Environment:
                    ReadOverride(context, parts, arguments, owner.Name, isNested, containerOnly);
                    break;
                case AttributeScope.WorkloadKind or AttributeScope.Workload or AttributeScope.Metadata or AttributeScope.ConfigKind or AttributeScope.ConfigMapEntry when isNested:
                    context.Misplace(Misplacement.WorkloadAttributeOnContainerClass, arguments.Attribute, owner.Name, owner.ContainingType?.Name ?? string.Empty, arguments.Source);
                    break;
            }
        }

        if (container is not { } found)
        {
            var reason = isNested ? Misplacement.ContainerAttributeOnNestedClassWithoutContainer : Misplacement.ContainerAttributeOnWorkloadClassWithoutContainer;
            foreach (var orphan in containerOnly)
            {
                context.Misplace(reason, orphan.Attribute, owner.Name, string.Empty, orphan.Source);
            }
            return null;
        }

        var isInit = found.Attribute == ContractAttribute.InitContainer;
        if (isInit)
        {
            // Nothing reaches the ports of a container that runs to completion before the pod serves traffic, and the
            // kubelet probes only the containers that keep running.
            foreach (var port in parts.Ports)
            {
                context.Misplace(Misplacement.PortOnInitContainer, ContractAttribute.Port, owner.Name, string.Empty, port.Source);
            }
            foreach (var probe in parts.Probes)
            {
                context.Misplace(Misplacement.ProbeOnInitContainer, ProbeAttributeOf(probe.Kind), owner.Name, string.Empty, probe.Source);
            }
            parts.Ports.Clear();
            parts.Probes.Clear();
        }

        // ContainerAttribute and InitContainerAttribute share their properties' names.
        return new ContainerSpec(
            IsInit: isInit,
            Name: found.String(nameof(ContainerAttribute.Name)) ?? new Sourced<string>(defaultName, found.Source),
            Image: found.RequiredString(nameof(ContainerAttribute.Image)),
            PullPolicy: found.Enum<ImagePullPolicy>(nameof(ContainerAttribute.PullPolicy)),
            Command: found.Strings(nameof(ContainerAttribute.Command)),
            Args: found.Strings(nameof(ContainerAttribute.Args)),
            Ports: parts.Ports.ToEquatableArray(),
            Env: parts.Env.ToEquatableArray(),
            EnvFrom: parts.EnvFrom.ToEquatableArray(),
            Resources: parts.Resources.ToEquatableArray(),
            Mounts: parts.Mounts.ToEquatableArray(),
            Probes: parts.Probes.ToEquatableArray(),
            Security: parts.Security,
            Overrides: parts.Overrides.ToEquatableArray(),
            Source: found.Source);
    }

    /// <summary>What the attributes beside one container add up to.</summary>
    private sealed class ContainerParts
    {
        public List<PortSpec> Ports { get; } = [];

        public List<EnvSpec> Env { get; } = [];

        public List<EnvFromSpec> EnvFrom { get; } = [];

        public List<QuantitySpec> Resources { get; } = [];

        public List<MountSpec> Mounts { get; } = [];

        public List<ProbeSpec> Probes { get; } = [];

        public SecuritySpec? Security { get; set; }

        public List<ContainerOverrideSpec> Overrides { get; } = [];
    }

    /// <summary>
    /// An [Override]'s container part (tag, resources), for the container of its class; on a nested class its replica
    /// counts, which describe the whole workload, are misplaced. An [Override] that changes nothing of a container is
    /// not the container's: on the workload class it may only change replicas.
    /// </summary>
    private static void ReadOverride(ParseContext context, ContainerParts parts, AttributeArguments arguments, string className, bool isNested, List<AttributeArguments> containerOnly)
    {
        var resources = new List<QuantitySpec>();
        AddQuantity(resources, arguments, nameof(OverrideAttribute.CpuRequest), ResourceName.Cpu, isLimit: false);
        AddQuantity(resources, arguments, nameof(OverrideAttribute.MemoryRequest), ResourceName.Memory, isLimit: false);
        AddQuantity(resources, arguments, nameof(OverrideAttribute.CpuLimit), ResourceName.Cpu, isLimit: true);
        AddQuantity(resources, arguments, nameof(OverrideAttribute.MemoryLimit), ResourceName.Memory, isLimit: true);
        var tag = arguments.String(nameof(OverrideAttribute.Tag));
        if (isNested
            && (arguments.Int(nameof(OverrideAttribute.Replicas)) ?? arguments.Int(nameof(OverrideAttribute.MinReplicas)) ?? arguments.Int(nameof(OverrideAttribute.MaxReplicas))) is { } replicas)
        {
            context.Misplace(Misplacement.WorkloadAttributeOnContainerClass, arguments.Attribute, className, string.Empty, replicas.Source);
        }
        if (tag is null && resources.Count == 0)
        {
            return;
        }
        parts.Overrides.Add(new ContainerOverrideSpec(arguments.RequiredString(nameof(OverrideAttribute.Environment)), tag, resources.ToEquatableArray(), arguments.Source));
        containerOnly.Add(arguments);
    }

    private static void ReadContainerAttribute(ContainerParts parts, AttributeArguments arguments)
    {
        switch (arguments.Attribute)
        {
            case ContractAttribute.Port:
                parts.Ports.Add(new PortSpec(
                    arguments.Int(nameof(PortAttribute.ContainerPort)) ?? new Sourced<int>(0, arguments.Source),
                    arguments.String(nameof(PortAttribute.Name)),
                    arguments.Enum<Protocol>(nameof(PortAttribute.Protocol)),
                    arguments.Source));
                break;
            case ContractAttribute.Env:
                parts.Env.Add(ReadEnv(arguments));
                break;
            case ContractAttribute.EnvFrom:
                if (RequiredReference(arguments, nameof(EnvFromAttribute.Source)) is { } source)
                {
                    parts.EnvFrom.Add(new EnvFromSpec(
                        source,
                        arguments.String(nameof(EnvFromAttribute.Prefix)),
                        arguments.Bool(nameof(EnvFromAttribute.Optional))?.Value ?? false,
                        arguments.Source));
                }
                break;
            case ContractAttribute.Resources:
                ReadResources(parts.Resources, arguments);
                break;
            case ContractAttribute.Mount:
                parts.Mounts.Add(new MountSpec(
                    arguments.RequiredString(nameof(MountAttribute.Volume)),
                    arguments.RequiredString(nameof(MountAttribute.Path)),
                    arguments.Bool(nameof(MountAttribute.ReadOnly))?.Value ?? false,
                    arguments.String(nameof(MountAttribute.SubPath)),
                    arguments.Source));
                break;
            case ContractAttribute.ReadinessProbe or ContractAttribute.LivenessProbe or ContractAttribute.StartupProbe:
                parts.Probes.Add(ReadProbe(arguments));
                break;
            case ContractAttribute.SecurityContext:
                parts.Security = new SecuritySpec(
                    arguments.Bool(nameof(SecurityContextAttribute.RunAsNonRoot)),
                    arguments.Long(nameof(SecurityContextAttribute.RunAsUser)),
                    arguments.Long(nameof(SecurityContextAttribute.RunAsGroup)),
                    arguments.Bool(nameof(SecurityContextAttribute.ReadOnlyRootFilesystem)),
                    arguments.Bool(nameof(SecurityContextAttribute.AllowPrivilegeEscalation)),
                    arguments.Bool(nameof(SecurityContextAttribute.Privileged)),
                    arguments.Strings(nameof(SecurityContextAttribute.DropCapabilities)),
                    arguments.Strings(nameof(SecurityContextAttribute.AddCapabilities)),
                    arguments.Enum<SeccompProfile>(nameof(SecurityContextAttribute.Seccomp)),
                    arguments.Source);
                break;
        }
    }

    /// <summary>
    /// A literal variable, or one from a Secret or ConfigMap key (the variable's own name when no key is written). A
    /// variable with neither a value nor a reference (<c>[Env("X")]</c>) is left without a value for validation to
    /// explain (KM115); an explicit <c>null</c> value is an argument the attribute cannot take (KM121).
    /// </summary>
    private static EnvSpec ReadEnv(AttributeArguments arguments)
    {
        var secret = Reference(arguments, nameof(EnvAttribute.Secret));
        var configMap = Reference(arguments, nameof(EnvAttribute.ConfigMap));
        var reference = secret ?? configMap;
        return new EnvSpec(
            arguments.RequiredString(nameof(EnvAttribute.Name)),
            reference is null && arguments.Has(nameof(EnvAttribute.Value)) ? arguments.RequiredString(nameof(EnvAttribute.Value)) : arguments.String(nameof(EnvAttribute.Value)),
            reference,
            secret is null ? null : configMap,
            arguments.String(nameof(EnvAttribute.Key)),
            arguments.Bool(nameof(EnvAttribute.Optional))?.Value ?? false,
            arguments.Source,
            arguments.String(nameof(EnvAttribute.Environment)));
    }

    private static ProbeSpec ReadProbe(AttributeArguments arguments)
        => new(
            arguments.Attribute switch
            {
                ContractAttribute.LivenessProbe => ProbeKind.Liveness,
                ContractAttribute.StartupProbe => ProbeKind.Startup,
                _ => ProbeKind.Readiness,
            },
            arguments.String(nameof(ProbeAttribute.Path)),
            arguments.String(nameof(ProbeAttribute.Port)),
            arguments.Enum<ProbeScheme>(nameof(ProbeAttribute.Scheme)),
            arguments.String(nameof(ProbeAttribute.TcpPort)),
            arguments.Strings(nameof(ProbeAttribute.Exec)),
            arguments.Int(nameof(ProbeAttribute.GrpcPort)),
            arguments.String(nameof(ProbeAttribute.GrpcService)),
            new ProbeTiming(
                arguments.Int(nameof(ProbeAttribute.InitialDelaySeconds)),
                arguments.Int(nameof(ProbeAttribute.PeriodSeconds)),
                arguments.Int(nameof(ProbeAttribute.TimeoutSeconds)),
                arguments.Int(nameof(ProbeAttribute.SuccessThreshold)),
                arguments.Int(nameof(ProbeAttribute.FailureThreshold))),
            arguments.Source);

    private static ContractAttribute ProbeAttributeOf(ProbeKind kind) => kind switch
    {
        ProbeKind.Liveness => ContractAttribute.LivenessProbe,
        ProbeKind.Startup => ContractAttribute.StartupProbe,
        _ => ContractAttribute.ReadinessProbe,
    };

    private static void ReadResources(List<QuantitySpec> resources, AttributeArguments arguments)
    {
        AddQuantity(resources, arguments, nameof(ResourcesAttribute.CpuRequest), ResourceName.Cpu, isLimit: false);
        AddQuantity(resources, arguments, nameof(ResourcesAttribute.MemoryRequest), ResourceName.Memory, isLimit: false);
        AddQuantity(resources, arguments, nameof(ResourcesAttribute.EphemeralStorageRequest), ResourceName.EphemeralStorage, isLimit: false);
        AddQuantity(resources, arguments, nameof(ResourcesAttribute.CpuLimit), ResourceName.Cpu, isLimit: true);
        AddQuantity(resources, arguments, nameof(ResourcesAttribute.MemoryLimit), ResourceName.Memory, isLimit: true);
        AddQuantity(resources, arguments, nameof(ResourcesAttribute.EphemeralStorageLimit), ResourceName.EphemeralStorage, isLimit: true);
    }

    private static void AddQuantity(List<QuantitySpec> resources, AttributeArguments arguments, string property, ResourceName resource, bool isLimit)
    {
        if (arguments.String(property) is { } quantity)
        {
            resources.Add(new QuantitySpec(resource, isLimit, quantity));
        }
    }
}
