using Microsoft.CodeAnalysis;

namespace Manifests.Generators.Diagnostics;

/// <summary>
/// The objects around a workload: its Ingress, autoscaler, disruption budget and a StatefulSet's volume claims. KM140-KM146
/// are each object as the API server judges it; KM407-KM417 are those objects against the workload they belong to (and,
/// for KM410, against the other workloads' Ingresses). Judged by <see cref="Domain.Validation.WorkloadValidator"/> and
/// <see cref="Domain.Validation.IngressRoutes"/>.
/// </summary>
internal static partial class DiagnosticDescriptors
{
    /// <summary>{0} host, {1} the rule in Kubernetes' words.</summary>
    public static readonly DiagnosticDescriptor InvalidIngressHost = Error(
        DiagnosticIds.InvalidIngressHost, ObjectCategory, IngressHostTitle,
        "Ingress host '{0}' is invalid: {1}");

    /// <summary>{0} the TLS secret.</summary>
    public static readonly DiagnosticDescriptor EmptyIngressHostWithTls = Error(
        DiagnosticIds.InvalidIngressHost, ObjectCategory, IngressHostTitle,
        "An empty Ingress host routes every host, but TLS secret '{0}' needs the host name its certificate is for: write the host");

    /// <summary>{0} path, {1} path type, {2} the rule in Kubernetes' words.</summary>
    public static readonly DiagnosticDescriptor InvalidIngressPath = Error(
        DiagnosticIds.InvalidIngressPath, ObjectCategory,
        "Invalid Ingress path",
        "Ingress path '{0}' ({1}) is invalid: {2}");

    /// <summary>{0} secret name, {1} the rule.</summary>
    public static readonly DiagnosticDescriptor InvalidIngressTlsSecret = Error(
        DiagnosticIds.InvalidIngressClassOrSecret, ObjectCategory, IngressClassOrSecretTitle,
        "TLS secret name '{0}' is invalid: {1}");

    /// <summary>{0} class name, {1} the rule.</summary>
    public static readonly DiagnosticDescriptor InvalidIngressClassName = Error(
        DiagnosticIds.InvalidIngressClassOrSecret, ObjectCategory, IngressClassOrSecretTitle,
        "Ingress class name '{0}' is invalid: {1}");

    /// <summary>{0} this rule's class, {1} the class an earlier rule set, {2} workload.</summary>
    public static readonly DiagnosticDescriptor ConflictingIngressClass = Error(
        DiagnosticIds.InvalidIngressClassOrSecret, ObjectCategory, IngressClassOrSecretTitle,
        "Ingress class '{0}' differs from '{1}', set by another [Ingress] of '{2}': a workload's rules are one Ingress with one class, so give them the same ClassName or set it on one only");

    /// <summary>{0} host, {1} this rule's secret, {2} the secret an earlier rule set, {3} workload.</summary>
    public static readonly DiagnosticDescriptor ConflictingTlsSecret = Error(
        DiagnosticIds.InvalidIngressClassOrSecret, ObjectCategory, IngressClassOrSecretTitle,
        "Host '{0}' is served with TLS secret '{1}' here and '{2}' by another [Ingress] of '{3}': a host has one certificate, so use one secret for it");

    /// <summary>{0} Min, {1} workload.</summary>
    public static readonly DiagnosticDescriptor AutoscalerMinBelowOne = Error(
        DiagnosticIds.InvalidAutoscaler, ObjectCategory, AutoscalerTitle,
        "Min {0} of the autoscaler of '{1}' is invalid: must be greater than or equal to 1 (an autoscaler does not scale to zero)");

    /// <summary>{0} workload.</summary>
    public static readonly DiagnosticDescriptor AutoscalerWithoutMax = Error(
        DiagnosticIds.InvalidAutoscaler, ObjectCategory, AutoscalerTitle,
        "The autoscaler of '{0}' has no Max: set the most replicas it may scale to, for example [Autoscale(Min = 2, Max = 10, CpuPercent = 70)]");

    /// <summary>{0} Max, {1} workload.</summary>
    public static readonly DiagnosticDescriptor AutoscalerMaxBelowOne = Error(
        DiagnosticIds.InvalidAutoscaler, ObjectCategory, AutoscalerTitle,
        "Max {0} of the autoscaler of '{1}' is invalid: must be greater than 0");

