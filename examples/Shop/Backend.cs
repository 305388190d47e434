using Manifests;

namespace Shop;

/// <summary>
/// The API, with a sidecar that ships its logs: one pod, two containers sharing the log folder. Both images must be in
/// D2Hub (registry/images.txt), the sidecar's too. The database password comes from the db-credentials Secret, the
/// settings from the shared ConfigMap.
/// </summary>
[Deployment(Replicas = 2)]
[RollingUpdate(MaxSurge = "1", MaxUnavailable = "0")]
[Label("tier", "backend")]
[Volume("logs", EmptyDir = true, SizeLimit = "1Gi")]
[PodSecurityContext(RunAsUser = 1000, RunAsGroup = 1000, FsGroup = 1000, Seccomp = SeccompProfile.RuntimeDefault)]
[ImagePullSecret("idock-pull")]
[Service(Port = 8080, TargetPort = "api")]
[DisruptionBudget(MinAvailable = "1")]
public partial class Backend
{
    [Container("idock.daumkakao.io/shop/backend:2.0.1")]
    [Port(8080, Name = "api")]
    [Env("DB_HOST", "db")]
    [Env("DB_PORT", "5432")]
    [Env("DB_USER", Secret = typeof(DbCredentials), Key = "username")]
    [Env("DB_PASSWORD", Secret = typeof(DbCredentials), Key = "password")]
    [EnvFrom(typeof(ShopConfig))]
    [Resources(CpuRequest = "500m", CpuLimit = "1", MemoryRequest = "512Mi", MemoryLimit = "1Gi")]
    [ReadinessProbe(Path = "/ready", Port = "api", PeriodSeconds = 5)]
    [LivenessProbe(Path = "/healthz", Port = "api", InitialDelaySeconds = 15)]
    [SecurityContext(RunAsNonRoot = true, AllowPrivilegeEscalation = false, ReadOnlyRootFilesystem = true, DropCapabilities = new[] { "ALL" })]
    [Mount("logs", "/var/log/shop")]
    public partial class Api
    {
    }

    // Receives no traffic from the Service, so it needs no readiness probe; it only reads the API's logs.
    [Container("idock.daumkakao.io/shop/log-shipper:1.2.0")]
    [Resources(CpuRequest = "50m", MemoryRequest = "64Mi", MemoryLimit = "128Mi")]
    [SecurityContext(RunAsNonRoot = true, AllowPrivilegeEscalation = false, ReadOnlyRootFilesystem = true, DropCapabilities = new[] { "ALL" })]
    [Mount("logs", "/var/log/shop", ReadOnly = true)]
    public partial class LogShipper
    {
    }
}
