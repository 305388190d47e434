using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Manifests.Generators.Parsing;

/// <summary>The attributes of the contract (the <c>Manifests</c> namespace users write) that the parser reads.</summary>
internal enum ContractAttribute
{
    None,

    // What a class is.
    Deployment,
    ReplicaSet,
    StatefulSet,
    ConfigMap,
    Secret,

    // A container, on the workload class or a nested class, and what sits beside it.
    Container,
    InitContainer,
    Port,
    Env,
    EnvFrom,
    Resources,
    Mount,
    ReadinessProbe,
    LivenessProbe,
    StartupProbe,
    SecurityContext,

    // The whole workload, on its class.
    Label,
    Annotation,
    NodeSelector,
    Toleration,
    NodeAffinity,
    PodAntiAffinity,
    SpreadAcross,
    Volume,
    VolumeClaim,
    ImagePullSecret,
    ServiceAccount,
    PodSecurityContext,
    RollingUpdate,
    Recreate,
    OnDelete,
    Service,
    Ingress,
    Autoscale,
    DisruptionBudget,
    DependsOn,

    // A ConfigMap's entry.
    Data,

    // What an environment changes, on a workload or container class.
    Override,

    // The assembly.
    ManifestDefaults,
    ManifestEnvironment,
}

/// <summary>Where an attribute belongs, which decides what the parser does with it and what it reports as misplaced.</summary>
internal enum AttributeScope
{
    None,

    /// <summary>Makes a class a workload: Deployment, ReplicaSet, StatefulSet.</summary>
    WorkloadKind,

    /// <summary>Makes a class a ConfigMap or declares a Secret.</summary>
    ConfigKind,

    /// <summary>[Container] or [InitContainer].</summary>
    ContainerDefinition,

    /// <summary>Beside a container: ports, env, resources, mounts, probes, its security context.</summary>
    Container,

    /// <summary>On the workload class: the pod and the objects around it.</summary>
    Workload,

    /// <summary>On a workload class or a ConfigMap class: labels and annotations.</summary>
    Metadata,

    /// <summary>On a ConfigMap class: its entries.</summary>
    ConfigMapEntry,

    /// <summary>On a workload or container class: what an environment changes.</summary>
    Environment,

    /// <summary>On the assembly.</summary>
    Assembly,
}

internal static class ContractAttributes
{
    /// <summary>The metadata names <c>ForAttributeWithMetadataName</c> looks for.</summary>
    public static readonly string DeploymentMetadataName = typeof(DeploymentAttribute).FullName!;

    public static readonly string ReplicaSetMetadataName = typeof(ReplicaSetAttribute).FullName!;

    public static readonly string StatefulSetMetadataName = typeof(StatefulSetAttribute).FullName!;

    public static readonly string ConfigMapMetadataName = typeof(ConfigMapAttribute).FullName!;

    private static readonly string ContractNamespace = typeof(DeploymentAttribute).Namespace!;