    /// <summary>{0} Max, {1} workload, {2} Min.</summary>
    public static readonly DiagnosticDescriptor AutoscalerMaxBelowMin = Error(
        DiagnosticIds.InvalidAutoscaler, ObjectCategory, AutoscalerTitle,
        "Max {0} of the autoscaler of '{1}' is below its Min {2}: Max must be greater than or equal to Min, so raise Max or lower Min");

    /// <summary>{0} CpuPercent or MemoryPercent, {1} the value, {2} workload, {3} cpu or memory.</summary>
    public static readonly DiagnosticDescriptor AutoscalerTargetBelowOne = Error(
        DiagnosticIds.InvalidAutoscaler, ObjectCategory, AutoscalerTitle,
        "{0} {1} of the autoscaler of '{2}' is invalid: must be greater than 0 (a percentage of the pods' {3} requests, such as 70)");

    /// <summary>{0} workload.</summary>
    public static readonly DiagnosticDescriptor AutoscalerWithoutMetric = Warning(
        DiagnosticIds.AutoscalerWithoutMetric, ObjectCategory,
        "Autoscaler without a metric",
        "The autoscaler of '{0}' sets neither CpuPercent nor MemoryPercent, so Kubernetes scales it on its default, 80% of the pods' cpu requests: set CpuPercent (or MemoryPercent) to say what it scales on");

    /// <summary>{0} workload.</summary>
    public static readonly DiagnosticDescriptor BudgetWithBothBounds = Error(
        DiagnosticIds.InvalidDisruptionBudget, ObjectCategory, BudgetTitle,
        "The disruption budget of '{0}' sets both MinAvailable and MaxUnavailable, which Kubernetes rejects: keep one of them");

    /// <summary>{0} workload.</summary>
    public static readonly DiagnosticDescriptor BudgetWithoutBound = Error(
        DiagnosticIds.InvalidDisruptionBudget, ObjectCategory, BudgetTitle,
        "The disruption budget of '{0}' sets neither MinAvailable nor MaxUnavailable: set one, for example [DisruptionBudget(MaxUnavailable = \"1\")]");

    /// <summary>{0} MinAvailable or MaxUnavailable, {1} the value, {2} workload.</summary>
    public static readonly DiagnosticDescriptor UnreadableBudgetBound = Error(
        DiagnosticIds.InvalidDisruptionBudget, ObjectCategory, BudgetTitle,
        "{0} '{1}' of the disruption budget of '{2}' is invalid: write a number of pods such as \"1\" or a percentage such as \"50%\"");

    /// <summary>{0} MinAvailable or MaxUnavailable, {1} the value, {2} workload.</summary>
    public static readonly DiagnosticDescriptor BudgetBoundAbove100Percent = Error(
        DiagnosticIds.InvalidDisruptionBudget, ObjectCategory, BudgetTitle,
        "{0} '{1}' of the disruption budget of '{2}' is invalid: must not be greater than 100%");

    /// <summary>{0} claim name, {1} the rule.</summary>
    public static readonly DiagnosticDescriptor InvalidVolumeClaimName = Error(
        DiagnosticIds.InvalidVolumeClaim, ObjectCategory, VolumeClaimTitle,
        "Volume claim name '{0}' is invalid: {1}");

    /// <summary>{0} size, {1} claim.</summary>
    public static readonly DiagnosticDescriptor UnreadableVolumeClaimSize = Error(
        DiagnosticIds.InvalidVolumeClaim, ObjectCategory, VolumeClaimTitle,
        "Size '{0}' of volume claim '{1}' is invalid: write a quantity of storage such as 10Gi or 500Mi");

    /// <summary>{0} size, {1} claim.</summary>
    public static readonly DiagnosticDescriptor NonPositiveVolumeClaimSize = Error(
        DiagnosticIds.InvalidVolumeClaim, ObjectCategory, VolumeClaimTitle,
        "Size '{0}' of volume claim '{1}' is invalid: must be greater than zero");

    /// <summary>{0} storage class, {1} claim, {2} the rule.</summary>
    public static readonly DiagnosticDescriptor InvalidStorageClassName = Error(
        DiagnosticIds.InvalidVolumeClaim, ObjectCategory, VolumeClaimTitle,
        "Storage class name '{0}' of volume claim '{1}' is invalid: {2}");

    /// <summary>{0} workload, {1} host.</summary>
    public static readonly DiagnosticDescriptor IngressWithoutService = Error(
        DiagnosticIds.IngressWithoutService, CrossObjectCategory,
        "Ingress without a Service",
        "The Ingress of '{0}' for host '{1}' routes to the workload's Service, but '{0}' has no [Service]: add [Service(Port = ...)], or remove the [Ingress]");

