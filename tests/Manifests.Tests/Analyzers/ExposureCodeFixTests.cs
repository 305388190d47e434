using Manifests.CodeFixes.Exposure;
using Manifests.Tests.Support;
using static Manifests.Tests.Support.AnalyzerVerifier;

namespace Manifests.Tests.Analyzers;

/// <summary>
/// <see cref="RemoveArgumentCodeFix"/> (KM412 Replicas beside an autoscaler, KM408 an Ingress port the Service lacks)
/// and <see cref="AddServiceCodeFix"/> (KM417 a StatefulSet without its Service, KM407 an Ingress without one). Every
/// test with two diagnostics also runs Fix All (document, project, solution), which the testing library checks
/// against the same fixed source.
/// </summary>
public class ExposureCodeFixTests
{
    [Fact]
    public Task Replicas_is_removed_with_the_parentheses_it_leaves_empty()
        => VerifyCodeFixAsync<RemoveArgumentCodeFix>(
            """
            using Manifests;
            [Deployment(Replicas = {|KM412:3|})] [Container("nginx:1.27")] [Resources(CpuRequest = "250m")]
            [Autoscale(Min = 2, Max = 5, CpuPercent = 70)]
            public partial class Web { }
            """,
            """
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [Resources(CpuRequest = "250m")]
            [Autoscale(Min = 2, Max = 5, CpuPercent = 70)]
            public partial class Web { }
            """);

    [Fact]
    public Task Fix_all_removes_replicas_wherever_it_stands_among_other_arguments()
        => VerifyCodeFixAsync<RemoveArgumentCodeFix>(
            """
            using Manifests;
            [Deployment(Name = "web", Replicas = {|KM412:3|}, MinReadySeconds = 5)] [Container("nginx:1.27")] [Resources(CpuRequest = "250m")]
            [Autoscale(Max = 5, CpuPercent = 70)]
            public partial class Web { }

            [ReplicaSet(Replicas = {|KM412:2|}, Name = "api")] [Container("api:2")] [Resources(CpuRequest = "250m")]
            [Autoscale(Max = 5, CpuPercent = 70)]
            public partial class Api { }
            """,
            """
            using Manifests;
            [Deployment(Name = "web", MinReadySeconds = 5)] [Container("nginx:1.27")] [Resources(CpuRequest = "250m")]
            [Autoscale(Max = 5, CpuPercent = 70)]
            public partial class Web { }

            [ReplicaSet(Name = "api")] [Container("api:2")] [Resources(CpuRequest = "250m")]
            [Autoscale(Max = 5, CpuPercent = 70)]
            public partial class Api { }
            """);

    [Fact]
    public Task Fix_all_removes_every_ingress_port_the_service_lacks()
        => VerifyCodeFixAsync<RemoveArgumentCodeFix>(
            """
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [Port(8080)] [Service(Port = 80)]
            [Ingress("shop.example.com", Port = {|KM408:8080|})]
            [Ingress("shop.example.com", Path = "/api", Port = {|KM408:443|}, TlsSecret = "shop-tls")]
            public partial class Web { }
            """,
            """
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [Port(8080)] [Service(Port = 80)]
            [Ingress("shop.example.com")]
            [Ingress("shop.example.com", Path = "/api", TlsSecret = "shop-tls")]
            public partial class Web { }
            """);

    [Fact]
    public Task A_stateful_set_gets_a_service_on_its_only_port_below_its_attribute()
        => VerifyCodeFixAsync<AddServiceCodeFix>(
            """
            using Manifests;

            namespace Shop;

            /// <summary>The database.</summary>
            [{|KM417:StatefulSet(Replicas = 3)|}]
            [Container("postgres:16")]
            [Port(5432, Name = "postgres")]
            [Mount("data", "/var/lib/postgresql/data")]
            [VolumeClaim("data", "10Gi")]
            public partial class Database { }
            """,
            """
            using Manifests;

            namespace Shop;

            /// <summary>The database.</summary>
            [StatefulSet(Replicas = 3)]
            [Service(Port = 5432)]
            [Container("postgres:16")]
            [Port(5432, Name = "postgres")]
            [Mount("data", "/var/lib/postgresql/data")]
            [VolumeClaim("data", "10Gi")]
            public partial class Database { }
            """);

    [Fact]
    public Task Fix_all_adds_one_service_to_each_workload_even_with_several_ingresses()
        => new ProjectBuilder("""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [Port(8080, Name = "http")]
            [{|KM407:Ingress("shop.example.com")|}]
            [{|KM407:Ingress("shop.example.com", Path = "/api")|}]
            public partial class Web { }

            [{|KM417:Manifests.StatefulSet|}] [Container("postgres:16")] [Port(5432)]
            public partial class Db { }
            """)
        {
            Analyzer = new Generators.Analyzers.WorkloadAnalyzer(),
            CodeFix = new AddServiceCodeFix(),
            FixedSource = """
                using Manifests;
                [Deployment] [Service(Port = 8080)] [Container("nginx:1.27")] [Port(8080, Name = "http")]
                [Ingress("shop.example.com")]
                [Ingress("shop.example.com", Path = "/api")]
                public partial class Web { }

                [Manifests.StatefulSet] [Manifests.Service(Port = 5432)] [Container("postgres:16")] [Port(5432)]
                public partial class Db { }
                """,
        }.RunAsync();

    [Fact]
    public Task No_service_is_offered_when_the_pod_has_several_ports_or_none()
        => VerifyNoCodeFixAsync<AddServiceCodeFix>("""
            using Manifests;
            [{|KM417:StatefulSet|}] [Container("postgres:16")] [Port(5432)] [Port(9187, Name = "metrics")]
            public partial class Database { }

            [Deployment] [Container("nginx:1.27")]
            [{|KM407:Ingress("shop.example.com")|}]
            public partial class Web { }
            """);
}
