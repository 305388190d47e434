using Microsoft.CodeAnalysis;

namespace Manifests.Generators.Diagnostics;

/// <summary>
/// KM5xx: valid objects that will hurt in production, reported by <see cref="Analyzers.BestPracticeAnalyzer"/>. Each is
/// a warning a team may tune in <c>.editorconfig</c>; every help page says why it is on by default.
/// </summary>
internal static partial class DiagnosticDescriptors
{
    private const string RequestsTitle = "Container without cpu or memory requests";

    /// <summary>{0} container, {1} workload.</summary>
    public static readonly DiagnosticDescriptor NoCpuOrMemoryRequests = Warning(
        DiagnosticIds.NoResourceRequests, BestPracticeCategory, RequestsTitle,
        "Container '{0}' of '{1}' requests neither cpu nor memory: the scheduler places its pods as if they needed nothing, so they " +
        "land on nodes without room and are the first evicted when memory runs short; add [Resources(CpuRequest = ..., MemoryRequest = ...)] " +
        "with what the container uses at rest");

    /// <summary>{0} container, {1} workload.</summary>
    public static readonly DiagnosticDescriptor NoCpuRequest = Warning(
        DiagnosticIds.NoResourceRequests, BestPracticeCategory, RequestsTitle,
        "Container '{0}' of '{1}' requests no cpu: the scheduler reserves none for it, so a busy node starves it; " +
        "set CpuRequest on its [Resources] to what it uses at rest");

    /// <summary>{0} container, {1} workload.</summary>
    public static readonly DiagnosticDescriptor NoMemoryRequest = Warning(
        DiagnosticIds.NoResourceRequests, BestPracticeCategory, RequestsTitle,
        "Container '{0}' of '{1}' requests no memory: the scheduler reserves none for it, so its pods land on nodes without room " +
        "and are among the first evicted when memory runs short; set MemoryRequest on its [Resources] to what it uses at rest");

    private const string ReadinessTitle = "No readiness probe behind a Service";

    /// <summary>{0} container, {1} workload, {2} Service.</summary>
    public static readonly DiagnosticDescriptor NoReadinessProbe = Warning(
        DiagnosticIds.NoReadinessProbe, BestPracticeCategory, ReadinessTitle,
        "Container '{0}' of '{1}' has no readiness probe, yet Service '{2}' sends it traffic: Kubernetes counts it ready as soon as it " +
        "starts, so requests reach it before it can answer, and keep reaching it when it cannot; add a [ReadinessProbe(...)] " +
        "that succeeds only when it can serve");

    /// <summary>{0} container, {1} workload, {2} Service.</summary>
    public static readonly DiagnosticDescriptor OnlyStartupProbe = Warning(
        DiagnosticIds.NoReadinessProbe, BestPracticeCategory, ReadinessTitle,
        "Container '{0}' of '{1}' has a startup probe but no readiness probe, yet Service '{2}' sends it traffic: once started it counts " +
        "as ready whatever happens, so requests keep reaching it when it cannot answer; add a [ReadinessProbe(...)] " +
        "that succeeds only when it can serve");

    private const string SecretTitle = "Secret in a literal environment variable";
    private const string SecretAdvice =
        ": the value is in the source code, its history and the generated YAML; create a Secret in the cluster that holds it, " +
        "declare that Secret with [Secret(...)] and set the variable from it (Secret = typeof(...)), and change the value, " +
        "which is no secret anymore";

    /// <summary>{0} variable, {1} container, {2} the words of the name that say it is a secret.</summary>
    public static readonly DiagnosticDescriptor SecretNamedLiteralEnv = Warning(
        DiagnosticIds.SecretInLiteralEnv, BestPracticeCategory, SecretTitle,
        "Environment variable '{0}' of container '{1}' is set to a literal, and its name says it holds a secret ('{2}')" + SecretAdvice);

