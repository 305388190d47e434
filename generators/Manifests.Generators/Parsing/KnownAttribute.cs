using Microsoft.CodeAnalysis;

namespace Manifests.Generators.Parsing;

/// <summary>The attributes of the <c>Manifests</c> namespace that the parser understands.</summary>
internal enum KnownAttribute
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

internal static class KnownAttributes
{
    public const string DeploymentMetadataName = "Manifests.DeploymentAttribute";
    public const string ReplicaSetMetadataName = "Manifests.ReplicaSetAttribute";

    /// <summary>Classifies an attribute class by name, without binding anything: this runs for every attribute the parser sees.</summary>
    public static KnownAttribute Classify(INamedTypeSymbol? attributeClass)
    {
        if (attributeClass is null
            || attributeClass.ContainingNamespace is not { Name: "Manifests" } ns
            || ns.ContainingNamespace is not { IsGlobalNamespace: true })
        {
            return KnownAttribute.None;
        }

        return attributeClass.Name switch
        {
            "DeploymentAttribute" => KnownAttribute.Deployment,
            "ReplicaSetAttribute" => KnownAttribute.ReplicaSet,
            "ContainerAttribute" => KnownAttribute.Container,
            "InitContainerAttribute" => KnownAttribute.InitContainer,
            "PortAttribute" => KnownAttribute.Port,
            "EnvAttribute" => KnownAttribute.Env,
            "ResourcesAttribute" => KnownAttribute.Resources,
            "TolerationAttribute" => KnownAttribute.Toleration,
            "NodeSelectorAttribute" => KnownAttribute.NodeSelector,
            "LabelAttribute" => KnownAttribute.Label,
            "AnnotationAttribute" => KnownAttribute.Annotation,
            "ServiceAttribute" => KnownAttribute.Service,
            "ManifestDefaultsAttribute" => KnownAttribute.ManifestDefaults,
            _ => KnownAttribute.None,
        };
    }
}
