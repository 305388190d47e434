using Microsoft.CodeAnalysis;

namespace Manifests.Generators.Diagnostics;

/// <summary>KM4xx: objects that are each valid but do not fit together.</summary>
internal static partial class DiagnosticDescriptors
{
    private const string TargetPortTitle = "Service targets a port no container exposes";
    private const string TargetsUnexposedPort = "Service '{0}' targets port '{1}', which no container of '{2}' exposes: ";

    /// <summary>{0} Service, {1} target, {2} workload.</summary>
    public static readonly DiagnosticDescriptor TargetPortNotExposedNoPorts = Error(
        DiagnosticIds.TargetPortNotExposed, CrossObjectCategory, TargetPortTitle,
        TargetsUnexposedPort + "declare the port with [Port(...)] on the container that listens on it");

    /// <summary>{0} Service, {1} target, {2} workload, {3} the ports the pod exposes.</summary>
    public static readonly DiagnosticDescriptor TargetPortNotExposed = Error(
        DiagnosticIds.TargetPortNotExposed, CrossObjectCategory, TargetPortTitle,
        TargetsUnexposedPort + "the pod exposes {3}; target one of them or declare the port with [Port(...)]");

    /// <summary>{0} Service, {1} target, {2} workload, {3} the port's protocol, {4} the Service's, {5} the port's as the enum member.</summary>
    public static readonly DiagnosticDescriptor TargetPortOfOtherProtocol = Error(
        DiagnosticIds.TargetPortNotExposed, CrossObjectCategory, TargetPortTitle,
        TargetsUnexposedPort + "port '{1}' is {3} but the Service is {4}, so set Protocol = Protocol.{5} on [Service]");
}

/// <summary>
/// KM401 and KM403-KM406: a pod and the objects it names (its Service, the workloads it depends on, the ports its
/// probes ask, its Secrets, ConfigMaps and volumes). An ID is an Error where Kubernetes rejects the pod or it fails for
/// sure when it starts, and a Warning where it is only likely to be a mistake; its page says which is which.
/// </summary>
internal static partial class DiagnosticDescriptors
{
    /// <summary>{0} Service, {1} workload kind, {2} workload.</summary>
    public static readonly DiagnosticDescriptor ServiceWithoutRunningPods = Warning(
        DiagnosticIds.ServiceWithoutRunningPods, CrossObjectCategory,
        "Service selects no running pod",
        "Service '{0}' selects the pods of {1} '{2}', which runs 0 replicas, so the Service has no endpoints and every connection to it fails: raise Replicas, or remove [Service] while '{2}' is scaled down");

    private const string DependencyTitle = "Workload reference that is no workload, or that no Service reaches";

    /// <summary>{0} the referred class.</summary>
    public static readonly DiagnosticDescriptor DependencyNotWorkload = Error(
        DiagnosticIds.UnreachableDependency, CrossObjectCategory, DependencyTitle,
        "[DependsOn] names '{0}', which is not a workload: depend on a class marked [Deployment], [StatefulSet] or [ReplicaSet]");

    /// <summary>{0} the referred class, {1} Secret or ConfigMap.</summary>
    public static readonly DiagnosticDescriptor DependencyOnConfig = Error(
        DiagnosticIds.UnreachableDependency, CrossObjectCategory, DependencyTitle,
        "[DependsOn] names '{0}', which is a {1}, not a workload: a pod reads a {1} through [Env], [EnvFrom] or [Volume], so use one of those instead");

    /// <summary>{0} the workload class, {1} the dependency's class, {2} the dependency's workload name.</summary>
    public static readonly DiagnosticDescriptor DependencyWithoutService = Warning(
        DiagnosticIds.UnreachableDependency, CrossObjectCategory, DependencyTitle,
        "'{0}' depends on '{1}', which no Service reaches, so its pods cannot find '{2}' by name: add [Service(Port = ...)] to '{1}'");

    /// <summary>{0} the referred class.</summary>
    public static readonly DiagnosticDescriptor AntiAffinityNotWorkload = Error(
        DiagnosticIds.UnreachableDependency, CrossObjectCategory, DependencyTitle,
        "[PodAntiAffinity] keeps the pods away from '{0}', which is not a workload, so it matches no pod: name a workload class, or remove Workload to keep this workload's own pods apart");

    /// <summary>{0} the referred class, {1} its workload name, {2} the rule.</summary>
    public static readonly DiagnosticDescriptor AntiAffinityWorkloadNameInvalid = Error(
        DiagnosticIds.UnreachableDependency, CrossObjectCategory, DependencyTitle,
        "[PodAntiAffinity] keeps the pods away from '{0}', whose name '{1}' is not a valid label value ({2}), so it selects no pod: fix the name on '{0}'");

    private const string ProbePortTitle = "Probe on a port the container does not expose";
    private const string ProbesUndeclaredName = "[{0}] of container '{1}' probes port '{2}', which the container does not declare, so the kubelet cannot resolve it and the probe always fails: ";
    private const string ProbesUndeclaredNumber = "[{0}] of container '{1}' probes port {2}, which the container does not declare: ";

