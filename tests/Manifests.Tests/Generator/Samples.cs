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
}
