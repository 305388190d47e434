using Microsoft.CodeAnalysis;

namespace Manifests.Generators.Diagnostics;

/// <summary>KM117: an attribute that has no effect where it is, one message per reason, each saying where it belongs.</summary>
internal static partial class DiagnosticDescriptors
{
    private const string MisplacedTitle = "Attribute has no effect where it is";
    private const string MisplacedPrefix = "[{0}] has no effect here: ";

    /// <summary>{0} attribute, {1} class, {2} the kind it already is.</summary>
    public static readonly DiagnosticDescriptor SecondWorkloadKind = Error(
        DiagnosticIds.MisplacedAttribute, ObjectCategory, MisplacedTitle,
        MisplacedPrefix + "'{1}' is already a {2}; a class describes one workload, so remove one of the two");

    /// <summary>{0} attribute, {1} class.</summary>
    public static readonly DiagnosticDescriptor SecondContainer = Error(
        DiagnosticIds.MisplacedAttribute, ObjectCategory, MisplacedTitle,
        MisplacedPrefix + "'{1}' already describes a container; one class describes one container, so move this one to a nested class of its own");

    /// <summary>{0} attribute, {1} class.</summary>
    public static readonly DiagnosticDescriptor InitContainerOnWorkloadClass = Error(
        DiagnosticIds.MisplacedAttribute, ObjectCategory, MisplacedTitle,
        MisplacedPrefix + "the workload class's own attributes describe its main container, so put [InitContainer] on a nested class of '{1}'");

    /// <summary>{0} attribute, {1} container class, {2} workload class.</summary>
    public static readonly DiagnosticDescriptor WorkloadAttributeOnContainerClass = Error(
        DiagnosticIds.MisplacedAttribute, ObjectCategory, MisplacedTitle,
        MisplacedPrefix + "'{1}' is a container class; [{0}] describes the whole workload, so move it to the workload class '{2}'");

    /// <summary>{0} attribute, {1} nested class.</summary>
    public static readonly DiagnosticDescriptor ContainerAttributeOnNestedClassWithoutContainer = Error(
        DiagnosticIds.MisplacedAttribute, ObjectCategory, MisplacedTitle,
        MisplacedPrefix + "the nested class '{1}' has no [Container], so add [Container(\"registry/image:tag\")] to it");

    /// <summary>{0} attribute, {1} workload class.</summary>
    public static readonly DiagnosticDescriptor ContainerAttributeOnWorkloadClassWithoutContainer = Error(
        DiagnosticIds.MisplacedAttribute, ObjectCategory, MisplacedTitle,
        MisplacedPrefix + "'{1}' has no [Container] of its own, so add one or move [{0}] to the nested container class it belongs to");

    /// <summary>{0} attribute, {1} init container class.</summary>
    public static readonly DiagnosticDescriptor PortOnInitContainer = Error(
        DiagnosticIds.MisplacedAttribute, ObjectCategory, MisplacedTitle,
        MisplacedPrefix + "'{1}' is an init container, which runs to completion before the pod serves traffic, so nothing reaches its ports: remove [Port]");

    /// <summary>{0} attribute, {1} class.</summary>
    public static readonly DiagnosticDescriptor NotInWorkload = Error(
        DiagnosticIds.MisplacedAttribute, ObjectCategory, MisplacedTitle,
        MisplacedPrefix + "'{1}' is not a workload: add [Deployment], [StatefulSet] or [ReplicaSet] to it, or nest it in the workload class it belongs to");

    /// <summary>{0} attribute, {1} class, {2} workload class.</summary>
    public static readonly DiagnosticDescriptor NestedTooDeep = Error(
        DiagnosticIds.MisplacedAttribute, ObjectCategory, MisplacedTitle,
        MisplacedPrefix + "'{1}' is nested too deep: container classes must be nested directly in the workload class '{2}'");

    /// <summary>{0} attribute, {1} class, {2} its kind.</summary>
    public static readonly DiagnosticDescriptor NotForWorkloadKind = Error(
        DiagnosticIds.MisplacedAttribute, ObjectCategory, MisplacedTitle,
        MisplacedPrefix + "'{1}' is a {2}, which [{0}] does not apply to: remove it, or make the class the kind of workload it is meant for");

    /// <summary>{0} attribute, {1} class, {2} ConfigMap or Secret.</summary>
    public static readonly DiagnosticDescriptor NotForConfigClass = Error(
        DiagnosticIds.MisplacedAttribute, ObjectCategory, MisplacedTitle,
        MisplacedPrefix + "'{1}' is a {2}, and [{0}] describes a workload or a container: move it to the workload class it belongs to");

    /// <summary>{0} attribute, {1} class.</summary>
    public static readonly DiagnosticDescriptor DataOutsideConfigMap = Error(
        DiagnosticIds.MisplacedAttribute, ObjectCategory, MisplacedTitle,
        MisplacedPrefix + "'{1}' is no ConfigMap: put [Data] on a class marked [ConfigMap], and refer to it with [Env(..., ConfigMap = typeof(...))] or [EnvFrom(typeof(...))]");

    /// <summary>{0} attribute, {1} class, {2} what it already is.</summary>
    public static readonly DiagnosticDescriptor SecondClassKind = Error(
        DiagnosticIds.MisplacedAttribute, ObjectCategory, MisplacedTitle,
        MisplacedPrefix + "'{1}' is already a {2}; a class describes one object, so move [{0}] to a class of its own");

    /// <summary>{0} attribute, {1} class, {2} the strategy it already has.</summary>
    public static readonly DiagnosticDescriptor SecondStrategy = Error(
        DiagnosticIds.MisplacedAttribute, ObjectCategory, MisplacedTitle,
        MisplacedPrefix + "'{1}' already updates with {2}; a workload has one update strategy, so remove one of the two");

    /// <summary>{0} attribute, {1} init container class.</summary>
    public static readonly DiagnosticDescriptor ProbeOnInitContainer = Error(
        DiagnosticIds.MisplacedAttribute, ObjectCategory, MisplacedTitle,
        MisplacedPrefix + "'{1}' is an init container, which runs to completion, and the kubelet probes only containers that keep running: remove [{0}]");

    /// <summary>{0} the tag, {1} environment, {2} container, {3} image.</summary>
    public static readonly DiagnosticDescriptor TagOfDigestImage = Error(
        DiagnosticIds.MisplacedAttribute, ObjectCategory, MisplacedTitle,
        "Tag '{0}' of [Override(\"{1}\")] has no effect: container '{2}' runs '{3}', pinned by digest in every environment; remove the Tag, or pin the image by tag");
}
