using System.Globalization;

namespace Manifests.Benchmarks.Workloads;

/// <summary>
/// The C# a team with <c>count</c> services would write: one file per workload, in the mix of
/// <see cref="WorkloadRole"/> (web front ends, internal and public APIs, workers, a StatefulSet database per ten
/// services). Each pod has resources, probes, env from the shared ConfigMap and a declared Secret, volumes and mounts,
/// security contexts, a pull secret for the private registry, a toleration and a spread or anti-affinity; around it a
/// Service, Ingress, autoscaler and disruption budget where its role has them. One file per ten services declares that
/// domain's ConfigMap and its database's Secret; one file the platform's shared ConfigMap and Secret; one the assembly
/// defaults (namespace, registries, common label, a prod environment); and one file has nothing to do with Kubernetes.
/// Every image is <c>registry.example.com/team/app-i:1.0.0</c> except the shared sidecar and migration images, all in
/// <see cref="WorldFiles.ImageCatalog"/>. The project is valid and meets the best practices: the analyzers should report
/// nothing, which <see cref="Support.ProjectCheck"/> verifies.
/// </summary>
internal static class WorkloadSources
{
    public const string DefaultsPath = "Defaults.cs";
    public const string UnrelatedPath = "Unrelated.cs";
    public const string PlatformPath = "Config/Platform.cs";

    /// <summary>The taint every workload tolerates; <see cref="WorldFiles.ClusterProfile"/> puts it on some nodes.</summary>
    public const string TaintKey = "dedicated";
    public const string TaintValue = "apps";

    /// <summary>The registry every image comes from: allowed, and private (so every pod names a pull secret).</summary>
    public const string Registry = "registry.example.com";

    /// <summary>The images beside the services' own, shared by every pod that runs them.</summary>
    public const string LogShipperImage = Registry + "/platform/log-shipper:2.3.1";
    public const string MigrateImage = Registry + "/platform/migrate:1.8.0";

    public static string PathOf(int index) => $"Workloads/App{Number(index)}.cs";

    public static string DomainPath(int domain) => $"Config/Domain{Number(domain)}.cs";

    /// <summary>
    /// The workload file of <paramref name="index"/>. <paramref name="replicas"/> is the attribute the edit benchmarks
    /// change; roles that are autoscaled write no replica count (the autoscaler owns it) and ignore it.
    /// </summary>
    public static string Workload(int index, int replicas = 2)
    {
        var body = WorkloadRoles.Of(index) switch
        {
            WorkloadRole.Web => Web(index, replicas),
            WorkloadRole.Database => Database(index),
            WorkloadRole.Api => Api(index, migrations: false, ingress: false),
            WorkloadRole.MigratingApi => Api(index, migrations: true, ingress: true),
            WorkloadRole.PublicApi => Api(index, migrations: false, ingress: true),
            WorkloadRole.Worker => Worker(index, replicas),
            _ => BatchWorker(index, replicas),
        };
        return $$"""
            using Manifests;

            namespace Bench.Apps;

            {{body}}
            """;
    }

    /// <summary>
    /// Web front end: two containers on nested classes sharing an emptyDir, a Service and an Ingress route on the web
    /// host, a disruption budget, and in prod four replicas and its own value of a variable.
    /// </summary>
    private static string Web(int index, int replicas)
    {
        var i = Number(index);
        return $$"""
            /// <summary>Web front end number {{i}}.</summary>
            [Deployment(Name = "app-{{i}}", Replicas = {{Number(replicas)}}, RevisionHistoryLimit = 5)]
            [Override("prod", Replicas = 4)]
            {{PodAttributes("frontend")}}
            [Volume("tmp", EmptyDir = true, SizeLimit = "64Mi")]
            [Volume("logs", EmptyDir = true, SizeLimit = "256Mi")]
            [RollingUpdate(MaxSurge = "25%", MaxUnavailable = "0")]
            [SpreadAcross("topology.kubernetes.io/zone", MaxSkew = 1, WhenUnsatisfiable = UnsatisfiableSpread.ScheduleAnyway)]
            [PodAntiAffinity(Preferred = true, Weight = 100)]
            [Service(Port = 80, TargetPort = "http")]
            [Ingress("www.example.com", Path = "/app-{{i}}", TlsSecret = "www-tls", ClassName = "nginx")]
            [DisruptionBudget(MinAvailable = "1")]
            public partial class App{{i}}
            {
                [Container("{{Registry}}/team/app-{{i}}:1.0.0", Name = "server")]
                [Port(8080, Name = "http")]
                [ReadinessProbe(Path = "/healthz/ready", Port = "http", PeriodSeconds = 5)]
                [LivenessProbe(Path = "/healthz/live", Port = "http", InitialDelaySeconds = 10, FailureThreshold = 5)]
                [EnvFrom(typeof(Bench.Config.PlatformConfig))]
                [Env("PAYMENTS_API_KEY", Secret = typeof(Bench.Config.ApiKeys), Key = "payments")]
                [Env("SENTRY_ENVIRONMENT", "dev")]
                [Env("SENTRY_ENVIRONMENT", "prod", Environment = "prod")]
                [Resources(CpuRequest = "250m", MemoryRequest = "256Mi", CpuLimit = "1", MemoryLimit = "512Mi")]
                {{ContainerSecurity}}
                [Mount("tmp", "/tmp")]
                [Mount("logs", "/var/log/app")]
                public partial class Server
                {
                    public int Handle(int request) => request + {{i}};
                }

                [Container("{{LogShipperImage}}")]
                [Resources(CpuRequest = "50m", MemoryRequest = "64Mi", MemoryLimit = "128Mi")]
                {{ContainerSecurity}}
                [Mount("logs", "/var/log/app", ReadOnly = true)]
                public partial class LogShipper
                {
                }
            }
            """;
    }

