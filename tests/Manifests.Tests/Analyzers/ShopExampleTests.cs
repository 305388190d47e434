using static Manifests.Tests.Support.AnalyzerVerifier;

namespace Manifests.Tests.Analyzers;

/// <summary>The seed's shop, attribute for attribute as in examples/Shop: a real app must build without a squiggle.</summary>
public class ShopExampleTests
{
    private const string Defaults = """
        using Manifests;

        [assembly: ManifestDefaults(Namespace = "shop", PartOf = "shop")]
        [assembly: Label("team", "commerce")]
        """;

    private const string Frontend = """
        using Manifests;

        namespace Shop;

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
        """;

    private const string Backend = """
        using Manifests;

        namespace Shop;

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
        """;

    private const string Database = """
        using Manifests;

        namespace Shop;

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
        """;

    [Fact]
    public Task The_shop_has_no_diagnostics()
        => VerifyAsync([Defaults, Frontend, Backend, Database]);

    [Fact]
    public Task The_design_documents_example_has_no_diagnostics()
        => VerifyAsync("""
            using Manifests;

            [assembly: ManifestDefaults(Namespace = "shop")]

            [Deployment(Replicas = 3)]
            [Container("idock.daumkakao.io/shop/frontend:1.4.2")]
            [Port(8080, Name = "http")]
            [Env("API_URL", "http://backend:8080")]
            [Resources(CpuRequest = "250m", MemoryRequest = "256Mi", MemoryLimit = "512Mi")]
            [Toleration("node-role.dkosv3.9rum.cc/lb", Value = "true", Effect = TaintEffect.NoSchedule)]
            [Label("tier", "frontend")]
            [Service(Port = 80, TargetPort = "http")]
            public partial class Frontend { }

            [ReplicaSet(Name = "db", Replicas = 1)]
            [Container("idock.daumkakao.io/shop/db:15.4")]
            [Port(5432)]
            public partial class Database { }

            [Deployment]
            public partial class Backend
            {
                [Container("idock.daumkakao.io/shop/backend:2.0.1")] [Port(8080)] public partial class Api { }
                [Container("idock.daumkakao.io/shop/log-shipper:1.2.0")] public partial class LogShipper { }
            }
            """);
}
