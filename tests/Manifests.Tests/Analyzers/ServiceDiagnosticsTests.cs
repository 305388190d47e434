using static Manifests.Tests.Support.AnalyzerVerifier;

namespace Manifests.Tests.Analyzers;

/// <summary>
/// KM112 a Service port that is missing or not allowed for the Service type, and KM402 a Service whose target port
/// no container of its workload exposes (by name, by number, or by default, with the protocol taken into account).
/// </summary>
public class ServiceDiagnosticsTests
{
    [Fact]
    public Task A_service_without_a_port_is_reported_at_the_service_attribute()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [Port(8080)] [{|#0:Service|}] public partial class Web { }
            """,
            Diagnostic("KM112").WithLocation(0).WithMessage(
                "Service 'web' has no port: set Port to the port clients connect to, for example [Service(Port = 80)]"));

    [Fact]
    public Task A_service_with_arguments_but_no_port_is_reported_at_the_whole_attribute()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [Port(8080, Name = "http")] [{|KM112:Service(Name = "web", TargetPort = "http")|}] public partial class Web { }
            """);

    [Fact]
    public Task A_node_port_on_a_default_cluster_ip_service_is_reported_at_the_node_port()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [Port(8080)] [Service(Port = 80, NodePort = {|#0:30080|})] public partial class Web { }
            """,
            Diagnostic("KM112").WithLocation(0).WithMessage(
                "Service 'web' sets NodePort but its Type is ClusterIP: set Type = ServiceType.NodePort (or LoadBalancer), or remove NodePort"));

    [Fact]
    public Task A_node_port_on_an_explicit_cluster_ip_service_is_reported()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [Port(8080)] [Service(Port = 80, Type = ServiceType.ClusterIP, NodePort = {|KM112:30080|})] public partial class Web { }
            """);

    [Theory]
    [InlineData("NodePort")]
    [InlineData("LoadBalancer")]
    public Task A_node_port_on_a_node_port_or_load_balancer_service_is_accepted(string type)
        => VerifyAsync($$"""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [Port(8080)] [Service(Port = 80, Type = ServiceType.{{type}}, NodePort = 30080)] public partial class Web { }
            """);

    [Fact]
    public Task NodePort_zero_means_let_the_cluster_choose_for_every_type()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [Port(8080)] [Service(Port = 80, NodePort = 0)] public partial class Web { }
            [Deployment] [Container("nginx:1.27")] [Port(8080)] [Service(Port = 80, Type = ServiceType.NodePort, NodePort = 0)] public partial class Api { }
            """);

    [Fact]
    public Task A_target_port_name_no_container_exposes_is_reported_at_the_target()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [Port(8080, Name = "http")] [Service(Port = 80, TargetPort = {|#0:"metrics"|})] public partial class Web { }
            """,
            Diagnostic("KM402").WithLocation(0).WithMessage(
                "Service 'web' targets port 'metrics', which no container of 'web' exposes: the pod exposes 8080 ('http'); target one of them or declare the port with [Port(...)]"));

    [Fact]
    public Task A_target_port_number_no_container_exposes_is_reported_at_the_target()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [Port(8080, Name = "http")] [Port(8443)] [Service(Port = 80, TargetPort = {|#0:"9090"|})] public partial class Web { }
            """,
            Diagnostic("KM402").WithLocation(0).WithMessage(
                "Service 'web' targets port '9090', which no container of 'web' exposes: the pod exposes 8080 ('http'), 8443; target one of them or declare the port with [Port(...)]"));

    [Theory]
    [InlineData("metrics")]
    [InlineData("9090")]
    public Task Target_ports_of_any_container_of_the_pod_are_accepted(string target)
        => VerifyAsync($$"""
            using Manifests;
            [Deployment]
            [Service(Port = 80, TargetPort = "{{target}}")]
            public partial class Backend
            {
                [Container("idock.daumkakao.io/shop/backend:2.0.1")] [Port(8080, Name = "http")] public partial class Api { }
                [Container("prom/statsd-exporter:0.26.0")] [Port(9090, Name = "metrics")] public partial class Exporter { }
            }
            """);

    [Fact]
    public Task Without_a_target_port_the_only_container_port_is_the_target()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [Port(8080, Name = "http")] [Service(Port = 80)] public partial class Web { }
            """);

    [Fact]
    public Task Without_a_target_port_and_several_ports_the_service_port_must_be_one_of_them()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [Port(8080, Name = "http")] [Port(9090, Name = "metrics")] [{|#0:Service(Port = 80)|}] public partial class Web { }
            """,
            Diagnostic("KM402").WithLocation(0).WithMessage(
                "Service 'web' targets port '80', which no container of 'web' exposes: the pod exposes 8080 ('http'), 9090 ('metrics'); target one of them or declare the port with [Port(...)]"));

    [Fact]
    public Task Without_a_target_port_and_several_ports_a_service_port_among_them_is_accepted()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [Port(8080, Name = "http")] [Port(9090, Name = "metrics")] [Service(Port = 8080)] public partial class Web { }
            """);

    [Fact]
    public Task A_service_in_front_of_a_pod_without_ports_asks_for_one()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [{|#0:Service(Port = 80)|}] public partial class Web { }
            """,
            Diagnostic("KM402").WithLocation(0).WithMessage(
                "Service 'web' targets port '80', which no container of 'web' exposes: declare the port with [Port(...)] on the container that listens on it"));

    [Fact]
    public Task A_tcp_service_in_front_of_a_udp_port_names_the_protocols()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("coredns/coredns:1.11.1")] [Port(53, Name = "dns", Protocol = Protocol.Udp)] [{|#0:Service(Port = 53)|}] public partial class Dns { }
            """,
            Diagnostic("KM402").WithLocation(0).WithMessage(
                "Service 'dns' targets port 'dns', which no container of 'dns' exposes: port 'dns' is UDP but the Service is TCP, so set Protocol = Protocol.Udp on [Service]"));

    [Fact]
    public Task A_tcp_service_targeting_a_udp_port_by_number_is_reported_at_the_target()
        => VerifyAsync("""
            using Manifests;
            [Deployment]
            [Container("coredns/coredns:1.11.1")]
            [Port(53, Protocol = Protocol.Udp)]
            [Port(9153, Name = "metrics")]
            [Service(Port = 53, TargetPort = {|#0:"53"|})]
            public partial class Dns { }
            """,
            Diagnostic("KM402").WithLocation(0).WithMessage(
                "Service 'dns' targets port '53', which no container of 'dns' exposes: port '53' is UDP but the Service is TCP, so set Protocol = Protocol.Udp on [Service]"));

    [Fact]
    public Task A_udp_service_in_front_of_a_udp_port_is_accepted()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("coredns/coredns:1.11.1")] [Port(53, Name = "dns", Protocol = Protocol.Udp)] [Service(Port = 53, Protocol = Protocol.Udp)] public partial class Dns { }
            """);
}
