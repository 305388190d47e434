using Manifests;

namespace Shop;

/// <summary>
/// The database: a StatefulSet, so that its pod keeps its name (db-0) and its 10Gi volume across restarts and
/// reschedules; reachable as "db" inside the namespace through its headless Service. It runs as the image's postgres
/// user (999), which may write the volume through FsGroup; its data lives in a folder of the volume (PGDATA), as initdb
/// wants an empty folder of its own. Its root filesystem stays writable: postgres writes its socket and lock files there.
/// </summary>
[StatefulSet(Name = "db")]
[Container("idock.daumkakao.io/shop/db:15.4")]
[Port(5432, Name = "postgres")]
[Env("POSTGRES_DB", "shop")]
[Env("POSTGRES_USER", Secret = typeof(DbCredentials), Key = "username")]
[Env("POSTGRES_PASSWORD", Secret = typeof(DbCredentials), Key = "password")]
[Env("PGDATA", "/var/lib/postgresql/data/pgdata")]
[Resources(CpuRequest = "500m", MemoryRequest = "1Gi", MemoryLimit = "2Gi")]
[ReadinessProbe(Exec = new[] { "pg_isready", "-h", "127.0.0.1", "-p", "5432" }, PeriodSeconds = 10)]
[LivenessProbe(TcpPort = "postgres", InitialDelaySeconds = 30)]
[SecurityContext(RunAsNonRoot = true, AllowPrivilegeEscalation = false, DropCapabilities = new[] { "ALL" })]
[Mount("data", "/var/lib/postgresql/data")]
[VolumeClaim("data", "10Gi")]
[PodSecurityContext(RunAsUser = 999, RunAsGroup = 999, FsGroup = 999, Seccomp = SeccompProfile.RuntimeDefault)]
[ImagePullSecret("idock-pull")]
[Label("tier", "db")]
[Service(Port = 5432)]
public partial class Database
{
}
