using System.Collections.Generic;
using System.Collections.Immutable;
using Manifests.Generators.Domain.Kubernetes;
using Manifests.Generators.Helpers;
using Manifests.Generators.Models;
using Microsoft.CodeAnalysis;

namespace Manifests.Generators.Parsing;

/// <summary>
/// Symbols to model for the classes that hold configuration: a <c>[ConfigMap]</c> class with its <c>[Data]</c>
/// entries, and a <c>[Secret]</c> class that declares a Secret of the cluster. Attributes that mean nothing there are
/// recorded as misplaced.
/// </summary>
internal static class ConfigParser
{
    /// <summary>Parses a <c>[ConfigMap]</c> class; null when it has none, or is first of all a workload.</summary>
    public static ConfigMapSpec? ParseConfigMap(INamedTypeSymbol type, ImmutableArray<OwnedAttribute> attributes)
    {
        if (KindIndex(attributes, ContractAttribute.ConfigMap) is not { } index)
        {
            return null;
        }
        var invalid = new List<InvalidArgument>();
        var misplaced = new List<MisplacedAttribute>();
        var data = new List<KeyValueSpec>();
        var labels = new List<KeyValueSpec>();
        var annotations = new List<KeyValueSpec>();
        var configMap = new AttributeArguments(attributes[index].Data, index, ContractAttribute.ConfigMap, invalid);
        for (var i = 0; i < attributes.Length; i++)
        {
            if (i == index || attributes[i].IsNested)
            {
                continue;
            }
            var arguments = new AttributeArguments(attributes[i].Data, i, attributes[i].Kind, invalid);
            if (!arguments.IsUsable)
            {
                continue;
            }
            switch (arguments.Attribute)
            {
                case ContractAttribute.Data:
                    data.Add(new KeyValueSpec(arguments.RequiredString(nameof(DataAttribute.Key)), arguments.RequiredString(nameof(DataAttribute.Value))));
                    break;
                case ContractAttribute.Label:
                    labels.Add(new KeyValueSpec(arguments.RequiredString(nameof(LabelAttribute.Key)), arguments.RequiredString(nameof(LabelAttribute.Value))));
                    break;
                case ContractAttribute.Annotation:
                    annotations.Add(new KeyValueSpec(arguments.RequiredString(nameof(AnnotationAttribute.Key)), arguments.RequiredString(nameof(AnnotationAttribute.Value))));
                    break;
                default:
                    misplaced.Add(Misplaced(arguments, type.Name, ContractAttribute.ConfigMap));
                    break;
            }
        }
        return new ConfigMapSpec(
            ClassNames.Of(type),
            configMap.Source,
            configMap.String(nameof(ConfigMapAttribute.Name)) ?? new Sourced<string>(KebabCase.From(type.Name), configMap.Source),
            configMap.String(nameof(ConfigMapAttribute.Namespace)),
            configMap.Bool(nameof(ConfigMapAttribute.Immutable))?.Value ?? false,
            data.ToEquatableArray(),
            labels.ToEquatableArray(),
            annotations.ToEquatableArray(),
            misplaced.ToEquatableArray(),
            invalid.ToEquatableArray());
    }

    /// <summary>Parses a <c>[Secret]</c> class; null when it has none, or is first of all something else.</summary>
    public static SecretSpec? ParseSecret(INamedTypeSymbol type, ImmutableArray<OwnedAttribute> attributes)
    {
        if (KindIndex(attributes, ContractAttribute.Secret) is not { } index)
        {
            return null;
        }
        var invalid = new List<InvalidArgument>();
        var misplaced = new List<MisplacedAttribute>();
        var secret = new AttributeArguments(attributes[index].Data, index, ContractAttribute.Secret, invalid);
        for (var i = 0; i < attributes.Length; i++)
        {
            if (i != index && !attributes[i].IsNested)
            {
                misplaced.Add(Misplaced(new AttributeArguments(attributes[i].Data, i, attributes[i].Kind, invalid), type.Name, ContractAttribute.Secret));
            }
        }
        return new SecretSpec(
            ClassNames.Of(type),
            secret.Source,
            secret.RequiredString(nameof(SecretAttribute.Name)),
            secret.Strings(nameof(SecretAttribute.Keys)),
            misplaced.ToEquatableArray(),
            invalid.ToEquatableArray());
    }

    /// <summary>
    /// The index of the attribute <paramref name="kind"/> when it is the first of the class's attributes that say what it
    /// is; the others are reported by the parser of that first one.
    /// </summary>
    private static int? KindIndex(ImmutableArray<OwnedAttribute> attributes, ContractAttribute kind)
    {
        for (var i = 0; i < attributes.Length; i++)
        {
            if (!attributes[i].IsNested && attributes[i].Kind.Scope() is AttributeScope.WorkloadKind or AttributeScope.ConfigKind)
            {
                return attributes[i].Kind == kind ? i : null;
            }
        }
        return null;
    }

    private static MisplacedAttribute Misplaced(AttributeArguments arguments, string className, ContractAttribute kind)
        => new(
            arguments.Attribute.Scope() is AttributeScope.WorkloadKind or AttributeScope.ConfigKind ? Misplacement.SecondClassKind : Misplacement.NotForConfigClass,
            arguments.Attribute.Name(),
            className,
            kind.ToString(),
            arguments.Source);
}
