using Manifests;

namespace Shop;

/// <summary>The database: one replica, reachable as "db" inside the namespace.</summary>
[ReplicaSet(Name = "db", Replicas = 1)]
[Container("idock.daumkakao.io/shop/db:15.4")]
[Port(5432, Name = "postgres")]
[Env("POSTGRES_DB", "shop")]
[Resources(CpuRequest = "500m", MemoryRequest = "1Gi", MemoryLimit = "2Gi")]
[Label("tier", "db")]
[Service(Port = 5432)]
public partial class Database
{
}