    /// <summary>{0} the Ingress port, {1} Service name, {2} the Service's port.</summary>
    public static readonly DiagnosticDescriptor IngressPortNotOnService = Error(
        DiagnosticIds.IngressPortNotOnService, CrossObjectCategory,
        "Ingress to a port its Service does not have",
        "Ingress port {0} is not a port of Service '{1}', whose only port is {2}: remove Port (the Ingress then goes to the Service's port) or set Port = {2}");

    /// <summary>{0} host, {1} path, {2} path type, {3} workload.</summary>
    public static readonly DiagnosticDescriptor RepeatedIngressRoute = Error(
        DiagnosticIds.RepeatedIngressRoute, CrossObjectCategory,
        "Two Ingress rules of one workload for one host and path",
        "Host '{0}' path '{1}' ({2}) is routed twice by '{3}': remove one of the two [Ingress] attributes");

    /// <summary>{0} host, {1} path, {2} path type, {3} the other classes.</summary>
    public static readonly DiagnosticDescriptor IngressRouteOfAnotherWorkload = new(
        DiagnosticIds.IngressRouteOfAnotherWorkload,
        "Two workloads' Ingresses route one host and path",
        "Host '{0}' path '{1}' ({2}) is also routed by the Ingress of {3}: which backend serves it is then up to the ingress controller (ingress-nginx keeps the older Ingress), so route it from one workload only",
        CrossObjectCategory, DiagnosticSeverity.Warning, isEnabledByDefault: true,
        helpLinkUri: HelpLinkBase + DiagnosticIds.IngressRouteOfAnotherWorkload + ".md", customTags: WellKnownDiagnosticTags.CompilationEnd);

    /// <summary>{0} workload, {1} cpu or memory, {2} the target percentage, {3} container, {4} CpuRequest or MemoryRequest.</summary>
    public static readonly DiagnosticDescriptor AutoscaledContainerWithoutRequest = Warning(
        DiagnosticIds.AutoscaledWithoutRequests, CrossObjectCategory, AutoscaledWithoutRequestsTitle,
        "The autoscaler of '{0}' targets {2}% of the pods' {1} requests, but container '{3}' requests no {1}, so Kubernetes cannot compute the utilization and never scales: set {4} on the container's [Resources]");

    /// <summary>{0} workload, {1} cpu or memory, {2} the target percentage, {3} the containers, {4} CpuRequest or MemoryRequest.</summary>
    public static readonly DiagnosticDescriptor AutoscaledContainersWithoutRequests = Warning(
        DiagnosticIds.AutoscaledWithoutRequests, CrossObjectCategory, AutoscaledWithoutRequestsTitle,
        "The autoscaler of '{0}' targets {2}% of the pods' {1} requests, but containers {3} request no {1}, so Kubernetes cannot compute the utilization and never scales: set {4} on each one's [Resources]");

    /// <summary>{0} replicas, {1} workload.</summary>
    public static readonly DiagnosticDescriptor ReplicasOfAutoscaledWorkload = Warning(
        DiagnosticIds.ReplicasOfAutoscaledWorkload, CrossObjectCategory,
        "Replicas set on an autoscaled workload",
        "Replicas = {0} on '{1}' fights its autoscaler: every apply sets the pods back to {0} until the autoscaler scales them again; remove Replicas and let the autoscaler own the count");

    /// <summary>{0} the value, {1} workload.</summary>
    public static readonly DiagnosticDescriptor BudgetMaxUnavailableZero = Warning(
        DiagnosticIds.BudgetAllowsNoDisruption, CrossObjectCategory, BudgetAllowsNoDisruptionTitle,
        "MaxUnavailable '{0}' of the disruption budget of '{1}' lets no pod be evicted, so node drains and cluster upgrades stall until someone deletes a pod by hand: allow one, MaxUnavailable = \"1\"");

    /// <summary>{0} the value, {1} workload.</summary>
    public static readonly DiagnosticDescriptor BudgetMinAvailableEveryPod = Warning(
        DiagnosticIds.BudgetAllowsNoDisruption, CrossObjectCategory, BudgetAllowsNoDisruptionTitle,
        "MinAvailable '{0}' of the disruption budget of '{1}' keeps every pod up, so node drains and cluster upgrades stall until someone deletes a pod by hand: use MaxUnavailable = \"1\" instead");

