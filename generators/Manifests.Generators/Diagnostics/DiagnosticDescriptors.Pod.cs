using Microsoft.CodeAnalysis;

namespace Manifests.Generators.Diagnostics;

/// <summary>
/// KM1xx for what a real pod adds: probes, environment from Secrets and ConfigMaps, volumes and mounts, identity,
/// security contexts, rollout settings, affinity and spread. Each is what the API server rejects, or what fails for sure
/// when the pod starts; a value that only looks odd is not reported here. Where an existing ID already names the
/// situation (a name, a key, a port, a quantity, an argument with no effect), its title is reused with a sentence of
/// its own.
/// </summary>
internal static partial class DiagnosticDescriptors
{
    private const string ProbeTitle = "Invalid probe";
    private const string ProbeHandlers = "set Path for an HTTP GET, TcpPort for a TCP connection, Exec for a command or GrpcPort for a gRPC health check";

    /// <summary>{0} probe attribute, {1} container.</summary>
    public static readonly DiagnosticDescriptor ProbeWithoutHandler = Error(
        DiagnosticIds.InvalidProbe, ObjectCategory, ProbeTitle,
        "[{0}] of container '{1}' says how often to probe but not how: " + ProbeHandlers);

    /// <summary>{0} probe attribute, {1} container, {2} the port as written.</summary>
    public static readonly DiagnosticDescriptor ProbePortWithoutPath = Error(
        DiagnosticIds.InvalidProbe, ObjectCategory, ProbeTitle,
        "[{0}] of container '{1}' sets Port but no Path, so it probes nothing: Port is the port of an HTTP GET, so add Path = \"/healthz\", or write TcpPort = \"{2}\" for a TCP connection");

    /// <summary>{0} probe attribute, {1} container, {2} the first handler's property, {3} this one's.</summary>
    public static readonly DiagnosticDescriptor ProbeWithSeveralHandlers = Error(
        DiagnosticIds.InvalidProbe, ObjectCategory, ProbeTitle,
        "[{0}] of container '{1}' sets both {2} and {3}, but a probe asks in exactly one way and Kubernetes rejects two: keep one of them");

    /// <summary>{0} probe attribute, {1} container.</summary>
    public static readonly DiagnosticDescriptor HttpProbeWithoutPort = Error(
        DiagnosticIds.InvalidProbe, ObjectCategory, ProbeTitle,
        "[{0}] of container '{1}' has no Port, and the container declares no port to default to: set Port to the port that serves the path, or declare it with [Port(...)]");

    /// <summary>{0} probe attribute, {1} container, {2} the container's ports.</summary>
    public static readonly DiagnosticDescriptor HttpProbeWithoutPortOfSeveral = Error(
        DiagnosticIds.InvalidProbe, ObjectCategory, ProbeTitle,
        "[{0}] of container '{1}' has no Port, and the container declares several ({2}), so none is the default: set Port to the one that serves the path");

    /// <summary>{0} probe attribute, {1} container, {2} the setting, {3} its value.</summary>
    public static readonly DiagnosticDescriptor NegativeProbeSetting = Error(
        DiagnosticIds.InvalidProbe, ObjectCategory, ProbeTitle,
        "[{0}] of container '{1}' sets {2} = {3}, but it must be 0 or more: write a positive number, or remove it to keep Kubernetes' default");

    /// <summary>{0} probe attribute, {1} container, {2} the threshold.</summary>
    public static readonly DiagnosticDescriptor SuccessThresholdNotOne = Error(
        DiagnosticIds.InvalidProbe, ObjectCategory, ProbeTitle,
        "[{0}] of container '{1}' sets SuccessThreshold = {2}, but Kubernetes requires 1 for liveness and startup probes (one success is enough to count): remove SuccessThreshold");

    private const string VolumeTitle = "Invalid volume or mount";