    /// <summary>{0} probe attribute, {1} container, {2} port name, {3} the container's ports.</summary>
    public static readonly DiagnosticDescriptor ProbePortNameNotDeclared = Error(
        DiagnosticIds.ProbePortNotExposed, CrossObjectCategory, ProbePortTitle,
        ProbesUndeclaredName + "the container declares {3}, so probe one of them or declare the port with [Port(..., Name = \"{2}\")]");

    /// <summary>{0} probe attribute, {1} container, {2} port name, {3} the nearest declared name.</summary>
    public static readonly DiagnosticDescriptor ProbePortNameDidYouMean = Error(
        DiagnosticIds.ProbePortNotExposed, CrossObjectCategory, ProbePortTitle,
        ProbesUndeclaredName + "did you mean '{3}'?");

    /// <summary>{0} probe attribute, {1} container, {2} port name.</summary>
    public static readonly DiagnosticDescriptor ProbePortNameWithoutPorts = Error(
        DiagnosticIds.ProbePortNotExposed, CrossObjectCategory, ProbePortTitle,
        ProbesUndeclaredName + "declare it with [Port(number, Name = \"{2}\")] beside the container");

    /// <summary>{0} probe attribute, {1} container, {2} port name, {3} the container that declares it.</summary>
    public static readonly DiagnosticDescriptor ProbePortNameOfOtherContainer = Error(
        DiagnosticIds.ProbePortNotExposed, CrossObjectCategory, ProbePortTitle,
        "[{0}] of container '{1}' probes port '{2}', which only container '{3}' declares: a probe resolves a port name among its own container's ports, so it always fails; declare the port on '{1}', or move the probe to '{3}'");

    /// <summary>{0} probe attribute, {1} container, {2} port number, {3} the container's ports.</summary>
    public static readonly DiagnosticDescriptor ProbePortNumberNotDeclared = Warning(
        DiagnosticIds.ProbePortNotExposed, CrossObjectCategory, ProbePortTitle,
        ProbesUndeclaredNumber + "if the process listens there, declare it with [Port({2})]; otherwise probe one of {3}");

    /// <summary>{0} probe attribute, {1} container, {2} port number.</summary>
    public static readonly DiagnosticDescriptor ProbePortNumberWithoutPorts = Warning(
        DiagnosticIds.ProbePortNotExposed, CrossObjectCategory, ProbePortTitle,
        ProbesUndeclaredNumber + "if the process listens there, declare it with [Port({2})] so that the pod says so");

    /// <summary>{0} probe attribute, {1} container, {2} port number, {3} the container that declares it.</summary>
    public static readonly DiagnosticDescriptor ProbePortNumberOfOtherContainer = Warning(
        DiagnosticIds.ProbePortNotExposed, CrossObjectCategory, ProbePortTitle,
        "[{0}] of container '{1}' probes port {2}, which container '{3}' declares: containers share the pod's network, so this probe checks '{3}', not '{1}'; move the probe to '{3}', or probe a port of '{1}'");

    private const string ReferenceTitle = "Secret or ConfigMap reference that does not resolve";
    private const string KeyMissing = "{0} '{1}' ('{2}') has no key '{3}', so the container cannot start (CreateContainerConfigError): ";
    private const string DefaultKeyMissing = "{0} '{1}' ('{2}') has no key '{3}' (the variable's name, as Key is not set), so the container cannot start (CreateContainerConfigError): ";

    /// <summary>{0} attribute, {1} the referred class.</summary>
    public static readonly DiagnosticDescriptor ReferenceNotConfig = Error(
        DiagnosticIds.UnresolvedReference, CrossObjectCategory, ReferenceTitle,
        "[{0}] refers to '{1}', which is neither a Secret nor a ConfigMap: refer to a class marked [Secret(...)] or [ConfigMap]");

    /// <summary>{0} attribute, {1} the property as written, {2} the referred class, {3} what it is.</summary>
    public static readonly DiagnosticDescriptor ReferenceOfOtherKind = Error(
        DiagnosticIds.UnresolvedReference, CrossObjectCategory, ReferenceTitle,
        "[{0}] sets {1} = typeof({2}), but '{2}' is a {3}, so Kubernetes would look for a {1} that is not there: write {3} = typeof({2})");

    /// <summary>{0} attribute, {1} the referred class, {2} Secret or ConfigMap, {3} its name, {4} the rule.</summary>
    public static readonly DiagnosticDescriptor ReferenceNameInvalid = Error(
        DiagnosticIds.UnresolvedReference, CrossObjectCategory, ReferenceTitle,
        "[{0}] refers to '{1}', whose {2} name '{3}' is invalid ({4}), so no {2} can have it: fix the name on '{1}'");

    /// <summary>{0} ConfigMap, {1} its name, {2} its class, {3} its namespace, {4} the pod's namespace, {5} the workload.</summary>
    public static readonly DiagnosticDescriptor ReferenceInOtherNamespace = Error(
        DiagnosticIds.UnresolvedReference, CrossObjectCategory, ReferenceTitle,
        "{0} '{1}' ('{2}') is in namespace '{3}', but the pod of '{5}' runs in '{4}', and a pod reads only its own namespace's {0}s: put both in one namespace");

