namespace Manifests.Tests.Generator;

/// <summary>User code used by several generator tests.</summary>
internal static class Samples
{
    /// <summary>Every feature the attributes offer, in one project, with values chosen to be awkward for YAML.</summary>
    public const string EdgeCases = """
        using Manifests;

        namespace Edge;

        [Deployment(Name = "worker", Namespace = "jobs", Replicas = 0)]
        [Container("registry.example.com:5000/team/worker@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
            PullPolicy = ImagePullPolicy.IfNotPresent,
            Command = new[] { "/bin/worker" },
            Args = new[] { "--queue", "jobs: urgent", "--verbose", "yes", "0123" })]
        [Port(9090, Name = "metrics")]
        [Port(5353, Name = "dns", Protocol = Protocol.Udp)]
        [Env("MODE", "yes")]
        [Env("EMPTY", "")]
        [Env("MULTI", "line1\nline2")]
        [Env("QUOTED", "say \"hi\" \\ bye")]
        [Resources(CpuRequest = "0.5", CpuLimit = "1", MemoryRequest = "1e3", EphemeralStorageLimit = "2Gi")]
        [Annotation("prometheus.io/scrape", "true")]
        [Annotation("description", "# not a comment: really")]
        [NodeSelector("disktype", "ssd")]
        [NodeSelector("zone", "on")]
        [Toleration("dedicated", Value = "batch", Effect = TaintEffect.NoSchedule)]
        [Toleration("node.kubernetes.io/unreachable", Effect = TaintEffect.NoExecute, TolerationSeconds = 60)]
        [Toleration("")]
        [Label("version", "1.0")]
        [Service(Name = "worker-metrics", Port = 80, TargetPort = "9090", Type = ServiceType.NodePort, NodePort = 30090)]
        public partial class Worker
        {
        }

        [ReplicaSet]
        [Container("cache:7")]
        [Port(6379)]
        [Service(Port = 6379)]
        public partial class Cache
        {
        }

        [Deployment]
        [Service(Port = 53, TargetPort = "dns", Protocol = Protocol.Udp, Type = ServiceType.LoadBalancer)]
        public partial class OrderAPIServer
        {
            [Container("api:2")]
            [Port(53, Name = "dns", Protocol = Protocol.Udp)]
            public partial class Main { }

            [Container("sidecar:1", Name = "proxy")]
            [Port(15001)]
            public partial class Sidecar { }

            [InitContainer("busybox:1.36", Command = new[] { "sh", "-c", "until nc -z db 5432; do sleep 1; done" })]
            [Resources(CpuRequest = "100m")]
            public partial class WaitForDb { }
        }
        """;