    /// <summary>The domain's database: a StatefulSet with a claim per pod and credentials from the domain's Secret.</summary>
    private static string Database(int index)
    {
        var i = Number(index);
        var domain = Number(WorkloadRoles.DomainOf(index));
        return $$"""
            /// <summary>The database of domain {{domain}}.</summary>
            [StatefulSet(Name = "app-{{i}}", Replicas = 3, PodManagementPolicy = PodManagementPolicy.Parallel, TerminationGracePeriodSeconds = 60)]
            [Container("{{Registry}}/team/app-{{i}}:1.0.0")]
            [Port(5432, Name = "postgres")]
            [Env("POSTGRES_USER", Secret = typeof(Bench.Config.Domain{{domain}}Database), Key = "username")]
            [Env("POSTGRES_PASSWORD", Secret = typeof(Bench.Config.Domain{{domain}}Database), Key = "password")]
            [Env("PGDATA", "/var/lib/postgresql/data/pgdata")]
            [ReadinessProbe(Exec = new[] { "pg_isready", "-U", "app" }, PeriodSeconds = 5)]
            [LivenessProbe(TcpPort = "postgres", InitialDelaySeconds = 30)]
            [Resources(CpuRequest = "500m", MemoryRequest = "1Gi", CpuLimit = "2", MemoryLimit = "2Gi")]
            {{ContainerSecurity}}
            [Mount("data", "/var/lib/postgresql/data")]
            [Mount("run", "/var/run/postgresql")]
            [Override("prod", CpuRequest = "1", MemoryRequest = "4Gi", MemoryLimit = "8Gi")]
            {{PodAttributes("database")}}
            [Volume("run", EmptyDir = true, Medium = StorageMedium.Memory, SizeLimit = "16Mi")]
            [VolumeClaim("data", "20Gi", StorageClass = "standard")]
            [RollingUpdate(Partition = 0)]
            [NodeAffinity("topology.kubernetes.io/zone", "zone-0", "zone-1", "zone-2", Preferred = true, Weight = 50)]
            [PodAntiAffinity]
            [Service(Port = 5432, TargetPort = "postgres")]
            [DisruptionBudget(MaxUnavailable = "1")]
            public partial class App{{i}}
            {
                public int Handle(int request) => request + {{i}};
            }
            """;
    }

