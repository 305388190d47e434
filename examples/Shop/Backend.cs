using Manifests;

namespace Shop;

/// <summary>The API, with a sidecar that ships its logs: one pod, two containers.</summary>
[Deployment(Replicas = 2)]
[Label("tier", "backend")]
[Service(Port = 8080, TargetPort = "api")]
public partial class Backend
{
    [Container("idock.daumkakao.io/shop/backend:2.0.1")]
    [Port(8080, Name = "api")]
    [Env("DB_HOST", "db")]
    [Env("DB_PORT", "5432")]
    [Resources(CpuRequest = "500m", CpuLimit = "1", MemoryRequest = "512Mi", MemoryLimit = "1Gi")]
    public partial class Api
    {
    }

    [Container("idock.daumkakao.io/shop/log-shipper:1.2.0")]
    [Resources(CpuRequest = "50m", MemoryRequest = "64Mi", MemoryLimit = "128Mi")]
    public partial class LogShipper
    {
    }
}
