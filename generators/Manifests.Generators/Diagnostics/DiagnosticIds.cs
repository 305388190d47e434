namespace Manifests.Generators.Diagnostics;

/// <summary>
/// Every diagnostic ID, as constants so code fixes and tests can name them. Families: KM1xx the object itself is
/// invalid Kubernetes; KM2xx image references; KM3xx scheduling against the cluster; KM4xx across objects; KM5xx best
/// practice.
/// </summary>
public static class DiagnosticIds
{
    public const string InvalidObjectName = "KM101";
    public const string InvalidNamespace = "KM102";
    public const string InvalidKey = "KM103";
    public const string InvalidLabelValue = "KM104";
    public const string InvalidContainerName = "KM105";
    public const string InvalidPortNumber = "KM106";
    public const string InvalidPortName = "KM107";
    public const string InvalidQuantity = "KM108";
    public const string InvalidReplicas = "KM109";
    public const string DuplicateContainerName = "KM110";
    public const string DuplicatePort = "KM111";
    public const string InvalidServicePort = "KM112";
    public const string NoContainer = "KM113";
    public const string DuplicateObject = "KM114";
    public const string InvalidEnvVar = "KM115";
    public const string InvalidToleration = "KM116";
    public const string MisplacedAttribute = "KM117";
    public const string LabelConflict = "KM118";
    public const string LimitBelowRequest = "KM119";
    public const string UnrepresentableText = "KM120";
    public const string InvalidArgument = "KM121";
    public const string InvalidConfigKey = "KM122";
    public const string InvalidProbe = "KM123";
    public const string InvalidVolume = "KM124";
    public const string InvalidSecurityContext = "KM125";
    public const string InvalidRollout = "KM126";
    public const string InvalidPlacement = "KM127";

    // KM14x: the objects around a workload (Ingress, autoscaler, disruption budget, volume claims) as the API server judges them.
    public const string InvalidIngressHost = "KM140";
    public const string InvalidIngressPath = "KM141";
    public const string InvalidIngressClassOrSecret = "KM142";
    public const string InvalidAutoscaler = "KM143";
    public const string AutoscalerWithoutMetric = "KM144";
    public const string InvalidDisruptionBudget = "KM145";
    public const string InvalidVolumeClaim = "KM146";

    // KM150-KM159: environments.
    public const string InvalidEnvironment = "KM150";
    public const string UnknownEnvironment = "KM151";

    // KM2xx: image references (Images/ImageAnalyzer).
    public const string MalformedImage = "KM201";
    public const string RegistryNotAllowed = "KM202";
    public const string ImageNotInCatalog = "KM203";
    public const string ImageOfAnotherComponent = "KM204";
    public const string MutableImageTag = "KM205";

    // KM3xx: scheduling against the cluster profile (Scheduling/SchedulingAnalyzer).
    public const string Unschedulable = "KM301";
    public const string ToleratesNoTaint = "KM302";
    public const string InvalidClusterProfile = "KM303";

    // KM4xx: across objects.
    public const string ServiceWithoutRunningPods = "KM401";
    public const string TargetPortNotExposed = "KM402";
    public const string UnreachableDependency = "KM403";
    public const string ProbePortNotExposed = "KM404";
    public const string UnresolvedReference = "KM405";
    public const string VolumeNotDeclaredOrMounted = "KM406";

    // KM407-KM417: the Ingress, autoscaler, disruption budget and volume claims against the workload they belong to.
    public const string IngressWithoutService = "KM407";
    public const string IngressPortNotOnService = "KM408";
    public const string RepeatedIngressRoute = "KM409";
    public const string IngressRouteOfAnotherWorkload = "KM410";
    public const string AutoscaledWithoutRequests = "KM411";
    public const string ReplicasOfAutoscaledWorkload = "KM412";
    public const string BudgetAllowsNoDisruption = "KM413";
    public const string BudgetOnSingleReplica = "KM414";
    public const string UnmountedVolumeClaim = "KM415";
    public const string RepeatedVolumeClaim = "KM416";
    public const string StatefulSetWithoutService = "KM417";
    // KM5xx: best practice, warnings a team tunes (Analyzers/BestPracticeAnalyzer).
    public const string NoResourceRequests = "KM501";
    public const string NoReadinessProbe = "KM502";
    public const string SecretInLiteralEnv = "KM503";
    public const string MayRunAsRoot = "KM504";
    public const string NoImagePullSecret = "KM505";
    public const string PrivilegeEscalation = "KM506";
}