    /// <summary>A three-tier shop as a team runs it: every attribute of the pod and the objects around it, at once.</summary>
    public const string Production = """
        using Manifests;

        [assembly: ManifestDefaults(Namespace = "shop", PartOf = "shop", CreateNamespace = true)]

        namespace Prod;

        [ConfigMap(Immutable = false)]
        [Data("LOG_LEVEL", "info")]
        [Data("FEATURES", "cart,search")]
        [Label("tier", "config")]
        public partial class ShopConfig { }

        [Secret("db-credentials", Keys = new[] { "username", "password" })]
        public partial class DbCredentials { }

        [Deployment(MinReadySeconds = 5, RevisionHistoryLimit = 3, ProgressDeadlineSeconds = 300, PriorityClassName = "shop-critical", TerminationGracePeriodSeconds = 45)]
        [Container("idock.daumkakao.io/shop/frontend:1.4.2")]
        [Port(8080, Name = "http")]
        [ReadinessProbe(Path = "/healthz", Port = "http", PeriodSeconds = 5)]
        [LivenessProbe(Path = "/livez", InitialDelaySeconds = 10, FailureThreshold = 5)]
        [StartupProbe(TcpPort = "8080", FailureThreshold = 30)]
        [Env("LOG_LEVEL", ConfigMap = typeof(ShopConfig))]
        [Env("DB_PASSWORD", Secret = typeof(DbCredentials), Key = "password")]
        [Env("REGION", "kr-central")]
        [EnvFrom(typeof(ShopConfig), Prefix = "SHOP_")]
        [Resources(CpuRequest = "250m", MemoryRequest = "256Mi", MemoryLimit = "512Mi")]
        [Mount("cache", "/var/cache/app")]
        [Mount("config", "/etc/shop", ReadOnly = true)]
        [Mount("tls", "/etc/tls", ReadOnly = true)]
        [SecurityContext(RunAsNonRoot = true, ReadOnlyRootFilesystem = true, AllowPrivilegeEscalation = false, DropCapabilities = new[] { "ALL" }, Seccomp = SeccompProfile.RuntimeDefault)]
        [PodSecurityContext(FsGroup = 2000, RunAsUser = 1000)]
        [Volume("cache", EmptyDir = true, Medium = StorageMedium.Memory, SizeLimit = "64Mi")]
        [Volume("config", ConfigMap = typeof(ShopConfig))]
        [Volume("tls", Secret = typeof(DbCredentials))]
        [ImagePullSecret("idock-pull")]
        [ServiceAccount("frontend")]
        [RollingUpdate(MaxSurge = "25%", MaxUnavailable = "0")]
        [SpreadAcross("topology.kubernetes.io/zone", MaxSkew = 1, WhenUnsatisfiable = UnsatisfiableSpread.ScheduleAnyway)]
        [NodeAffinity("disktype", "ssd")]
        [NodeAffinity("pool", "frontend", "general", Preferred = true, Weight = 50)]
        [PodAntiAffinity(Preferred = true, Weight = 100)]
        [Toleration("node-role.dkosv3.9rum.cc/lb", Value = "true", Effect = TaintEffect.NoSchedule)]
        [Service(Port = 80, TargetPort = "http")]
        [Ingress("shop.example.com", TlsSecret = "shop-tls", ClassName = "nginx")]
        [Ingress("shop.example.com", Path = "/api", PathType = IngressPathType.Prefix, Port = 80, TlsSecret = "shop-tls")]
        [Ingress("www.shop.example.com", TlsSecret = "shop-tls")]
        [Autoscale(Min = 3, Max = 10, CpuPercent = 70, MemoryPercent = 80)]
        [DisruptionBudget(MinAvailable = "2")]
        [DependsOn(typeof(Database))]
        public partial class Frontend { }

        [StatefulSet(Replicas = 1, PodManagementPolicy = PodManagementPolicy.Parallel)]
        [Container("idock.daumkakao.io/shop/db:15.4")]
        [Port(5432, Name = "postgres")]
        [Env("POSTGRES_PASSWORD", Secret = typeof(DbCredentials), Key = "password")]
        [ReadinessProbe(Exec = new[] { "pg_isready", "-U", "shop" })]
        [Resources(CpuRequest = "500m", MemoryRequest = "1Gi", MemoryLimit = "2Gi")]
        [Mount("data", "/var/lib/postgresql/data", SubPath = "pgdata")]
        [VolumeClaim("data", "10Gi", StorageClass = "standard")]
        [RollingUpdate(Partition = 0)]
        [Service(Port = 5432)]
        [DisruptionBudget(MaxUnavailable = "1")]
        public partial class Database { }

        [Deployment(Replicas = 2)]
        [Recreate]
        [Container("idock.daumkakao.io/shop/worker:3.1.0")]
        [LivenessProbe(GrpcPort = 9000, GrpcService = "worker")]
        [Port(9000, Name = "grpc")]
        public partial class Worker { }
        """;

    /// <summary>Two environments: what prod changes (replicas, a tag, resources, a variable, placement, autoscaler bounds), and what none does.</summary>
    public const string Staged = """
        using Manifests;

        [assembly: ManifestDefaults(Namespace = "shop", CreateNamespace = true)]
        [assembly: ManifestEnvironment("dev")]
        [assembly: ManifestEnvironment("prod")]

        namespace Staged;

        [Deployment(Replicas = 1)]
        [Container("idock.daumkakao.io/shop/frontend:1.4.2")]
        [Port(8080, Name = "http")]
        [Env("LOG_LEVEL", "debug")]
        [Env("LOG_LEVEL", "warn", Environment = "prod")]
        [Resources(CpuRequest = "100m", MemoryRequest = "128Mi")]
        [NodeSelector("pool", "general")]
        [NodeSelector("pool", "frontend", Environment = "prod")]
        [Toleration("dedicated", Value = "frontend", Effect = TaintEffect.NoSchedule, Environment = "prod")]
        [Override("prod", Replicas = 3, Tag = "1.4.1", CpuRequest = "500m", MemoryLimit = "512Mi")]
        [Service(Port = 80, TargetPort = "http")]
        public partial class Frontend { }

        [Deployment]
        [Container("idock.daumkakao.io/shop/worker:2.0.0")]
        [Resources(CpuRequest = "200m")]
        [Autoscale(Min = 1, Max = 3, CpuPercent = 70)]
        [Override("prod", MinReplicas = 3, MaxReplicas = 12)]
        public partial class Worker { }

        [Deployment]
        [Container("postgres:16.4")]
        public partial class Db { }
        """;
}