    /// <summary>{0} volume.</summary>
    public static readonly DiagnosticDescriptor VolumeWithoutSource = Error(
        DiagnosticIds.InvalidVolume, ObjectCategory, VolumeTitle,
        "Volume '{0}' has no source: set EmptyDir = true, ConfigMap = typeof(...), Secret = typeof(...) or Claim = \"claim-name\"");

    /// <summary>{0} volume, {1} the first source's property, {2} this one's.</summary>
    public static readonly DiagnosticDescriptor VolumeWithSeveralSources = Error(
        DiagnosticIds.InvalidVolume, ObjectCategory, VolumeTitle,
        "Volume '{0}' sets both {1} and {2}, but a volume has exactly one source and Kubernetes rejects two: keep one, and declare another [Volume] for the other");

    /// <summary>{0} volume name, {1} the rule.</summary>
    public static readonly DiagnosticDescriptor InvalidVolumeName = Error(
        DiagnosticIds.InvalidVolume, ObjectCategory, VolumeTitle,
        "Volume name '{0}' is invalid: {1}");

    /// <summary>{0} volume, {1} workload.</summary>
    public static readonly DiagnosticDescriptor DuplicateVolumeName = Error(
        DiagnosticIds.InvalidVolume, ObjectCategory, VolumeTitle,
        "Volume '{0}' is declared twice in the pod of '{1}': give each volume its own name");

    /// <summary>{0} container, {1} volume.</summary>
    public static readonly DiagnosticDescriptor EmptyMountPath = Error(
        DiagnosticIds.InvalidVolume, ObjectCategory, VolumeTitle,
        "Container '{0}' mounts volume '{1}' at an empty path: write the absolute path in the container, such as \"/var/cache/app\"");

    /// <summary>{0} container, {1} path.</summary>
    public static readonly DiagnosticDescriptor DuplicateMountPath = Error(
        DiagnosticIds.InvalidVolume, ObjectCategory, VolumeTitle,
        "Container '{0}' mounts two volumes at '{1}': a path holds one mount, so give each its own path");

    /// <summary>{0} sub-path, {1} volume, {2} container, {3} the same path made relative.</summary>
    public static readonly DiagnosticDescriptor AbsoluteSubPath = Error(
        DiagnosticIds.InvalidVolume, ObjectCategory, VolumeTitle,
        "SubPath '{0}' of the mount of '{1}' in container '{2}' is invalid: must be a relative path inside the volume, such as \"{3}\"");

    /// <summary>{0} sub-path, {1} volume, {2} container.</summary>
    public static readonly DiagnosticDescriptor SubPathWithBacksteps = Error(
        DiagnosticIds.InvalidVolume, ObjectCategory, VolumeTitle,
        "SubPath '{0}' of the mount of '{1}' in container '{2}' is invalid: must not contain '..', so name a path inside the volume");

    private const string SecurityTitle = "Invalid security context";

    /// <summary>{0} container.</summary>
    public static readonly DiagnosticDescriptor RootWithRunAsNonRoot = Error(
        DiagnosticIds.InvalidSecurityContext, ObjectCategory, SecurityTitle,
        "Container '{0}' must not run as root (RunAsNonRoot = true) but runs as user 0: the kubelet refuses to start it (CreateContainerConfigError), so set RunAsUser to a user ID other than 0, or remove RunAsNonRoot");

    /// <summary>{0} container.</summary>
    public static readonly DiagnosticDescriptor PrivilegedWithoutEscalation = Error(
        DiagnosticIds.InvalidSecurityContext, ObjectCategory, SecurityTitle,
        "Container '{0}' is privileged but sets AllowPrivilegeEscalation = false: Kubernetes rejects the pair (a privileged container can always escalate), so remove one of the two");

    /// <summary>{0} container, {1} the capability as written.</summary>
    public static readonly DiagnosticDescriptor SysAdminWithoutEscalation = Error(
        DiagnosticIds.InvalidSecurityContext, ObjectCategory, SecurityTitle,
        "Container '{0}' adds {1} but sets AllowPrivilegeEscalation = false: Kubernetes rejects the pair, so remove one of the two");

