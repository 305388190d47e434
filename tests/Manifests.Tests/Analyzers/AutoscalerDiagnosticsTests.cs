using static Manifests.Tests.Support.AnalyzerVerifier;

namespace Manifests.Tests.Analyzers;

/// <summary>
/// The HorizontalPodAutoscaler: its bounds and targets as the API server judges them (KM143), a metric left to
/// Kubernetes' default (KM144), containers without the request a utilization target is a percentage of (KM411), and a
/// replica count written beside it (KM412).
/// </summary>
public class AutoscalerDiagnosticsTests
{
    /// <summary>A workload whose one container requests cpu and memory; each test adds the autoscaler under test.</summary>
    private static string Web(string autoscale, string workload = "[Deployment]") => $$"""
        using Manifests;
        {{workload}} [Container("nginx:1.27")] [Resources(CpuRequest = "250m", MemoryRequest = "256Mi")]
        {{autoscale}}
        public partial class Web { }
        """;

    [Theory]
    [InlineData("Max = 10, CpuPercent = 70")]
    [InlineData("Min = 1, Max = 1, MemoryPercent = 1")]
    [InlineData("Min = 3, Max = 10, CpuPercent = 70, MemoryPercent = 150")]
    public Task Bounds_and_targets_kubernetes_takes_are_accepted(string arguments)
        => VerifyAsync(Web($"[Autoscale({arguments})]"));

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    public Task A_min_below_one_is_reported_at_min(int min)
        => VerifyAsync(Web($$"""[Autoscale(Min = {|#0:{{min}}|}, Max = 5, CpuPercent = 70)]"""),
            Diagnostic("KM143").WithLocation(0).WithMessage(
                $"Min {min} of the autoscaler of 'web' is invalid: must be greater than or equal to 1 (an autoscaler does not scale to zero)"));

    [Fact]
    public Task An_autoscaler_without_max_is_reported_at_the_attribute()
        => VerifyAsync(Web("[{|#0:Autoscale(Min = 2, CpuPercent = 70)|}]"),
            Diagnostic("KM143").WithLocation(0).WithMessage(
                "The autoscaler of 'web' has no Max: set the most replicas it may scale to, for example [Autoscale(Min = 2, Max = 10, CpuPercent = 70)]"));

    [Fact]
    public Task A_max_below_one_is_reported_at_max()
        => VerifyAsync(Web("[Autoscale(Max = {|#0:0|}, CpuPercent = 70)]"),
            Diagnostic("KM143").WithLocation(0).WithMessage("Max 0 of the autoscaler of 'web' is invalid: must be greater than 0"));

    [Fact]
    public Task A_max_below_min_is_reported_at_max()
        => VerifyAsync(Web("[Autoscale(Min = 5, Max = {|#0:3|}, CpuPercent = 70)]"),
            Diagnostic("KM143").WithLocation(0).WithMessage(
                "Max 3 of the autoscaler of 'web' is below its Min 5: Max must be greater than or equal to Min, so raise Max or lower Min"));

    [Theory]
    [InlineData("CpuPercent", 0, "cpu")]
    [InlineData("MemoryPercent", -10, "memory")]
    public Task A_target_below_one_percent_is_reported_at_the_target(string property, int value, string resource)
        => VerifyAsync(Web($$"""[Autoscale(Max = 5, {{property}} = {|#0:{{value}}|})]"""),
            Diagnostic("KM143").WithLocation(0).WithMessage(
                $"{property} {value} of the autoscaler of 'web' is invalid: must be greater than 0 (a percentage of the pods' {resource} requests, such as 70)"));

    [Fact]
    public Task An_autoscaler_without_a_metric_is_a_warning_at_the_attribute()
        => VerifyAsync(Web("[{|#0:Autoscale(Min = 2, Max = 5)|}]"),
            Diagnostic("KM144").WithLocation(0).WithMessage(
                "The autoscaler of 'web' sets neither CpuPercent nor MemoryPercent, so Kubernetes scales it on its default, 80% of the pods' cpu requests: set CpuPercent (or MemoryPercent) to say what it scales on"));