    /// <summary>{0} Secret or ConfigMap, {1} its name, {2} its class, {3} key, {4} its keys.</summary>
    public static readonly DiagnosticDescriptor KeyNotDeclared = Error(
        DiagnosticIds.UnresolvedReference, CrossObjectCategory, ReferenceTitle,
        KeyMissing + "use one of {4}, declare '{3}' on '{2}', or set Optional = true");

    /// <summary>{0} Secret or ConfigMap, {1} its name, {2} its class, {3} key, {4} the nearest key.</summary>
    public static readonly DiagnosticDescriptor KeyNotDeclaredDidYouMean = Error(
        DiagnosticIds.UnresolvedReference, CrossObjectCategory, ReferenceTitle,
        KeyMissing + "did you mean '{4}'?");

    /// <summary>{0} Secret or ConfigMap, {1} its name, {2} its class, {3} key, {4} its keys.</summary>
    public static readonly DiagnosticDescriptor DefaultKeyNotDeclared = Error(
        DiagnosticIds.UnresolvedReference, CrossObjectCategory, ReferenceTitle,
        DefaultKeyMissing + "set Key to one of {4}, declare '{3}' on '{2}', or set Optional = true");

    /// <summary>{0} Secret or ConfigMap, {1} its name, {2} its class, {3} key, {4} the nearest key.</summary>
    public static readonly DiagnosticDescriptor DefaultKeyNotDeclaredDidYouMean = Error(
        DiagnosticIds.UnresolvedReference, CrossObjectCategory, ReferenceTitle,
        DefaultKeyMissing + "did you mean Key = \"{4}\"?");

    /// <summary>{0} Secret, {1} its name, {2} its class, {3} key.</summary>
    public static readonly DiagnosticDescriptor SecretWithoutKeys = Error(
        DiagnosticIds.UnresolvedReference, CrossObjectCategory, ReferenceTitle,
        "{0} '{1}' ('{2}') declares no keys, so nothing says key '{3}' is there: list the keys the Secret holds with Keys = new[] {{ \"{3}\" }} on '{2}', or set Optional = true");

    /// <summary>{0} ConfigMap, {1} its name, {2} its class, {3} key.</summary>
    public static readonly DiagnosticDescriptor ConfigMapWithoutData = Error(
        DiagnosticIds.UnresolvedReference, CrossObjectCategory, ReferenceTitle,
        "{0} '{1}' ('{2}') has no [Data], so key '{3}' is not there and the container cannot start (CreateContainerConfigError): add [Data(\"{3}\", ...)] to '{2}', or set Optional = true");

    private const string VolumeReferenceTitle = "Volume not declared or not mounted";
    private const string MountsUndeclared = "Container '{0}' mounts volume '{1}', which the pod does not declare, so Kubernetes rejects the pod: ";

    /// <summary>{0} container, {1} volume.</summary>
    public static readonly DiagnosticDescriptor MountOfUndeclaredVolume = Error(
        DiagnosticIds.VolumeNotDeclaredOrMounted, CrossObjectCategory, VolumeReferenceTitle,
        MountsUndeclared + "declare it with [Volume(\"{1}\", ...)] on the workload class");

    /// <summary>{0} container, {1} volume.</summary>
    public static readonly DiagnosticDescriptor MountOfUndeclaredStatefulVolume = Error(
        DiagnosticIds.VolumeNotDeclaredOrMounted, CrossObjectCategory, VolumeReferenceTitle,
        MountsUndeclared + "declare it with [Volume(\"{1}\", ...)], or with [VolumeClaim(\"{1}\", ...)] for storage of each pod's own");

    /// <summary>{0} container, {1} volume, {2} the pod's volumes.</summary>
    public static readonly DiagnosticDescriptor MountOfUndeclaredVolumeOf = Error(
        DiagnosticIds.VolumeNotDeclaredOrMounted, CrossObjectCategory, VolumeReferenceTitle,
        MountsUndeclared + "the pod declares {2}, so mount one of them or declare '{1}'");

    /// <summary>{0} container, {1} volume, {2} the nearest declared volume.</summary>
    public static readonly DiagnosticDescriptor MountOfUndeclaredVolumeDidYouMean = Error(
        DiagnosticIds.VolumeNotDeclaredOrMounted, CrossObjectCategory, VolumeReferenceTitle,
        MountsUndeclared + "did you mean '{2}'?");

    /// <summary>{0} volume.</summary>
    public static readonly DiagnosticDescriptor VolumeNotMounted = Warning(
        DiagnosticIds.VolumeNotDeclaredOrMounted, CrossObjectCategory, VolumeReferenceTitle,
        "Volume '{0}' is declared but no container mounts it: mount it with [Mount(\"{0}\", \"/path\")] beside the container that needs it, or remove it");
}