    /// <summary>{0} setting, {1} value, {2} container.</summary>
    public static readonly DiagnosticDescriptor InvalidContainerId = Error(
        DiagnosticIds.InvalidSecurityContext, ObjectCategory, SecurityTitle,
        "{0} = {1} in [SecurityContext] of container '{2}' is invalid: must be between 0 and 2147483647, inclusive");

    /// <summary>{0} setting, {1} value.</summary>
    public static readonly DiagnosticDescriptor InvalidPodId = Error(
        DiagnosticIds.InvalidSecurityContext, ObjectCategory, SecurityTitle,
        "{0} = {1} in [PodSecurityContext] is invalid: must be between 0 and 2147483647, inclusive");

    private const string RolloutTitle = "Invalid rollout settings";

    /// <summary>{0} MaxSurge or MaxUnavailable, {1} value.</summary>
    public static readonly DiagnosticDescriptor InvalidRolloutBound = Error(
        DiagnosticIds.InvalidRollout, ObjectCategory, RolloutTitle,
        "{0} '{1}' is invalid: write a number of pods of 0 or more (\"1\") or a percentage (\"25%\")");

    /// <summary>{0} value.</summary>
    public static readonly DiagnosticDescriptor MaxUnavailableOver100 = Error(
        DiagnosticIds.InvalidRollout, ObjectCategory, RolloutTitle,
        "MaxUnavailable '{0}' is invalid: must not be greater than 100%");

    public static readonly DiagnosticDescriptor RolloutWithoutRoom = Error(
        DiagnosticIds.InvalidRollout, ObjectCategory, RolloutTitle,
        "MaxSurge and MaxUnavailable are both 0, so a rollout could neither add a pod nor take one away: Kubernetes rejects this, so allow MaxSurge = \"1\" or MaxUnavailable = \"1\"");

    /// <summary>{0} value.</summary>
    public static readonly DiagnosticDescriptor StatefulSetMaxUnavailableZero = Error(
        DiagnosticIds.InvalidRollout, ObjectCategory, RolloutTitle,
        "MaxUnavailable '{0}' of a StatefulSet is invalid: must be greater than 0, so write \"1\" (one pod at a time) or more");

    /// <summary>{0} setting, {1} value.</summary>
    public static readonly DiagnosticDescriptor NegativeWorkloadSetting = Error(
        DiagnosticIds.InvalidRollout, ObjectCategory, RolloutTitle,
        "{0} is {1}: it must be 0 or more");

    /// <summary>{0} ProgressDeadlineSeconds, {1} MinReadySeconds.</summary>
    public static readonly DiagnosticDescriptor ProgressDeadlineNotAboveMinReady = Error(
        DiagnosticIds.InvalidRollout, ObjectCategory, RolloutTitle,
        "ProgressDeadlineSeconds ({0}) must be greater than MinReadySeconds ({1}): otherwise every rollout is reported as failed before a new pod can count as available, so raise ProgressDeadlineSeconds");

    /// <summary>{0} MinReadySeconds.</summary>
    public static readonly DiagnosticDescriptor MinReadyNotBelowDefaultDeadline = Error(
        DiagnosticIds.InvalidRollout, ObjectCategory, RolloutTitle,
        "MinReadySeconds ({0}) must be less than the progress deadline, which is Kubernetes' default of 600 seconds: set ProgressDeadlineSeconds above {0}, or lower MinReadySeconds");

    private const string PlacementTitle = "Invalid affinity or spread";

    /// <summary>{0} key, {1} operator.</summary>
    public static readonly DiagnosticDescriptor AffinityValuesRequired = Error(
        DiagnosticIds.InvalidPlacement, ObjectCategory, PlacementTitle,
        "Node affinity on '{0}' with operator {1} has no value to compare with: write the values after the key, [NodeAffinity(\"{0}\", \"value\")], or use AffinityOperator.Exists");

