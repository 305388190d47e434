using Manifests.Tests.Support;
using static Manifests.Tests.Support.AnalyzerVerifier;

namespace Manifests.Tests.Analyzers;

/// <summary>The seed's shop (the sources of examples/Shop) and the design document's example: real apps build without a squiggle.</summary>
public class ShopExampleTests
{
    [Fact]
    public Task The_shop_has_no_diagnostics()
        => VerifyAsync(Repository.ExampleSources("Shop"));

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