    /// <summary>
    /// An API: autoscaled (and so no replica count), a Service, a budget, env and a read-only volume from the domain's
    /// ConfigMap, the database URL from its Secret; behind the API host when <paramref name="ingress"/>, and with a
    /// migration init container (the pod's containers then on nested classes) when <paramref name="migrations"/>.
    /// </summary>
    private static string Api(int index, bool migrations, bool ingress)
    {
        var i = Number(index);
        var domain = Number(WorkloadRoles.DomainOf(index));
        var container = $$"""
            [Container("{{Registry}}/team/app-{{i}}:1.0.0")]
            [Port(8080, Name = "http")]
            [Port(9090, Name = "metrics")]
            [ReadinessProbe(Path = "/healthz/ready", Port = "http", PeriodSeconds = 5)]
            [LivenessProbe(Path = "/healthz/live", Port = "http", InitialDelaySeconds = 10)]
            [EnvFrom(typeof(Bench.Config.PlatformConfig))]
            [Env("FEATURES", ConfigMap = typeof(Bench.Config.Domain{{domain}}Config), Key = "features")]
            [Env("DATABASE_URL", Secret = typeof(Bench.Config.Domain{{domain}}Database), Key = "url")]
            [Resources(CpuRequest = "200m", MemoryRequest = "256Mi", CpuLimit = "1", MemoryLimit = "512Mi")]
            {{ContainerSecurity}}
            [Mount("tmp", "/tmp")]
            [Mount("config", "/etc/app", ReadOnly = true)]
            """;
        var classBody = migrations
            ? $$"""
                {
                    {{Indent(container, "    ")}}
                    public partial class Main
                    {
                        public int Handle(int request) => request + {{i}};
                    }

                    [InitContainer("{{MigrateImage}}", Args = new[] { "up", "--database-env", "DATABASE_URL" })]
                    [Env("DATABASE_URL", Secret = typeof(Bench.Config.Domain{{domain}}Database), Key = "url")]
                    [Resources(CpuRequest = "100m", MemoryRequest = "64Mi", MemoryLimit = "128Mi")]
                    {{ContainerSecurity}}
                    public partial class Migrate
                    {
                    }
                }
                """
            : $$"""
                {
                    public int Handle(int request) => request + {{i}};
                }
                """;
        return $$"""
            /// <summary>API number {{i}}.</summary>
            [Deployment(Name = "app-{{i}}", MinReadySeconds = 5)]
            {{(migrations ? string.Empty : container)}}
            {{PodAttributes("backend")}}
            [ServiceAccount("app-{{i}}")]
            [Volume("tmp", EmptyDir = true, SizeLimit = "64Mi")]
            [Volume("config", ConfigMap = typeof(Bench.Config.Domain{{domain}}Config))]
            [RollingUpdate(MaxSurge = "1", MaxUnavailable = "0")]
            [SpreadAcross("topology.kubernetes.io/zone", MaxSkew = 1, WhenUnsatisfiable = UnsatisfiableSpread.ScheduleAnyway)]
            [Service(Port = 80, TargetPort = "http")]
            {{(ingress ? $"[Ingress(\"api.example.com\", Path = \"/app-{i}\", PathType = IngressPathType.Prefix, Port = 80, TlsSecret = \"api-tls\", ClassName = \"nginx\")]" : string.Empty)}}
            [Autoscale(Min = 2, Max = 10, CpuPercent = 70{{(migrations ? ", MemoryPercent = 80" : string.Empty)}})]
            [Override("prod", MinReplicas = 3, MaxReplicas = 20)]
            [DisruptionBudget(MaxUnavailable = "1")]
            [DependsOn(typeof(App{{Number(WorkloadRoles.DatabaseOf(index))}}))]
            public partial class App{{i}}
            {{classBody}}
            """;
    }

    /// <summary>A queue worker: no Service, a liveness probe on its metrics port, the database URL from the Secret.</summary>
    private static string Worker(int index, int replicas)
    {
        var i = Number(index);
        var domain = Number(WorkloadRoles.DomainOf(index));
        return $$"""
            /// <summary>Worker number {{i}}.</summary>
            [Deployment(Name = "app-{{i}}", Replicas = {{Number(replicas)}})]
            [Container("{{Registry}}/team/app-{{i}}:1.0.0", Args = new[] { "--queue", "jobs-{{i}}" })]
            [Port(9090, Name = "metrics")]
            [LivenessProbe(Path = "/healthz", Port = "metrics", PeriodSeconds = 15)]
            [EnvFrom(typeof(Bench.Config.PlatformConfig))]
            [Env("DATABASE_URL", Secret = typeof(Bench.Config.Domain{{domain}}Database), Key = "url")]
            [Env("WORKER_CONCURRENCY", "8")]
            [Resources(CpuRequest = "100m", MemoryRequest = "128Mi", CpuLimit = "500m", MemoryLimit = "256Mi")]
            {{ContainerSecurity}}
            [Mount("tmp", "/tmp")]
            {{PodAttributes("worker")}}
            [Volume("tmp", EmptyDir = true, SizeLimit = "1Gi")]
            [RollingUpdate(MaxUnavailable = "1")]
            [DependsOn(typeof(App{{Number(WorkloadRoles.DatabaseOf(index))}}))]
            public partial class App{{i}}
            {
                public int Handle(int request) => request + {{i}};
            }
            """;
    }

