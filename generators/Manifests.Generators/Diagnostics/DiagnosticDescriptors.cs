using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Manifests.Generators.Diagnostics;

/// <summary>All diagnostic descriptors: one place for IDs, titles, messages, categories and help links.</summary>
internal static partial class DiagnosticDescriptors
{
    /// <summary>Each ID's help page is <c>docs/diagnostics/{ID}.md</c> in the repository.</summary>
    public const string HelpLinkBase = "https://github.com/manifests-k8s/manifests/blob/main/docs/diagnostics/";

    private const string ObjectCategory = "Manifests.Object";
    private const string CrossObjectCategory = "Manifests.CrossObject";
    private const string SchedulingCategory = "Manifests.Scheduling";

    public static readonly DiagnosticDescriptor InvalidObjectName = Error(
        DiagnosticIds.InvalidObjectName, ObjectCategory,
        "Invalid Kubernetes object name",
        "{0} name '{1}' is invalid: {2}");

    public static readonly DiagnosticDescriptor InvalidNamespace = Error(
        DiagnosticIds.InvalidNamespace, ObjectCategory,
        "Invalid namespace",
        "Namespace '{0}' is invalid: {1}");

    public static readonly DiagnosticDescriptor InvalidKey = Error(
        DiagnosticIds.InvalidKey, ObjectCategory,
        "Invalid label, annotation or node selector key",
        "{0} key '{1}' is invalid: {2}");

    public static readonly DiagnosticDescriptor InvalidLabelValue = Error(
        DiagnosticIds.InvalidLabelValue, ObjectCategory,
        "Invalid label or node selector value",
        "{0} value '{1}' of key '{2}' is invalid: {3}");

    public static readonly DiagnosticDescriptor InvalidContainerName = Error(
        DiagnosticIds.InvalidContainerName, ObjectCategory,
        "Invalid container name",
        "Container name '{0}' is invalid: {1}");

    public static readonly DiagnosticDescriptor InvalidPortNumber = Error(
        DiagnosticIds.InvalidPortNumber, ObjectCategory,
        "Port number out of range",
        "{0} {1} is out of range: a port number must be between 1 and 65535");

    public static readonly DiagnosticDescriptor InvalidPortName = Error(
        DiagnosticIds.InvalidPortName, ObjectCategory,
        "Invalid port name",
        "Port name '{0}' is invalid: {1}");

    public static readonly DiagnosticDescriptor InvalidQuantity = Error(
        DiagnosticIds.InvalidQuantity, ObjectCategory,
        "Invalid resource quantity",
        "{0} '{1}' is invalid: {2}");

    public static readonly DiagnosticDescriptor InvalidReplicas = Error(
        DiagnosticIds.InvalidReplicas, ObjectCategory,
        "Negative replica count",
        "Replicas is {0}: it must be 0 or more");

    public static readonly DiagnosticDescriptor DuplicateContainerName = Error(
        DiagnosticIds.DuplicateContainerName, ObjectCategory,
        "Two containers with the same name",
        "Container name '{0}' is used twice in the pod of '{1}': give each container its own name");

    public static readonly DiagnosticDescriptor DuplicatePort = Error(
        DiagnosticIds.DuplicatePort, ObjectCategory,
        "Port declared twice",
        "{0} is declared twice in the pod of '{1}': remove one of them");

    public static readonly DiagnosticDescriptor InvalidServicePort = Error(
        DiagnosticIds.InvalidServicePort, ObjectCategory,
        "Service port missing or not allowed for its type",
        "Service '{0}' {1}");

    public static readonly DiagnosticDescriptor NoContainer = Error(
        DiagnosticIds.NoContainer, ObjectCategory,
        "Workload without a container",
        "{0} '{1}' has no container: add [Container(\"registry/image:tag\")] to the class, or to a nested class for each container of the pod");

    public static readonly DiagnosticDescriptor DuplicateObject = new(
        DiagnosticIds.DuplicateObject,
        "Two classes declare the same object",
        "{0} '{1}'{2} is also declared by {3}: two workloads or two Services of one name in one namespace clash, so rename one of them",
        ObjectCategory,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + DiagnosticIds.DuplicateObject + ".md",
        customTags: WellKnownDiagnosticTags.CompilationEnd);

