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
/// job), except for attributes that sit where they cannot apply and arguments no attribute can take. The readers of
/// each part are in the partial files beside this one.
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
        var kindIndex = KindIndex(context, workload);
        if (kindIndex < 0)
        {
            return null;
        }
        var kind = KindOf(attributes[kindIndex].Kind);

        // The three workload attributes share their properties' names; a property one kind lacks is simply never set.
        var workloadArguments = context.Arguments(kindIndex);
        var name = workloadArguments.String(nameof(DeploymentAttribute.Name))
            ?? new Sourced<string>(KebabCase.From(workload.Name), workloadArguments.Source);
        var replicas = workloadArguments.Int(nameof(DeploymentAttribute.Replicas)) ?? new Sourced<int>(1, workloadArguments.Source);
        var settings = new WorkloadSettings(
            workloadArguments.Int(nameof(DeploymentAttribute.MinReadySeconds)),
            workloadArguments.Int(nameof(DeploymentAttribute.RevisionHistoryLimit)),
            workloadArguments.Int(nameof(DeploymentAttribute.ProgressDeadlineSeconds)),
            workloadArguments.String(nameof(DeploymentAttribute.PriorityClassName)),
            workloadArguments.Long(nameof(DeploymentAttribute.TerminationGracePeriodSeconds)),
            workloadArguments.Enum<PodManagementPolicy>(nameof(StatefulSetAttribute.PodManagementPolicy)));

        // The workload class's own container and its Service are named after the workload, as a DNS label ("shop.web" -> "shop-web").
        var derivedName = KubernetesNames.ToLabel(name.Value);
        var containers = new List<ContainerSpec>();
        if (ReadContainer(context, owner: workload, isNested: false, defaultName: derivedName, cancellationToken) is { } classContainer)
        {
            containers.Add(classContainer);
        }

        var parts = new WorkloadParts();
        for (var i = 0; i < attributes.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (attributes[i].IsNested)
            {
                continue;
            }
            var arguments = context.Arguments(i);
            if (arguments.IsUsable)
            {
                ReadWorkloadAttribute(context, parts, arguments, workload.Name, kind, derivedName);
            }
        }

        // Nested classes: each with [Container] or [InitContainer] is one more container of the pod.
        INamedTypeSymbol? previousOwner = null;
        foreach (var attribute in attributes)
        {
            if (!attribute.IsNested || attribute.IsTooDeep || SymbolEqualityComparer.Default.Equals(attribute.Owner, previousOwner))
            {
                continue;
            }
            previousOwner = attribute.Owner;
            if (ReadContainer(context, attribute.Owner, isNested: true, KebabCase.From(attribute.Owner.Name), cancellationToken) is { } container)
            {
                containers.Add(container);
            }
        }

        // Classes nested in the nested classes: no container is read there, so whatever they carry is misplaced.
        for (var i = 0; i < attributes.Length; i++)
        {
            if (attributes[i].IsTooDeep)
            {
                var reason = attributes[i].Kind == ContractAttribute.Data ? Misplacement.DataOutsideConfigMap : Misplacement.NestedTooDeep;
                context.Misplace(reason, attributes[i].Kind, attributes[i].Owner.Name, workload.Name, SourceRef.Attribute(i));
            }
        }

        return new WorkloadSpec(
            ClassName: ClassNames.Of(workload),
            Kind: kind,
            KindSource: workloadArguments.Source,
            Name: name,
            Namespace: workloadArguments.String(nameof(DeploymentAttribute.Namespace)),
            Replicas: replicas,
            Settings: settings,
            Containers: containers.ToEquatableArray(),
            Labels: parts.Labels.ToEquatableArray(),
            Annotations: parts.Annotations.ToEquatableArray(),
            Pod: parts.Pod(),
            Strategy: parts.Strategy,
            VolumeClaims: parts.VolumeClaims.ToEquatableArray(),
            Service: parts.Service,
            Ingresses: parts.Ingresses.ToEquatableArray(),
            Autoscale: parts.Autoscale,
            DisruptionBudget: parts.DisruptionBudget,
            DependsOn: parts.DependsOn.ToEquatableArray(),
            Overrides: parts.Overrides.ToEquatableArray(),
            Misplaced: context.Misplaced.ToEquatableArray(),
            InvalidArguments: context.Invalid.ToEquatableArray());
    }

    /// <summary>
    /// The index of the attribute that makes the class a workload: the first of the attributes that say what a class is,
    /// when it is a workload's (a class that is first of all a ConfigMap is the ConfigMap parser's). The others are
    /// misplaced.
    /// </summary>
    private static int KindIndex(ParseContext context, INamedTypeSymbol workload)
    {
        var kindIndex = -1;
        for (var i = 0; i < context.Attributes.Length && kindIndex < 0; i++)
        {
            var attribute = context.Attributes[i];
            if (!attribute.IsNested && attribute.Kind.Scope() is AttributeScope.WorkloadKind or AttributeScope.ConfigKind)
            {
                if (!attribute.Kind.IsWorkloadKind())
                {
                    return -1;
                }
                kindIndex = i;
            }
        }
        if (kindIndex < 0)
        {
            return -1;
        }
        var kind = KindOf(context.Attributes[kindIndex].Kind).ToString();
        for (var i = kindIndex + 1; i < context.Attributes.Length; i++)
        {
            var attribute = context.Attributes[i];
            if (!attribute.IsNested && attribute.Kind.Scope() is AttributeScope.WorkloadKind or AttributeScope.ConfigKind)
            {
                var reason = attribute.Kind.IsWorkloadKind() ? Misplacement.SecondWorkloadKind : Misplacement.SecondClassKind;
                context.Misplace(reason, attribute.Kind, workload.Name, kind, SourceRef.Attribute(i));
            }
        }
        return kindIndex;
    }

    private static WorkloadKind KindOf(ContractAttribute attribute) => attribute switch
    {
        ContractAttribute.ReplicaSet => WorkloadKind.ReplicaSet,
        ContractAttribute.StatefulSet => WorkloadKind.StatefulSet,
        _ => WorkloadKind.Deployment,
    };

    private static KeyValueSpec KeyValue(AttributeArguments arguments, string key, string value)
        => new(arguments.RequiredString(key), arguments.RequiredString(value));

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