    /// <summary>A batch worker: recreated on update, probed by exec, on amd64 nodes only.</summary>
    private static string BatchWorker(int index, int replicas)
    {
        var i = Number(index);
        return $$"""
            /// <summary>Batch worker number {{i}}.</summary>
            [Deployment(Name = "app-{{i}}", Replicas = {{Number(replicas)}}, TerminationGracePeriodSeconds = 120)]
            [Container("{{Registry}}/team/app-{{i}}:1.0.0", Command = new[] { "/app/batch" }, Args = new[] { "--shard", "{{i}}" })]
            [StartupProbe(Exec = new[] { "/app/batch", "ready" }, FailureThreshold = 30)]
            [LivenessProbe(Exec = new[] { "/app/batch", "alive" }, PeriodSeconds = 30)]
            [EnvFrom(typeof(Bench.Config.PlatformConfig), Prefix = "PLATFORM_")]
            [Resources(CpuRequest = "500m", MemoryRequest = "512Mi", CpuLimit = "2", MemoryLimit = "1Gi", EphemeralStorageRequest = "1Gi")]
            {{ContainerSecurity}}
            [Mount("scratch", "/scratch")]
            {{PodAttributes("batch")}}
            [Volume("scratch", EmptyDir = true, SizeLimit = "2Gi")]
            [Recreate]
            [NodeAffinity("kubernetes.io/arch", "amd64")]
            public partial class App{{i}}
            {
                public int Handle(int request) => request + {{i}};
            }
            """;
    }

    /// <summary>What every pod has: a tier label, the pull secret, a non-root pod, and the apps nodes' toleration.</summary>
    private static string PodAttributes(string tier) => $$"""
        [Label("tier", "{{tier}}")]
        [ImagePullSecret("registry-pull")]
        [PodSecurityContext(RunAsNonRoot = true, RunAsUser = 10001, FsGroup = 10001, Seccomp = SeccompProfile.RuntimeDefault)]
        [Toleration("{{TaintKey}}", Value = "{{TaintValue}}", Effect = TaintEffect.NoSchedule)]
        """;

    /// <summary>What every container has: no privilege escalation, a read-only root, no capabilities.</summary>
    private const string ContainerSecurity =
        """[SecurityContext(AllowPrivilegeEscalation = false, ReadOnlyRootFilesystem = true, DropCapabilities = new[] { "ALL" })]""";

    /// <summary>The platform's ConfigMap, which every service reads its environment from, and the shared API keys.</summary>
    public static string Platform => """
        using Manifests;

        namespace Bench.Config;

        /// <summary>What every service reads from its environment.</summary>
        [ConfigMap(Name = "platform")]
        [Data("LOG_LEVEL", "info")]
        [Data("LOG_FORMAT", "json")]
        [Data("OTEL_EXPORTER_OTLP_ENDPOINT", "http://otel-collector.observability:4317")]
        [Data("REGION", "kr-central")]
        [Label("tier", "config")]
        public partial class PlatformConfig { }

        /// <summary>Keys of the third-party APIs, created by the platform team.</summary>
        [Secret("api-keys", Keys = new[] { "payments", "search" })]
        public partial class ApiKeys { }
        """;

    /// <summary>A domain's ConfigMap and the Secret its database and services share, created by the team.</summary>
    public static string Domain(int domain)
    {
        var d = Number(domain);
        return $$"""
            using Manifests;

            namespace Bench.Config;

            /// <summary>Settings of domain {{d}}.</summary>
            [ConfigMap(Name = "domain-{{d}}")]
            [Data("features", "search,cart,recommendations")]
            [Data("cache-ttl", "300")]
            [Data("app.properties", "pool.size=16\npool.timeout=30s\n")]
            [Label("tier", "config")]
            public partial class Domain{{d}}Config { }

            /// <summary>The credentials of domain {{d}}'s database.</summary>
            [Secret("domain-{{d}}-db", Keys = new[] { "username", "password", "url" })]
            public partial class Domain{{d}}Database { }
            """;
    }

    public static string Defaults => $$"""
        using Manifests;

        [assembly: ManifestDefaults(Namespace = "bench", PartOf = "bench", AllowedRegistries = new[] { "{{Registry}}" }, PrivateRegistries = new[] { "{{Registry}}" })]
        [assembly: Label("team", "bench")]
        [assembly: ManifestEnvironment("prod")]
        """;

    /// <summary>A file with nothing to do with Kubernetes; the unrelated-edit benchmarks change <paramref name="value"/>.</summary>
    public static string Unrelated(int value) => $$"""
        namespace Bench;

        public static class Clock
        {
            public static int Ticks(int start) => start + {{Number(value)}};
        }
        """;

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Indents every line after the first, for a block placed at an indented hole of a template.</summary>
    private static string Indent(string text, string indent) => text.Replace("\n", "\n" + indent, StringComparison.Ordinal);
}
