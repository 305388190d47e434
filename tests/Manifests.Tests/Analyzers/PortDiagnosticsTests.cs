using static Manifests.Tests.Support.AnalyzerVerifier;

namespace Manifests.Tests.Analyzers;

/// <summary>
/// KM106 port numbers, KM107 port names and KM111 ports declared twice in one pod (whose containers share one network,
/// so a clash across nested container classes is a clash too).
/// </summary>
public class PortDiagnosticsTests
{
    [Fact]
    public Task Port_numbers_are_checked_at_both_ends_of_the_range()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [Port(1)] [Service(Port = 1)] public partial class A { }
            [Deployment] [Container("nginx:1.27")] [Port(65535)] [Service(Port = 65535)] public partial class B { }
            [Deployment]
            [Container("nginx:1.27")]
            [Port({|KM106:0|})]
            [Port({|KM106:-1|})]
            [Port({|KM106:65536|})]
            [Port({|KM106:int.MaxValue|})]
            public partial class C { }
            """);

    [Fact]
    public Task A_container_port_out_of_range_says_the_range()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [Port({|#0:65536|}, Name = "http")] public partial class Web { }
            """,
            Diagnostic("KM106").WithLocation(0).WithMessage("Container port 65536 " + RuleText.PortRange));

    [Fact]
    public Task A_port_written_by_parameter_name_is_found()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [Port(containerPort: {|KM106:0|}, Name = "http")] public partial class Web { }
            """);

    [Fact]
    public Task A_service_port_out_of_range_is_reported_once_at_the_port()
        => VerifyAsync("""
            using Manifests;
            [Deployment]
            [Container("nginx:1.27")]
            [Port(8080, Name = "http")]
            [Port(9090, Name = "metrics")]
            [Service(Port = {|#0:65536|})]
            public partial class Web { }
            """,
            Diagnostic("KM106").WithLocation(0).WithMessage("Service port 65536 " + RuleText.PortRange));

    [Fact]
    public Task A_service_port_of_zero_written_out_is_out_of_range()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [Port(8080)] [Service(Port = {|#0:0|})] public partial class Web { }
            """,
            Diagnostic("KM106").WithLocation(0).WithMessage("Service port 0 " + RuleText.PortRange));

    [Fact]
    public Task A_bad_container_port_is_not_reported_again_as_the_services_default_target()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [Port({|KM106:0|})] [Service(Port = 80)] public partial class Web { }
            """);

    [Theory]
    [InlineData("0")]
    [InlineData("65536")]
    public Task A_numeric_target_port_out_of_range_is_reported_at_the_target(string target)
        => VerifyAsync($$"""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [Port(8080)] [Service(Port = 80, TargetPort = {|#0:"{{target}}"|})] public partial class Web { }
            """,
            Diagnostic("KM106").WithLocation(0).WithMessage($"Target port {target} " + RuleText.PortRange));

    [Fact]
    public Task A_node_port_out_of_range_is_reported_at_the_node_port()
        => VerifyAsync("""
            using Manifests;
            [Deployment]
            [Container("nginx:1.27")]
            [Port(8080)]
            [Service(Port = 80, Type = ServiceType.NodePort, NodePort = {|#0:70000|})]
            public partial class Web { }
            """,
            Diagnostic("KM106").WithLocation(0).WithMessage("Node port 70000 " + RuleText.PortRange));

    [Fact]
    public Task Valid_port_names_are_accepted()
        => VerifyAsync("""
            using Manifests;
            [Deployment]
            [Container("nginx:1.27")]
            [Port(8080, Name = "http")]
            [Port(8081, Name = "h2c")]
            [Port(8082, Name = "a-b")]
            [Port(8083, Name = "1a")]
            [Port(8084, Name = "web-8080")]
            [Port(8085, Name = "abcdefghijklmno")]
            [Service(Port = 80, TargetPort = "abcdefghijklmno", PortName = "a-b")]
            public partial class Web { }
            """);

    [Theory]
    [InlineData("HTTP", "must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)")]
    [InlineData("a--b", "must not contain consecutive hyphens")]
    [InlineData("-http", "must not begin or end with a hyphen")]
    [InlineData("http-", "must not begin or end with a hyphen")]
    [InlineData("8080", "must contain at least one letter (a-z)")]
    [InlineData("abcdefghijklmnop", "must be no more than 15 characters (it has 16)")]
    [InlineData("", "a port name must not be empty")]
    public Task Invalid_port_names_are_reported_at_the_name_with_the_reason(string name, string reason)
        => VerifyAsync($$"""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [Port(8080, Name = {|#0:"{{name}}"|})] public partial class Web { }
            """,
            Diagnostic("KM107").WithLocation(0).WithMessage($"Port name '{name}' is invalid: {reason}"));

    [Fact]
    public Task Service_port_names_and_target_names_follow_the_same_rule()
        => VerifyAsync("""
            using Manifests;
            [Deployment]
            [Container("nginx:1.27")]
            [Port(8080, Name = "http")]
            [Service(Port = 80, TargetPort = {|#0:"HTTP"|}, PortName = {|#1:"web--port"|})]
            public partial class Web { }
            """,
            Diagnostic("KM107").WithLocation(0).WithMessage("Port name 'HTTP' is invalid: must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)"),
            Diagnostic("KM107").WithLocation(1).WithMessage("Port name 'web--port' is invalid: must not contain consecutive hyphens"));

    [Fact]
    public Task The_same_port_number_in_two_containers_is_reported_at_the_second()
        => VerifyAsync("""
            using Manifests;
            [Deployment]
            public partial class Backend
            {
                [Container("idock.daumkakao.io/shop/backend:2.0.1")] [Port(8080)] public partial class Api { }
                [Container("idock.daumkakao.io/shop/admin:1.0.0")] [Port({|#0:8080|})] public partial class Admin { }
            }
            """,
            Diagnostic("KM111").WithLocation(0).WithMessage(
                "Port 8080/TCP (containers of a pod share one network) is declared twice in the pod of 'backend': remove one of them"));

    [Fact]
    public Task The_same_port_number_twice_in_one_container_is_reported()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [Port(8080)] [Port({|KM111:8080|})] public partial class Web { }
            """);

    [Fact]
    public Task The_same_port_number_over_two_protocols_is_accepted()
        => VerifyAsync("""
            using Manifests;
            [Deployment]
            public partial class Dns
            {
                [Container("coredns/coredns:1.11.1")] [Port(53, Name = "dns", Protocol = Protocol.Udp)] public partial class Server { }
                [Container("example/dns-over-tcp:1.0")] [Port(53, Name = "dns-tcp")] public partial class TcpServer { }
            }
            """);

    [Fact]
    public Task The_same_port_name_in_two_containers_is_reported_at_the_second_name()
        => VerifyAsync("""
            using Manifests;
            [Deployment]
            public partial class Backend
            {
                [Container("idock.daumkakao.io/shop/backend:2.0.1")] [Port(8080, Name = "http")] public partial class Api { }
                [Container("idock.daumkakao.io/shop/admin:1.0.0")] [Port(8081, Name = {|#0:"http"|})] public partial class Admin { }
            }
            """,
            Diagnostic("KM111").WithLocation(0).WithMessage("Port name 'http' is declared twice in the pod of 'backend': remove one of them"));
}