    /// <summary>{0} the value, {1} workload, {2} replicas, {3} the highest value that lets a pod go.</summary>
    public static readonly DiagnosticDescriptor BudgetMinAvailableAllReplicas = Warning(
        DiagnosticIds.BudgetAllowsNoDisruption, CrossObjectCategory, BudgetAllowsNoDisruptionTitle,
        "MinAvailable '{0}' of the disruption budget of '{1}' keeps all of its {2} replicas up, so node drains and cluster upgrades stall until someone deletes a pod by hand: set MinAvailable to {3} or less, or run more replicas");

    /// <summary>{0} the value, {1} workload, {2} the autoscaler's Min, {3} the highest value that lets a pod go.</summary>
    public static readonly DiagnosticDescriptor BudgetMinAvailableAllAtAutoscalerMin = Warning(
        DiagnosticIds.BudgetAllowsNoDisruption, CrossObjectCategory, BudgetAllowsNoDisruptionTitle,
        "MinAvailable '{0}' of the disruption budget of '{1}' keeps all {2} replicas up while the autoscaler is at its Min, so node drains and cluster upgrades then stall until someone deletes a pod by hand: set MinAvailable to {3} or less, or raise Min");

    /// <summary>{0} workload, {1} the MinAvailable value.</summary>
    public static readonly DiagnosticDescriptor BudgetOnSingleReplica = Warning(
        DiagnosticIds.BudgetOnSingleReplica, CrossObjectCategory, BudgetOnSingleReplicaTitle,
        "'{0}' runs one replica and MinAvailable '{1}' keeps it up, so its node can never be drained: run 2 or more replicas (one moves while the other serves), or remove [DisruptionBudget] and accept a short outage during drains");

    /// <summary>{0} workload, {1} the MinAvailable value.</summary>
    public static readonly DiagnosticDescriptor BudgetOnSingleAutoscaledReplica = Warning(
        DiagnosticIds.BudgetOnSingleReplica, CrossObjectCategory, BudgetOnSingleReplicaTitle,
        "'{0}' scales down to one replica (its autoscaler's Min is 1), where MinAvailable '{1}' keeps it up, so its node can then never be drained: set Min = 2 or more, or remove [DisruptionBudget]");

    /// <summary>{0} claim, {1} workload.</summary>
    public static readonly DiagnosticDescriptor UnmountedVolumeClaim = Warning(
        DiagnosticIds.UnmountedVolumeClaim, CrossObjectCategory,
        "Volume claim that no container mounts",
        "Volume claim '{0}' of '{1}' is mounted by no container, so every pod gets a volume nobody uses: mount it with [Mount(\"{0}\", \"/path\")] beside the container that needs it, or remove the claim");

    /// <summary>{0} claim, {1} workload.</summary>
    public static readonly DiagnosticDescriptor RepeatedVolumeClaim = Error(
        DiagnosticIds.RepeatedVolumeClaim, CrossObjectCategory, RepeatedVolumeClaimTitle,
        "Volume claim '{0}' is declared twice on '{1}': give each claim its own name");

    /// <summary>{0} claim, {1} workload.</summary>
    public static readonly DiagnosticDescriptor VolumeClaimNamedAsVolume = Error(
        DiagnosticIds.RepeatedVolumeClaim, CrossObjectCategory, RepeatedVolumeClaimTitle,
        "Volume claim '{0}' has the name of a [Volume] of '{1}': the StatefulSet puts the claim in the volume's place and the volume is lost, so rename one of them");

    /// <summary>{0} StatefulSet name.</summary>
    public static readonly DiagnosticDescriptor StatefulSetWithoutService = Warning(
        DiagnosticIds.StatefulSetWithoutService, CrossObjectCategory,
        "StatefulSet without a governing Service",
        "StatefulSet '{0}' has no [Service], so its pods get no stable DNS names ({0}-0.{0}), which is what a StatefulSet is for: add [Service(Port = ...)], which Manifests writes as the headless governing Service");

    private const string IngressHostTitle = "Invalid Ingress host";
    private const string IngressClassOrSecretTitle = "Invalid or conflicting Ingress class or TLS secret";
    private const string AutoscalerTitle = "Invalid autoscaler";
    private const string BudgetTitle = "Invalid disruption budget";
    private const string VolumeClaimTitle = "Invalid volume claim";
    private const string AutoscaledWithoutRequestsTitle = "Autoscaled pods without the requests the autoscaler needs";
    private const string BudgetAllowsNoDisruptionTitle = "Disruption budget that allows no disruption";
    private const string BudgetOnSingleReplicaTitle = "Disruption budget on a single replica";
    private const string RepeatedVolumeClaimTitle = "Volume claim name used twice";
}