    // Each attribute class's name, from the compiled-in contract: renaming one is a compile error here, not a silent miss.
    private static readonly Dictionary<string, ContractAttribute> ByClassName = new(StringComparer.Ordinal)
    {
        [nameof(DeploymentAttribute)] = ContractAttribute.Deployment,
        [nameof(ReplicaSetAttribute)] = ContractAttribute.ReplicaSet,
        [nameof(StatefulSetAttribute)] = ContractAttribute.StatefulSet,
        [nameof(ConfigMapAttribute)] = ContractAttribute.ConfigMap,
        [nameof(SecretAttribute)] = ContractAttribute.Secret,
        [nameof(ContainerAttribute)] = ContractAttribute.Container,
        [nameof(InitContainerAttribute)] = ContractAttribute.InitContainer,
        [nameof(PortAttribute)] = ContractAttribute.Port,
        [nameof(EnvAttribute)] = ContractAttribute.Env,
        [nameof(EnvFromAttribute)] = ContractAttribute.EnvFrom,
        [nameof(ResourcesAttribute)] = ContractAttribute.Resources,
        [nameof(MountAttribute)] = ContractAttribute.Mount,
        [nameof(ReadinessProbeAttribute)] = ContractAttribute.ReadinessProbe,
        [nameof(LivenessProbeAttribute)] = ContractAttribute.LivenessProbe,
        [nameof(StartupProbeAttribute)] = ContractAttribute.StartupProbe,
        [nameof(SecurityContextAttribute)] = ContractAttribute.SecurityContext,
        [nameof(LabelAttribute)] = ContractAttribute.Label,
        [nameof(AnnotationAttribute)] = ContractAttribute.Annotation,
        [nameof(NodeSelectorAttribute)] = ContractAttribute.NodeSelector,
        [nameof(TolerationAttribute)] = ContractAttribute.Toleration,
        [nameof(NodeAffinityAttribute)] = ContractAttribute.NodeAffinity,
        [nameof(PodAntiAffinityAttribute)] = ContractAttribute.PodAntiAffinity,
        [nameof(SpreadAcrossAttribute)] = ContractAttribute.SpreadAcross,
        [nameof(VolumeAttribute)] = ContractAttribute.Volume,
        [nameof(VolumeClaimAttribute)] = ContractAttribute.VolumeClaim,
        [nameof(ImagePullSecretAttribute)] = ContractAttribute.ImagePullSecret,
        [nameof(ServiceAccountAttribute)] = ContractAttribute.ServiceAccount,
        [nameof(PodSecurityContextAttribute)] = ContractAttribute.PodSecurityContext,
        [nameof(RollingUpdateAttribute)] = ContractAttribute.RollingUpdate,
        [nameof(RecreateAttribute)] = ContractAttribute.Recreate,
        [nameof(OnDeleteAttribute)] = ContractAttribute.OnDelete,
        [nameof(ServiceAttribute)] = ContractAttribute.Service,
        [nameof(IngressAttribute)] = ContractAttribute.Ingress,
        [nameof(AutoscaleAttribute)] = ContractAttribute.Autoscale,
        [nameof(DisruptionBudgetAttribute)] = ContractAttribute.DisruptionBudget,
        [nameof(DependsOnAttribute)] = ContractAttribute.DependsOn,
        [nameof(DataAttribute)] = ContractAttribute.Data,
        [nameof(OverrideAttribute)] = ContractAttribute.Override,
        [nameof(ManifestDefaultsAttribute)] = ContractAttribute.ManifestDefaults,
        [nameof(ManifestEnvironmentAttribute)] = ContractAttribute.ManifestEnvironment,
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

    /// <summary>Where the attribute belongs.</summary>
    public static AttributeScope Scope(this ContractAttribute attribute) => attribute switch
    {
        ContractAttribute.None => AttributeScope.None,
        ContractAttribute.Deployment or ContractAttribute.ReplicaSet or ContractAttribute.StatefulSet => AttributeScope.WorkloadKind,
        ContractAttribute.ConfigMap or ContractAttribute.Secret => AttributeScope.ConfigKind,
        ContractAttribute.Container or ContractAttribute.InitContainer => AttributeScope.ContainerDefinition,
        ContractAttribute.Port or ContractAttribute.Env or ContractAttribute.EnvFrom or ContractAttribute.Resources
            or ContractAttribute.Mount or ContractAttribute.ReadinessProbe or ContractAttribute.LivenessProbe
            or ContractAttribute.StartupProbe or ContractAttribute.SecurityContext => AttributeScope.Container,
        ContractAttribute.Label or ContractAttribute.Annotation => AttributeScope.Metadata,
        ContractAttribute.Data => AttributeScope.ConfigMapEntry,
        ContractAttribute.Override => AttributeScope.Environment,
        ContractAttribute.ManifestDefaults or ContractAttribute.ManifestEnvironment => AttributeScope.Assembly,
        _ => AttributeScope.Workload,
    };

    /// <summary>Whether the attribute makes a class a workload.</summary>
    public static bool IsWorkloadKind(this ContractAttribute attribute) => attribute.Scope() == AttributeScope.WorkloadKind;

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
