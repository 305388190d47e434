using static Manifests.Tests.Support.ProjectBuilder;

namespace Manifests.Tests.BestPractice;

/// <summary>KM502: the container a Service sends traffic to says when it is ready for it.</summary>
public class ReadinessProbeTests
{
    private static readonly string[] Rule = ["KM502"];

    [Fact]
    public Task A_served_container_without_a_readiness_probe_is_reported_at_its_container_attribute()
        => new BestPracticeTest("""
            using Manifests;
            [Deployment]
            [{|#0:Container("idock.daumkakao.io/shop/frontend:1.4.2")|}]
            [Port(8080, Name = "http")]
            [Service(Port = 80, TargetPort = "http")]
            public partial class Frontend { }
            """) { Only = Rule }.RunAsync(
            Diagnostic("KM502").WithLocation(0).WithMessage(
                "Container 'frontend' of 'frontend' has no readiness probe, yet Service 'frontend' sends it traffic: Kubernetes counts it ready as soon as it " +
                "starts, so requests reach it before it can answer, and keep reaching it when it cannot; add a [ReadinessProbe(...)] " +
                "that succeeds only when it can serve"));

    [Fact]
    public Task A_startup_probe_alone_holds_traffic_back_only_until_the_start()
        => new BestPracticeTest("""
            using Manifests;
            [Deployment]
            [{|#0:Container("idock.daumkakao.io/shop/frontend:1.4.2")|}]
            [Port(8080, Name = "http")]
            [StartupProbe(Path = "/started", Port = "http")]
            [LivenessProbe(Path = "/livez", Port = "http")]
            [Service(Name = "web", Port = 80)]
            public partial class Frontend { }
            """) { Only = Rule }.RunAsync(
            Diagnostic("KM502").WithLocation(0).WithMessage(
                "Container 'frontend' of 'frontend' has a startup probe but no readiness probe, yet Service 'web' sends it traffic: once started it counts " +
                "as ready whatever happens, so requests keep reaching it when it cannot answer; add a [ReadinessProbe(...)] " +
                "that succeeds only when it can serve"));

    [Fact]
    public Task Only_the_container_that_exposes_the_target_port_needs_the_probe()
        => new BestPracticeTest("""
            using Manifests;
            [Deployment]
            [Service(Port = 8080, TargetPort = "api")]
            public partial class Backend
            {
                [{|KM502:Container("idock.daumkakao.io/shop/backend:2.0.1")|}]
                [Port(8080, Name = "api")]
                public partial class Api { }

                [Container("idock.daumkakao.io/shop/log-shipper:1.2.0")]
                [Port(9000, Name = "metrics")]
                [ReadinessProbe(TcpPort = "metrics")]
                public partial class LogShipper { }
            }
            """) { Only = Rule }.RunAsync();

    [Fact]
    public Task A_numeric_target_finds_its_container_by_number_and_protocol()
        => new BestPracticeTest("""
            using Manifests;
            [Deployment]
            [Service(Port = 53, Protocol = Protocol.Udp)]
            public partial class Dns
            {
                [Container("idock.daumkakao.io/infra/coredns:1.11.1")]
                [Port(53, Name = "dns-tcp")]
                [ReadinessProbe(TcpPort = "dns-tcp")]
                public partial class Tcp { }

                [{|KM502:Container("idock.daumkakao.io/infra/coredns:1.11.1")|}]
                [Port(53, Name = "dns", Protocol = Protocol.Udp)]
                public partial class Udp { }
            }
            """) { Only = Rule }.RunAsync();

    [Fact]
    public Task A_workload_without_a_Service_needs_no_readiness_probe()
        => new BestPracticeTest("""
            using Manifests;
            [Deployment]
            [Container("idock.daumkakao.io/shop/worker:2.0.1")]
            [Port(9000, Name = "metrics")]
            public partial class Worker { }
            """) { Only = Rule }.RunAsync();

    [Fact]
    public Task A_target_no_container_exposes_is_left_to_KM402()
        => new BestPracticeTest("""
            using Manifests;
            [Deployment]
            [Container("idock.daumkakao.io/shop/frontend:1.4.2")]
            [Port(8080, Name = "http")]
            [Service(Port = 80, TargetPort = "web")]
            public partial class Frontend { }
            """) { Only = Rule }.RunAsync();

    [Fact]
    public Task A_readiness_probe_of_any_kind_will_do()
        => new BestPracticeTest("""
            using Manifests;
            [StatefulSet]
            [Container("idock.daumkakao.io/shop/db:15.4")]
            [Port(5432, Name = "postgres")]
            [ReadinessProbe(Exec = new[] { "pg_isready", "-U", "shop" })]
            [Service(Port = 5432)]
            public partial class Database { }
            """) { Only = Rule }.RunAsync();
}