    /// <summary>{0} key, {1} operator.</summary>
    public static readonly DiagnosticDescriptor AffinityValuesForbidden = Error(
        DiagnosticIds.InvalidPlacement, ObjectCategory, PlacementTitle,
        "Node affinity on '{0}' with operator {1} compares no values, and Kubernetes rejects them: remove the values, or use AffinityOperator.In");

    /// <summary>{0} key, {1} operator, {2} how many values it has.</summary>
    public static readonly DiagnosticDescriptor AffinitySingleValueRequired = Error(
        DiagnosticIds.InvalidPlacement, ObjectCategory, PlacementTitle,
        "Node affinity on '{0}' with operator {1} needs exactly one value, an integer, but has {2}: keep one value");

    /// <summary>{0} key, {1} operator, {2} the value.</summary>
    public static readonly DiagnosticDescriptor AffinityValueNotInteger = Error(
        DiagnosticIds.InvalidPlacement, ObjectCategory, PlacementTitle,
        "Node affinity on '{0}' with operator {1} compares with '{2}', which is not an integer, so the scheduler cannot place the pod: write a whole number such as \"4\"");

    /// <summary>{0} attribute, {1} weight.</summary>
    public static readonly DiagnosticDescriptor WeightOutOfRange = Error(
        DiagnosticIds.InvalidPlacement, ObjectCategory, PlacementTitle,
        "Weight {1} of [{0}] is out of range: a preference's weight must be between 1 and 100");

    /// <summary>{0} topology key, {1} MaxSkew.</summary>
    public static readonly DiagnosticDescriptor InvalidMaxSkew = Error(
        DiagnosticIds.InvalidPlacement, ObjectCategory, PlacementTitle,
        "MaxSkew {1} of the spread across '{0}' is invalid: must be greater than zero (1 keeps the domains within one pod of each other)");

    /// <summary>{0} topology key, {1} WhenUnsatisfiable as the enum member.</summary>
    public static readonly DiagnosticDescriptor DuplicateSpread = Error(
        DiagnosticIds.InvalidPlacement, ObjectCategory, PlacementTitle,
        "The pods are spread across '{0}' twice with UnsatisfiableSpread.{1}: Kubernetes allows one spread per topology key and WhenUnsatisfiable, so remove one");

    // Existing IDs, with the sentences the pod's new fields need.

    /// <summary>{0} variable, {1} container, {2} Secret or ConfigMap.</summary>
    public static readonly DiagnosticDescriptor EnvValueAndReference = Error(
        DiagnosticIds.InvalidEnvVar, ObjectCategory, EnvVarTitle,
        "Environment variable '{0}' in container '{1}' has both a value and a {2}: Kubernetes takes one or the other, so remove the value or {2}");

    /// <summary>{0} variable, {1} container.</summary>
    public static readonly DiagnosticDescriptor EnvSecretAndConfigMap = Error(
        DiagnosticIds.InvalidEnvVar, ObjectCategory, EnvVarTitle,
        "Environment variable '{0}' in container '{1}' is taken from both a Secret and a ConfigMap: a variable has one source, so keep Secret or ConfigMap");

    /// <summary>{0} variable, {1} container.</summary>
    public static readonly DiagnosticDescriptor EnvWithoutValue = Error(
        DiagnosticIds.InvalidEnvVar, ObjectCategory, EnvVarTitle,
        "Environment variable '{0}' in container '{1}' has no value: write [Env(\"{0}\", \"value\")], or take it from a Secret or ConfigMap with Secret = typeof(...) or ConfigMap = typeof(...)");

    /// <summary>{0} prefix, {1} container, {2} the rule.</summary>
    public static readonly DiagnosticDescriptor InvalidEnvFromPrefix = Error(
        DiagnosticIds.InvalidEnvVar, ObjectCategory, EnvVarTitle,
        "Prefix '{0}' of [EnvFrom] in container '{1}' is invalid: {2}");

