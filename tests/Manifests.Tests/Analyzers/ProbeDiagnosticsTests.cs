using Microsoft.CodeAnalysis;
using static Manifests.Tests.Support.AnalyzerVerifier;

namespace Manifests.Tests.Analyzers;

/// <summary>
/// Probes as the API server and the kubelet read them: one handler (KM123), a readable port (KM106, KM107) that the
/// container declares (KM404: an Error by name, which the kubelet cannot resolve; a Warning by number, which a process
/// may listen on undeclared), numbers Kubernetes accepts (KM123), and no argument the handler ignores (KM117).
/// </summary>
public class ProbeDiagnosticsTests
{
    [Fact]
    public Task Every_kind_of_probe_with_its_own_port_is_accepted()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("nginx:1.27")]
            [Port(8080, Name = "http")] [Port(9000)]
            [ReadinessProbe(Path = "/healthz", Port = "http", Scheme = ProbeScheme.Https, PeriodSeconds = 0, TimeoutSeconds = 3, SuccessThreshold = 2)]
            [LivenessProbe(TcpPort = "8080", InitialDelaySeconds = 0, SuccessThreshold = 1, FailureThreshold = 0)]
            [StartupProbe(GrpcPort = 9000, GrpcService = "health")]
            public partial class Web { }

            [Deployment] [Container("postgres:16")] [Port(5432)]
            [ReadinessProbe(Exec = new[] { "pg_isready" })]
            [LivenessProbe(Path = "/livez")]
            public partial class Db { }
            """);

    [Fact]
    public Task A_probe_without_a_handler_is_reported_at_the_attribute()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [Port(8080)] [{|#0:ReadinessProbe(PeriodSeconds = 5)|}] public partial class Web { }
            """,
            Diagnostic("KM123").WithLocation(0).WithMessage(
                "[ReadinessProbe] of container 'web' says how often to probe but not how: set Path for an HTTP GET, TcpPort for a TCP connection, Exec for a command or GrpcPort for a gRPC health check"));

    [Fact]
    public Task An_empty_command_is_no_handler()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [{|KM123:LivenessProbe(Exec = new string[0])|}] public partial class Web { }
            """);

    [Fact]
    public Task A_port_without_a_path_is_reported_at_the_port()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [Port(8080, Name = "http")] [LivenessProbe(Port = {|#0:"http"|})] public partial class Web { }
            """,
            Diagnostic("KM123").WithLocation(0).WithMessage(
                "[LivenessProbe] of container 'web' sets Port but no Path, so it probes nothing: Port is the port of an HTTP GET, so add Path = \"/healthz\", or write TcpPort = \"http\" for a TCP connection"));

    [Fact]
    public Task Each_handler_beyond_the_first_is_reported_at_its_argument()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [Port(8080)]
            [ReadinessProbe(Path = "/healthz", TcpPort = {|#0:"8080"|}, Exec = {|#1:new[] { "true" }|})]
            public partial class Web { }
            """,
            Diagnostic("KM123").WithLocation(0).WithMessage(
                "[ReadinessProbe] of container 'web' sets both Path and TcpPort, but a probe asks in exactly one way and Kubernetes rejects two: keep one of them"),
            Diagnostic("KM123").WithLocation(1).WithMessage(
                "[ReadinessProbe] of container 'web' sets both Path and Exec, but a probe asks in exactly one way and Kubernetes rejects two: keep one of them"));

    [Fact]
    public Task An_http_probe_without_a_port_needs_the_containers_only_port()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [{|#0:ReadinessProbe(Path = "/healthz")|}] public partial class Bare { }
            [Deployment] [Container("nginx:1.27")] [Port(8080, Name = "http")] [Port(9090)] [{|#1:LivenessProbe(Path = "/livez")|}] public partial class Two { }
            """,
            Diagnostic("KM123").WithLocation(0).WithMessage(
                "[ReadinessProbe] of container 'bare' has no Port, and the container declares no port to default to: set Port to the port that serves the path, or declare it with [Port(...)]"),
            Diagnostic("KM123").WithLocation(1).WithMessage(
                "[LivenessProbe] of container 'two' has no Port, and the container declares several (8080 ('http'), 9090), so none is the default: set Port to the one that serves the path"));

    [Theory]
    [InlineData("InitialDelaySeconds")]
    [InlineData("PeriodSeconds")]
    [InlineData("TimeoutSeconds")]
    [InlineData("SuccessThreshold")]
    [InlineData("FailureThreshold")]
    public Task A_negative_number_is_reported_at_it(string setting)
        => VerifyAsync($$"""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [Port(8080)] [ReadinessProbe(Path = "/", {{setting}} = {|#0:-1|})] public partial class Web { }
            """,
            Diagnostic("KM123").WithLocation(0).WithMessage(
                $"[ReadinessProbe] of container 'web' sets {setting} = -1, but it must be 0 or more: write a positive number, or remove it to keep Kubernetes' default"));

    [Theory]
    [InlineData("LivenessProbe")]
    [InlineData("StartupProbe")]
    public Task A_success_threshold_above_one_is_reported_on_liveness_and_startup_probes(string probe)
        => VerifyAsync($$"""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [Port(8080)] [{{probe}}(TcpPort = "8080", SuccessThreshold = {|#0:3|})] public partial class Web { }
            """,
            Diagnostic("KM123").WithLocation(0).WithMessage(
                $"[{probe}] of container 'web' sets SuccessThreshold = 3, but Kubernetes requires 1 for liveness and startup probes (one success is enough to count): remove SuccessThreshold"));

    [Theory]
    [InlineData("Path = \"/\", Port = {|KM106:\"0\"|}")]
    [InlineData("Path = \"/\", Port = {|KM106:\"65536\"|}")]
    [InlineData("TcpPort = {|KM106:\"70000\"|}")]
    public Task A_port_number_out_of_range_is_km106(string arguments)
        => VerifyAsync($$"""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [Port(8080)] [ReadinessProbe({{arguments}})] public partial class Web { }
            """);

    [Fact]
    public Task A_grpc_port_out_of_range_is_km106()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [Port(8080)] [LivenessProbe(GrpcPort = {|#0:0|})] public partial class Web { }
            """,
            Diagnostic("KM106").WithLocation(0).WithMessage("Probe port 0 is out of range: a port number must be between 1 and 65535"));

    [Fact]
    public Task An_invalid_port_name_is_km107()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [Port(8080, Name = "http")] [ReadinessProbe(TcpPort = {|#0:"HTTP"|})] public partial class Web { }
            """,
            Diagnostic("KM107").WithLocation(0).WithMessage("Port name 'HTTP' is invalid: must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)"));

    [Fact]
    public Task Http_and_grpc_settings_beside_another_handler_are_km117()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [Port(8080)]
            [ReadinessProbe(TcpPort = "8080", Port = {|#0:"8080"|}, Scheme = {|#1:ProbeScheme.Https|}, GrpcService = {|#2:"health"|})]
            public partial class Web { }
            """,
            Diagnostic("KM117").WithLocation(0).WithMessage("Port has no effect on [ReadinessProbe] without Path: it belongs to an HTTP GET, and this probe uses TcpPort, so remove Port"),
            Diagnostic("KM117").WithLocation(1).WithMessage("Scheme has no effect on [ReadinessProbe] without Path: it belongs to an HTTP GET, and this probe uses TcpPort, so remove Scheme"),
            Diagnostic("KM117").WithLocation(2).WithMessage("GrpcService has no effect on [ReadinessProbe] without GrpcPort: set GrpcPort for a gRPC health check, or remove GrpcService"));

    [Fact]
    public Task A_port_name_the_container_does_not_declare_is_an_error_listing_its_ports()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [Port(8080, Name = "http")] [Port(9090, Name = "metrics")]
            [ReadinessProbe(Path = "/healthz", Port = {|#0:"admin"|})]
            public partial class Web { }
            """,
            Diagnostic("KM404").WithLocation(0).WithSeverity(DiagnosticSeverity.Error).WithMessage(
                "[ReadinessProbe] of container 'web' probes port 'admin', which the container does not declare, so the kubelet cannot resolve it and the probe always fails: the container declares 8080 ('http'), 9090 ('metrics'), so probe one of them or declare the port with [Port(..., Name = \"admin\")]"));

    [Fact]
    public Task A_misspelt_port_name_gets_did_you_mean()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [Port(8080, Name = "http")] [LivenessProbe(TcpPort = {|#0:"htp"|})] public partial class Web { }
            """,
            Diagnostic("KM404").WithLocation(0).WithSeverity(DiagnosticSeverity.Error).WithMessage(
                "[LivenessProbe] of container 'web' probes port 'htp', which the container does not declare, so the kubelet cannot resolve it and the probe always fails: did you mean 'http'?"));

    [Fact]
    public Task A_port_name_on_a_container_without_ports_asks_to_declare_it()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [ReadinessProbe(TcpPort = {|#0:"http"|})] public partial class Web { }
            """,
            Diagnostic("KM404").WithLocation(0).WithSeverity(DiagnosticSeverity.Error).WithMessage(
                "[ReadinessProbe] of container 'web' probes port 'http', which the container does not declare, so the kubelet cannot resolve it and the probe always fails: declare it with [Port(number, Name = \"http\")] beside the container"));

    [Fact]
    public Task A_port_name_of_another_container_is_an_error_the_kubelet_resolves_names_per_container()
        => VerifyAsync("""
            using Manifests;
            [Deployment]
            public partial class Backend
            {
                [Container("idock.daumkakao.io/shop/backend:2.0.1")] [Port(8080, Name = "api")] [ReadinessProbe(Path = "/ready", Port = {|#0:"metrics"|})] public partial class Api { }
                [Container("prom/statsd-exporter:0.26.0")] [Port(9102, Name = "metrics")] public partial class Exporter { }
            }
            """,
            Diagnostic("KM404").WithLocation(0).WithSeverity(DiagnosticSeverity.Error).WithMessage(
                "[ReadinessProbe] of container 'api' probes port 'metrics', which only container 'exporter' declares: a probe resolves a port name among its own container's ports, so it always fails; declare the port on 'api', or move the probe to 'exporter'"));

    [Fact]
    public Task A_port_number_the_container_does_not_declare_is_a_warning()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [Port(8080, Name = "http")] [LivenessProbe(TcpPort = {|#0:"8081"|})] [ReadinessProbe(GrpcPort = {|#1:9000|})] public partial class Web { }
            [Deployment] [Container("nginx:1.27")] [ReadinessProbe(Path = "/", Port = {|#2:"80"|})] public partial class Bare { }
            """,
            Diagnostic("KM404").WithLocation(0).WithSeverity(DiagnosticSeverity.Warning).WithMessage(
                "[LivenessProbe] of container 'web' probes port 8081, which the container does not declare: if the process listens there, declare it with [Port(8081)]; otherwise probe one of 8080 ('http')"),
            Diagnostic("KM404").WithLocation(1).WithSeverity(DiagnosticSeverity.Warning).WithMessage(
                "[ReadinessProbe] of container 'web' probes port 9000, which the container does not declare: if the process listens there, declare it with [Port(9000)]; otherwise probe one of 8080 ('http')"),
            Diagnostic("KM404").WithLocation(2).WithSeverity(DiagnosticSeverity.Warning).WithMessage(
                "[ReadinessProbe] of container 'bare' probes port 80, which the container does not declare: if the process listens there, declare it with [Port(80)] so that the pod says so"));

    [Fact]
    public Task A_port_number_of_another_container_is_a_warning_it_checks_that_container()
        => VerifyAsync("""
            using Manifests;
            [Deployment]
            public partial class Backend
            {
                [Container("idock.daumkakao.io/shop/backend:2.0.1")] [Port(8080)] [LivenessProbe(TcpPort = {|#0:"9102"|})] public partial class Api { }
                [Container("prom/statsd-exporter:0.26.0")] [Port(9102)] public partial class Exporter { }
            }
            """,
            Diagnostic("KM404").WithLocation(0).WithSeverity(DiagnosticSeverity.Warning).WithMessage(
                "[LivenessProbe] of container 'api' probes port 9102, which container 'exporter' declares: containers share the pod's network, so this probe checks 'exporter', not 'api'; move the probe to 'exporter', or probe a port of 'api'"));

    [Fact]
    public Task Probe_text_with_a_lone_surrogate_is_km120()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [Port(8080)] [ReadinessProbe(Path = {|#0:"/\uD800"|})] public partial class Web { }
            """,
            Diagnostic("KM120").WithLocation(0).WithMessage("Probe of container 'web' contains a lone UTF-16 surrogate (\\uD800), which no YAML file can hold: remove it or complete the pair"));
}
