using System.Collections.Generic;
using System.Threading;
using Manifests.Generators.Helpers;
using Manifests.Generators.Models;
using Microsoft.CodeAnalysis;

namespace Manifests.Generators.Parsing;

internal static partial class WorkloadParser
{
    /// <summary>
    /// Reads the container that <paramref name="owner"/> describes: its [Container] (or, on a nested class,
    /// [InitContainer]) with the [Port], [Env] and [Resources] beside it. Records as misplaced what cannot apply:
    /// container attributes with no container, an init container on the workload class, and workload attributes on a
    /// nested class.
    /// </summary>
    private static ContainerSpec? ReadContainer(ParseContext context, INamedTypeSymbol owner, bool isNested, string defaultName, CancellationToken cancellationToken)
    {
        AttributeArguments? container = null;
        var ports = new List<PortSpec>();
        var env = new List<KeyValueSpec>();
        var resources = new List<QuantitySpec>();
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
            switch (arguments.Attribute)
            {
                case ContractAttribute.Container or ContractAttribute.InitContainer when container is not null:
                    context.Misplace(Misplacement.SecondContainer, arguments.Attribute, owner.Name, string.Empty, arguments.Source);
                    break;
                case ContractAttribute.InitContainer when !isNested:
                    context.Misplace(Misplacement.InitContainerOnWorkloadClass, arguments.Attribute, owner.Name, string.Empty, arguments.Source);
                    break;
                case ContractAttribute.Container or ContractAttribute.InitContainer:
                    container = arguments;
                    break;
                case ContractAttribute.Port:
                    ports.Add(new PortSpec(
                        arguments.Int(nameof(PortAttribute.ContainerPort)) ?? new Sourced<int>(0, arguments.Source),
                        arguments.String(nameof(PortAttribute.Name)),
                        arguments.Enum<Protocol>(nameof(PortAttribute.Protocol)),
                        arguments.Source));
                    containerOnly.Add(arguments);
                    break;
                case ContractAttribute.Env:
                    env.Add(KeyValue(arguments, nameof(EnvAttribute.Name), nameof(EnvAttribute.Value)));
                    containerOnly.Add(arguments);
                    break;
                case ContractAttribute.Resources:
                    ReadResources(resources, arguments);
                    containerOnly.Add(arguments);
                    break;
                case ContractAttribute.Deployment or ContractAttribute.ReplicaSet or ContractAttribute.Service
                    or ContractAttribute.Label or ContractAttribute.Annotation or ContractAttribute.NodeSelector
                    or ContractAttribute.Toleration when isNested:
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
            // Nothing reaches the ports of a container that runs to completion before the pod serves traffic.
            foreach (var port in ports)
            {
                context.Misplace(Misplacement.PortOnInitContainer, ContractAttribute.Port, owner.Name, string.Empty, port.Source);
            }
            ports.Clear();
        }

        // ContainerAttribute and InitContainerAttribute share their properties' names.
        return new ContainerSpec(
            IsInit: isInit,
            Name: found.String(nameof(ContainerAttribute.Name)) ?? new Sourced<string>(defaultName, found.Source),
            Image: found.RequiredString(nameof(ContainerAttribute.Image)),
            PullPolicy: found.Enum<ImagePullPolicy>(nameof(ContainerAttribute.PullPolicy)),
            Command: found.Strings(nameof(ContainerAttribute.Command)),
            Args: found.Strings(nameof(ContainerAttribute.Args)),
            Ports: ports.ToEquatableArray(),
            Env: env.ToEquatableArray(),
            Resources: resources.ToEquatableArray(),
            Source: found.Source);
    }

    private static void ReadResources(List<QuantitySpec> resources, AttributeArguments arguments)
    {
        Add(nameof(ResourcesAttribute.CpuRequest), ResourceName.Cpu, isLimit: false);
        Add(nameof(ResourcesAttribute.MemoryRequest), ResourceName.Memory, isLimit: false);
        Add(nameof(ResourcesAttribute.EphemeralStorageRequest), ResourceName.EphemeralStorage, isLimit: false);
        Add(nameof(ResourcesAttribute.CpuLimit), ResourceName.Cpu, isLimit: true);
        Add(nameof(ResourcesAttribute.MemoryLimit), ResourceName.Memory, isLimit: true);
        Add(nameof(ResourcesAttribute.EphemeralStorageLimit), ResourceName.EphemeralStorage, isLimit: true);

        void Add(string property, ResourceName resource, bool isLimit)
        {
            if (arguments.String(property) is { } quantity)
            {
                resources.Add(new QuantitySpec(resource, isLimit, quantity));
            }
        }
    }
}
