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
/// It records what the user wrote and where; it judges nothing (that is <see cref="Domain.Validation.WorkloadValidator"/>'s
/// job), except for attributes that sit where they cannot apply and arguments no attribute can take.
/// </summary>
internal static partial class WorkloadParser
{
    /// <summary>Parses <paramref name="workload"/>; null when the class carries no usable workload attribute.</summary>
    public static WorkloadSpec? Parse(INamedTypeSymbol workload, CancellationToken cancellationToken)
        => Parse(workload, WorkloadAttributes.Collect(workload), cancellationToken);

    /// <summary>Parses <paramref name="workload"/> from its already collected <paramref name="attributes"/>.</summary>
    public static WorkloadSpec? Parse(INamedTypeSymbol workload, ImmutableArray<OwnedAttribute> attributes, CancellationToken cancellationToken)
    {
        var context = new ParseContext(attributes);
        var kindIndex = -1;
        var kind = WorkloadKind.Deployment;
        for (var i = 0; i < attributes.Length; i++)
        {
            var attribute = attributes[i];
            if (attribute.Kind is not (ContractAttribute.Deployment or ContractAttribute.ReplicaSet) || attribute.IsNested)
            {
                continue;
            }
            if (kindIndex < 0)
            {
                kindIndex = i;
                kind = attribute.Kind == ContractAttribute.Deployment ? WorkloadKind.Deployment : WorkloadKind.ReplicaSet;
            }
            else
            {
                context.Misplace(Misplacement.SecondWorkloadKind, attribute.Kind, workload.Name, kind.ToString(), SourceRef.Attribute(i));
            }
        }
        if (kindIndex < 0)
        {
            return null;
        }

        // DeploymentAttribute and ReplicaSetAttribute share their properties' names.
        var workloadArguments = context.Arguments(kindIndex);
        var name = workloadArguments.String(nameof(DeploymentAttribute.Name))
            ?? new Sourced<string>(KebabCase.From(workload.Name), workloadArguments.Source);
        var replicas = workloadArguments.Int(nameof(DeploymentAttribute.Replicas)) ?? new Sourced<int>(1, workloadArguments.Source);

        var labels = new List<KeyValueSpec>();
        var annotations = new List<KeyValueSpec>();
        var nodeSelector = new List<KeyValueSpec>();
        var tolerations = new List<TolerationSpec>();
        ServiceSpec? service = null;
        var containers = new List<ContainerSpec>();

        // The workload class's own container and its Service are named after the workload, as a DNS label ("shop.web" -> "shop-web").
        var derivedName = KubernetesNames.ToLabel(name.Value);
        if (ReadContainer(context, owner: workload, isNested: false, defaultName: derivedName, cancellationToken) is { } classContainer)
        {
            containers.Add(classContainer);
        }

        for (var i = 0; i < attributes.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (attributes[i].IsNested)
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
                case ContractAttribute.Label:
                    labels.Add(KeyValue(arguments, nameof(LabelAttribute.Key), nameof(LabelAttribute.Value)));
                    break;
                case ContractAttribute.Annotation:
                    annotations.Add(KeyValue(arguments, nameof(AnnotationAttribute.Key), nameof(AnnotationAttribute.Value)));
                    break;
                case ContractAttribute.NodeSelector:
                    nodeSelector.Add(KeyValue(arguments, nameof(NodeSelectorAttribute.Key), nameof(NodeSelectorAttribute.Value)));
                    break;
                case ContractAttribute.Toleration:
                    tolerations.Add(ReadToleration(arguments));
                    break;
                case ContractAttribute.Service:
                    service = ReadService(arguments, derivedName);
                    break;
            }
        }

        // Nested classes: each with [Container] or [InitContainer] is one more container of the pod.
        INamedTypeSymbol? previousOwner = null;
        foreach (var attribute in attributes)
        {
            if (!attribute.IsNested || SymbolEqualityComparer.Default.Equals(attribute.Owner, previousOwner))
            {
                continue;
            }
            previousOwner = attribute.Owner;
            if (ReadContainer(context, attribute.Owner, isNested: true, KebabCase.From(attribute.Owner.Name), cancellationToken) is { } container)
            {
                containers.Add(container);
            }
        }

        return new WorkloadSpec(
            ClassName: workload.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
            Kind: kind,
            KindSource: workloadArguments.Source,
            Name: name,
            Namespace: workloadArguments.String(nameof(DeploymentAttribute.Namespace)),
            Replicas: replicas,
            Containers: containers.ToEquatableArray(),
            Labels: labels.ToEquatableArray(),
            Annotations: annotations.ToEquatableArray(),
            NodeSelector: nodeSelector.ToEquatableArray(),
            Tolerations: tolerations.ToEquatableArray(),
            Service: service,
            Misplaced: context.Misplaced.ToEquatableArray(),
            InvalidArguments: context.Invalid.ToEquatableArray());
    }

    private static KeyValueSpec KeyValue(AttributeArguments arguments, string key, string value)
        => new(arguments.RequiredString(key), arguments.RequiredString(value));

    private static TolerationSpec ReadToleration(AttributeArguments arguments)
        => new(
            Key: arguments.RequiredString(nameof(TolerationAttribute.Key)),
            Value: arguments.String(nameof(TolerationAttribute.Value)),
            Effect: arguments.Enum<TaintEffect>(nameof(TolerationAttribute.Effect)),
            Seconds: arguments.Long(nameof(TolerationAttribute.TolerationSeconds)),
            Source: arguments.Source);

    private static ServiceSpec ReadService(AttributeArguments arguments, string workloadName)
        => new(
            Name: arguments.String(nameof(ServiceAttribute.Name)) ?? new Sourced<string>(workloadName, arguments.Source),
            Port: arguments.Int(nameof(ServiceAttribute.Port)) ?? new Sourced<int>(0, arguments.Source),
            TargetPort: arguments.String(nameof(ServiceAttribute.TargetPort)),
            PortName: arguments.String(nameof(ServiceAttribute.PortName)),
            Type: arguments.Enum<ServiceType>(nameof(ServiceAttribute.Type)),
            // NodePort = 0 is Kubernetes' "let the cluster choose", the same as leaving it out.
            NodePort: arguments.Int(nameof(ServiceAttribute.NodePort)) is { Value: not 0 } nodePort ? nodePort : null,
            Protocol: arguments.Enum<Protocol>(nameof(ServiceAttribute.Protocol)),
            Source: arguments.Source);

    /// <summary>What one parse collects besides the model's values: misplaced attributes and invalid arguments.</summary>
    private sealed class ParseContext(ImmutableArray<OwnedAttribute> attributes)
    {
        public ImmutableArray<OwnedAttribute> Attributes { get; } = attributes;

        public List<MisplacedAttribute> Misplaced { get; } = [];

        public List<InvalidArgument> Invalid { get; } = [];

        public AttributeArguments Arguments(int index) => new(Attributes[index].Data, index, Attributes[index].Kind, Invalid);

        public void Misplace(Misplacement reason, ContractAttribute attribute, string owner, string other, SourceRef source)
            => Misplaced.Add(new MisplacedAttribute(reason, attribute.Name(), owner, other, source));
    }
}
