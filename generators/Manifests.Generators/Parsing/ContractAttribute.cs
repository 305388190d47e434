using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Manifests.Generators.Parsing;

/// <summary>The attributes of the contract (the <c>Manifests</c> namespace users write) that the parser reads.</summary>
internal enum ContractAttribute
{
    None,
    Deployment,
    ReplicaSet,
    Container,
    InitContainer,
    Port,
    Env,
    Resources,
    Toleration,
    NodeSelector,
    Label,
    Annotation,
    Service,
    ManifestDefaults,
}

internal static class ContractAttributes
{
    /// <summary>The metadata names <c>ForAttributeWithMetadataName</c> looks for.</summary>
    public static readonly string DeploymentMetadataName = typeof(DeploymentAttribute).FullName!;

    public static readonly string ReplicaSetMetadataName = typeof(ReplicaSetAttribute).FullName!;

    private static readonly string ContractNamespace = typeof(DeploymentAttribute).Namespace!;

    // Each attribute class's name, from the compiled-in contract: renaming one is a compile error here, not a silent miss.
    private static readonly Dictionary<string, ContractAttribute> ByClassName = new(StringComparer.Ordinal)
    {
        [nameof(DeploymentAttribute)] = ContractAttribute.Deployment,
        [nameof(ReplicaSetAttribute)] = ContractAttribute.ReplicaSet,
        [nameof(ContainerAttribute)] = ContractAttribute.Container,
        [nameof(InitContainerAttribute)] = ContractAttribute.InitContainer,
        [nameof(PortAttribute)] = ContractAttribute.Port,
        [nameof(EnvAttribute)] = ContractAttribute.Env,
        [nameof(ResourcesAttribute)] = ContractAttribute.Resources,
        [nameof(TolerationAttribute)] = ContractAttribute.Toleration,
        [nameof(NodeSelectorAttribute)] = ContractAttribute.NodeSelector,
        [nameof(LabelAttribute)] = ContractAttribute.Label,
        [nameof(AnnotationAttribute)] = ContractAttribute.Annotation,
        [nameof(ServiceAttribute)] = ContractAttribute.Service,
        [nameof(ManifestDefaultsAttribute)] = ContractAttribute.ManifestDefaults,
    };

    private static readonly Dictionary<ContractAttribute, string> Names = Invert(ByClassName);

    /// <summary>Classifies an attribute class by name, without binding anything: this runs for every attribute the parser sees.</summary>
    public static ContractAttribute Classify(INamedTypeSymbol? attributeClass)
    {
        if (attributeClass is null
            || attributeClass.ContainingNamespace is not { } ns
            || ns.Name != ContractNamespace
            || ns.ContainingNamespace is not { IsGlobalNamespace: true })
        {
            return ContractAttribute.None;
        }
        return ByClassName.TryGetValue(attributeClass.Name, out var kind) ? kind : ContractAttribute.None;
    }

    /// <summary>The attribute as a user writes it in C#: <c>Port</c> for <c>[Port(...)]</c>.</summary>
    public static string Name(this ContractAttribute attribute) => Names.TryGetValue(attribute, out var name) ? name : attribute.ToString();

    private static Dictionary<ContractAttribute, string> Invert(Dictionary<string, ContractAttribute> byClassName)
    {
        var names = new Dictionary<ContractAttribute, string>();
        foreach (var pair in byClassName)
        {
            names[pair.Value] = pair.Key.Substring(0, pair.Key.Length - nameof(Attribute).Length);
        }
        return names;
    }
}
