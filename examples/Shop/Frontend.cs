using Manifests;

namespace Shop;

/// <summary>
/// The web frontend. It may run on the load-balancer nodes, which carry the taint
/// <c>node-role.dkosv3.9rum.cc/lb=true:NoSchedule</c>: without the toleration none of the seed's four nodes took its pods.
/// The autoscaler owns its replica count (3 to 10), so the Deployment sets none; the disruption budget keeps two pods
/// serving while a node is drained.
/// </summary>
[Deployment]
[RollingUpdate(MaxSurge = "25%", MaxUnavailable = "0")]
[Container("idock.daumkakao.io/shop/frontend:1.4.2")]
[Port(8080, Name = "http")]
[Env("API_URL", "http://backend:8080")]
[Env("LOG_LEVEL", ConfigMap = typeof(ShopConfig))]
[Resources(CpuRequest = "250m", MemoryRequest = "256Mi", MemoryLimit = "512Mi")]
[ReadinessProbe(Path = "/ready", Port = "http", PeriodSeconds = 5)]
[LivenessProbe(Path = "/healthz", Port = "http", InitialDelaySeconds = 10, FailureThreshold = 5)]
[SecurityContext(RunAsNonRoot = true, AllowPrivilegeEscalation = false, ReadOnlyRootFilesystem = true, DropCapabilities = new[] { "ALL" })]
[Mount("tmp", "/tmp")]
[Volume("tmp", EmptyDir = true, SizeLimit = "64Mi")]
[PodSecurityContext(RunAsUser = 1000, RunAsGroup = 1000, Seccomp = SeccompProfile.RuntimeDefault)]
[ImagePullSecret("idock-pull")]
[Toleration("node-role.dkosv3.9rum.cc/lb", Value = "true", Effect = TaintEffect.NoSchedule)]
[Label("tier", "frontend")]
[Service(Port = 80, TargetPort = "http")]
[Ingress("shop.example.com", TlsSecret = "shop-tls", ClassName = "nginx")]
[Autoscale(Min = 3, Max = 10, CpuPercent = 70)]
[DisruptionBudget(MinAvailable = "2")]
public partial class Frontend
{
}