    public static readonly DiagnosticDescriptor InvalidEnvVar = Error(
        DiagnosticIds.InvalidEnvVar, ObjectCategory,
        "Invalid or repeated environment variable",
        "Environment variable '{0}' in container '{1}' is invalid: {2}");

    public static readonly DiagnosticDescriptor InvalidToleration = Error(
        DiagnosticIds.InvalidToleration, ObjectCategory,
        "Invalid toleration",
        "Toleration of '{0}' is invalid: {1}");

    public static readonly DiagnosticDescriptor MisplacedAttribute = Error(
        DiagnosticIds.MisplacedAttribute, ObjectCategory,
        "Attribute has no effect where it is",
        "[{0}] has no effect here: {1}");

    public static readonly DiagnosticDescriptor LabelConflict = Error(
        DiagnosticIds.LabelConflict, ObjectCategory,
        "Reserved or repeated label",
        "Label '{0}' {1}");

    public static readonly DiagnosticDescriptor LimitBelowRequest = Error(
        DiagnosticIds.LimitBelowRequest, ObjectCategory,
        "Resource limit below its request",
        "{0} limit {1} is below its request {2}: Kubernetes rejects this, so raise the limit or lower the request");

    public static readonly DiagnosticDescriptor UnrepresentableText = Error(
        DiagnosticIds.UnrepresentableText, ObjectCategory,
        "Text that YAML cannot carry",
        "{0} contains a lone UTF-16 surrogate (\\u{1}), which no YAML file can hold: remove it or complete the pair");

    public static readonly DiagnosticDescriptor Unschedulable = Warning(
        DiagnosticIds.Unschedulable, SchedulingCategory,
        "No node of the cluster accepts the pod",
        "{0} {1}");

    public static readonly DiagnosticDescriptor ToleratesNoTaint = Warning(
        DiagnosticIds.ToleratesNoTaint, SchedulingCategory,
        "Toleration matches no taint of the cluster",
        "Toleration of '{0}' matches no taint on any node of the cluster{1}");

    public static readonly DiagnosticDescriptor InvalidClusterProfile = Warning(
        DiagnosticIds.InvalidClusterProfile, SchedulingCategory,
        "Cluster profile cannot be read",
        "Cluster profile '{0}' cannot be used: {1}");

    public static readonly DiagnosticDescriptor TargetPortNotExposed = Error(
        DiagnosticIds.TargetPortNotExposed, CrossObjectCategory,
        "Service targets a port no container exposes",
        "Service '{0}' targets port '{1}', which no container of '{2}' exposes: {3}");

    /// <summary>The object and cross-object descriptors (KM1xx, KM402), by ID: what <see cref="Analyzers.WorkloadAnalyzer"/> reports.</summary>
    public static readonly ImmutableDictionary<string, DiagnosticDescriptor> WorkloadRulesById = new[]
    {
        InvalidObjectName, InvalidNamespace, InvalidKey, InvalidLabelValue, InvalidContainerName, InvalidPortNumber,
        InvalidPortName, InvalidQuantity, InvalidReplicas, DuplicateContainerName, DuplicatePort, InvalidServicePort,
        NoContainer, DuplicateObject, InvalidEnvVar, InvalidToleration, MisplacedAttribute, LabelConflict,
        LimitBelowRequest, UnrepresentableText, TargetPortNotExposed,
    }.ToImmutableDictionary(d => d.Id);

    /// <summary>The scheduling descriptors (KM3xx), reported by <see cref="Scheduling.SchedulingAnalyzer"/>.</summary>
    public static readonly ImmutableArray<DiagnosticDescriptor> Scheduling = ImmutableArray.Create(Unschedulable, ToleratesNoTaint, InvalidClusterProfile);

    private static DiagnosticDescriptor Error(string id, string category, string title, string message)
        => new(id, title, message, category, DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + id + ".md");

    private static DiagnosticDescriptor Warning(string id, string category, string title, string message)
        => new(id, title, message, category, DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLinkBase + id + ".md");
}
