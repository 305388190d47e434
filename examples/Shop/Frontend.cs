using Manifests;

namespace Shop;

/// <summary>
/// The web frontend. It runs on the load-balancer nodes, which carry the taint
/// <c>node-role.dkosv3.9rum.cc/lb=true:NoSchedule</c>: without the toleration no node would take its pods.
/// </summary>
[Deployment(Replicas = 3)]
[Container("idock.daumkakao.io/shop/frontend:1.4.2")]
[Port(8080, Name = "http")]
[Env("API_URL", "http://backend:8080")]
[Resources(CpuRequest = "250m", MemoryRequest = "256Mi", MemoryLimit = "512Mi")]
[Toleration("node-role.dkosv3.9rum.cc/lb", Value = "true", Effect = TaintEffect.NoSchedule)]
[Label("tier", "frontend")]
[Service(Port = 80, TargetPort = "http")]
public partial class Frontend
{
}