    /// <summary>{0} size limit, {1} volume.</summary>
    public static readonly DiagnosticDescriptor UnreadableSizeLimit = Error(
        DiagnosticIds.InvalidQuantity, ObjectCategory, QuantityTitle,
        "Size limit '{0}' of volume '{1}' is invalid: write a number with an optional suffix, such as 64Mi or 1Gi");

    /// <summary>{0} size limit, {1} volume.</summary>
    public static readonly DiagnosticDescriptor NegativeSizeLimit = Error(
        DiagnosticIds.InvalidQuantity, ObjectCategory, QuantityTitle,
        "Size limit '{0}' of volume '{1}' is invalid: must be greater than or equal to 0");

    private const string ArgumentWithoutEffect = "{1} has no effect on [{0}] ";

    /// <summary>{0} probe attribute, {1} Port or Scheme, {2} the probe's handler property.</summary>
    public static readonly DiagnosticDescriptor ProbeArgumentWithoutPath = Error(
        DiagnosticIds.MisplacedAttribute, ObjectCategory, MisplacedTitle,
        ArgumentWithoutEffect + "without Path: it belongs to an HTTP GET, and this probe uses {2}, so remove {1}");

    /// <summary>{0} probe attribute, {1} GrpcService.</summary>
    public static readonly DiagnosticDescriptor GrpcServiceWithoutGrpcPort = Error(
        DiagnosticIds.MisplacedAttribute, ObjectCategory, MisplacedTitle,
        ArgumentWithoutEffect + "without GrpcPort: set GrpcPort for a gRPC health check, or remove {1}");

    /// <summary>{0} Volume, {1} Medium or SizeLimit, {2} volume name.</summary>
    public static readonly DiagnosticDescriptor VolumeArgumentWithoutEmptyDir = Error(
        DiagnosticIds.MisplacedAttribute, ObjectCategory, MisplacedTitle,
        ArgumentWithoutEffect + "'{2}', which is not an EmptyDir: remove {1}, or set EmptyDir = true");

    /// <summary>{0} Volume, {1} ReadOnly, {2} volume name.</summary>
    public static readonly DiagnosticDescriptor VolumeReadOnlyWithoutClaim = Error(
        DiagnosticIds.MisplacedAttribute, ObjectCategory, MisplacedTitle,
        ArgumentWithoutEffect + "'{2}', which is not a Claim: set ReadOnly = true on its [Mount] instead");

    /// <summary>{0} Env, {1} Key or Optional, {2} variable.</summary>
    public static readonly DiagnosticDescriptor EnvArgumentWithoutReference = Error(
        DiagnosticIds.MisplacedAttribute, ObjectCategory, MisplacedTitle,
        ArgumentWithoutEffect + "'{2}', which has no Secret or ConfigMap to read: remove {1}, or set Secret = typeof(...) or ConfigMap = typeof(...)");

    /// <summary>{0} NodeAffinity or PodAntiAffinity, {1} Weight.</summary>
    public static readonly DiagnosticDescriptor WeightWithoutPreferred = Error(
        DiagnosticIds.MisplacedAttribute, ObjectCategory, MisplacedTitle,
        ArgumentWithoutEffect + "that is required: only a preference has a weight, so set Preferred = true or remove {1}");

    /// <summary>{0} RollingUpdate, {1} MaxSurge.</summary>
    public static readonly DiagnosticDescriptor MaxSurgeOnStatefulSet = Error(
        DiagnosticIds.MisplacedAttribute, ObjectCategory, MisplacedTitle,
        ArgumentWithoutEffect + "of a StatefulSet, which never runs more pods than its replicas: remove {1}");

    /// <summary>{0} RollingUpdate, {1} Partition.</summary>
    public static readonly DiagnosticDescriptor PartitionOnDeployment = Error(
        DiagnosticIds.MisplacedAttribute, ObjectCategory, MisplacedTitle,
        ArgumentWithoutEffect + "of a Deployment; a partition holds back a StatefulSet's pods with lower ordinals: remove {1}");
}