    [Fact]
    public Task A_container_without_the_cpu_request_is_reported_at_the_cpu_target()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [Resources(MemoryRequest = "256Mi")]
            [Autoscale(Max = 5, CpuPercent = {|#0:70|})]
            public partial class Web { }
            """,
            Diagnostic("KM411").WithLocation(0).WithMessage(
                "The autoscaler of 'web' targets 70% of the pods' cpu requests, but container 'web' requests no cpu, so Kubernetes cannot compute the utilization and never scales: set CpuRequest on the container's [Resources]"));

    [Fact]
    public Task Every_container_must_request_the_resource_and_the_message_names_those_that_do_not()
        => VerifyAsync("""
            using Manifests;
            [Deployment]
            [Autoscale(Max = 5, CpuPercent = 70, MemoryPercent = {|#0:80|})]
            public partial class Web
            {
                [Container("nginx:1.27")] [Resources(CpuRequest = "250m")] public partial class Server { }
                [Container("fluent-bit:3.0")] [Resources(CpuRequest = "50m")] public partial class LogShipper { }
                [Container("envoy:1.30")] [Resources(CpuRequest = "50m", MemoryRequest = "64Mi")] public partial class Proxy { }
            }
            """,
            Diagnostic("KM411").WithLocation(0).WithMessage(
                "The autoscaler of 'web' targets 80% of the pods' memory requests, but containers 'server', 'log-shipper' request no memory, so Kubernetes cannot compute the utilization and never scales: set MemoryRequest on each one's [Resources]"));

    [Fact]
    public Task The_default_cpu_metric_needs_cpu_requests_too()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("nginx:1.27")]
            [{|#0:Autoscale(Max = 5)|}]
            public partial class Web { }
            """,
            Diagnostic("KM144").WithLocation(0),
            Diagnostic("KM411").WithLocation(0).WithMessage(
                "The autoscaler of 'web' targets 80% of the pods' cpu requests, but container 'web' requests no cpu, so Kubernetes cannot compute the utilization and never scales: set CpuRequest on the container's [Resources]"));

    [Fact]
    public Task A_limit_alone_is_a_request_and_init_containers_are_not_counted()
        => VerifyAsync("""
            using Manifests;
            [Deployment]
            [Autoscale(Max = 5, CpuPercent = 70, MemoryPercent = 80)]
            public partial class Web
            {
                [Container("nginx:1.27")] [Resources(CpuLimit = "1", MemoryLimit = "512Mi")] public partial class Server { }
                [InitContainer("busybox:1.36")] public partial class Migrate { }
            }
            """);

    [Fact]
    public Task A_target_reported_as_invalid_is_not_judged_against_the_requests()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("nginx:1.27")]
            [Autoscale(Max = 5, CpuPercent = {|KM143:0|})]
            public partial class Web { }
            """);

    [Theory]
    [InlineData("Deployment")]
    [InlineData("ReplicaSet")]
    [InlineData("StatefulSet")]
    public Task Replicas_written_on_an_autoscaled_workload_is_a_warning_at_replicas(string kind)
        => VerifyAsync($$"""
            using Manifests;
            [{{kind}}(Replicas = {|#0:3|})] [Container("nginx:1.27")] [Port(8080)] [Service(Port = 8080)] [Resources(CpuRequest = "250m")]
            [Autoscale(Min = 2, Max = 5, CpuPercent = 70)]
            public partial class Web { }
            """,
            Diagnostic("KM412").WithLocation(0).WithMessage(
                "Replicas = 3 on 'web' fights its autoscaler: every apply sets the pods back to 3 until the autoscaler scales them again; remove Replicas and let the autoscaler own the count"));

    [Fact]
    public Task Replicas_without_an_autoscaler_is_the_workloads_own()
        => VerifyAsync("""
            using Manifests;
            [Deployment(Replicas = 3)] [Container("nginx:1.27")]
            public partial class Web { }
            """);
}