    /// <summary>{0} variable, {1} container, {2} the connection string keyword as written (<c>Password</c>, <c>Pwd</c>).</summary>
    public static readonly DiagnosticDescriptor PasswordInConnectionString = Warning(
        DiagnosticIds.SecretInLiteralEnv, BestPracticeCategory, SecretTitle,
        "Environment variable '{0}' of container '{1}' is set to a literal connection string with a password ('{2}=')" + SecretAdvice);

    /// <summary>{0} variable, {1} container, {2} the URL's scheme.</summary>
    public static readonly DiagnosticDescriptor PasswordInUrl = Warning(
        DiagnosticIds.SecretInLiteralEnv, BestPracticeCategory, SecretTitle,
        "Environment variable '{0}' of container '{1}' is set to a literal {2}:// URL with a password in it ('user:password@')" + SecretAdvice);

    private const string RootTitle = "Container may run as root";

    /// <summary>{0} container, {1} workload.</summary>
    public static readonly DiagnosticDescriptor MayRunAsRoot = Warning(
        DiagnosticIds.MayRunAsRoot, BestPracticeCategory, RootTitle,
        "Container '{0}' of '{1}' may run as root: neither it nor its pod sets RunAsNonRoot = true or a non-root RunAsUser, so it " +
        "runs as the image's user, root for most images, and a process that breaks out of it is root on the node; " +
        "add [SecurityContext(RunAsNonRoot = true)] (with a RunAsUser when the image names no numeric user)");

    /// <summary>{0} container, {1} workload.</summary>
    public static readonly DiagnosticDescriptor RunsAsRoot = Warning(
        DiagnosticIds.MayRunAsRoot, BestPracticeCategory, RootTitle,
        "Container '{0}' of '{1}' runs as root (RunAsUser = 0): a process that breaks out of it is root on the node; " +
        "run it as a non-root user ID, or write RunAsNonRoot = false beside it to say root is on purpose");

    /// <summary>{0} container, {1} workload.</summary>
    public static readonly DiagnosticDescriptor RootAndNonRoot = Warning(
        DiagnosticIds.MayRunAsRoot, BestPracticeCategory, RootTitle,
        "Container '{0}' of '{1}' runs as RunAsUser = 0 with RunAsNonRoot = true: the kubelet refuses to start it " +
        "(CreateContainerConfigError); give it a non-root RunAsUser");

    /// <summary>{0} image, {1} the private registry as declared, {2} workload.</summary>
    public static readonly DiagnosticDescriptor NoImagePullSecret = Warning(
        DiagnosticIds.NoImagePullSecret, BestPracticeCategory, "Image from a private registry without a pull secret",
        "Image '{0}' comes from '{1}', a private registry, but '{2}' has no [ImagePullSecret] (nor a [ServiceAccount] that could " +
        "carry one): the kubelet cannot pull it (ErrImagePull, then ImagePullBackOff); create a docker-registry Secret in the " +
        "cluster and add [ImagePullSecret(\"...\")] with its name");

    private const string EscalationTitle = "Privilege escalation allowed";

    /// <summary>{0} container, {1} workload.</summary>
    public static readonly DiagnosticDescriptor PrivilegeEscalationAllowed = Warning(
        DiagnosticIds.PrivilegeEscalation, BestPracticeCategory, EscalationTitle,
        "Container '{0}' of '{1}' allows privilege escalation: without AllowPrivilegeEscalation = false a process in it can gain " +
        "more privileges than its parent (setuid binaries, file capabilities); add [SecurityContext(AllowPrivilegeEscalation = false)]");

    /// <summary>{0} container, {1} workload.</summary>
    public static readonly DiagnosticDescriptor PrivilegedContainer = Warning(
        DiagnosticIds.PrivilegeEscalation, BestPracticeCategory, EscalationTitle,
        "Container '{0}' of '{1}' runs privileged (Privileged = true): it holds every capability of the node and can always escalate; " +
        "remove Privileged and add only the capabilities it needs (AddCapabilities)");
}
