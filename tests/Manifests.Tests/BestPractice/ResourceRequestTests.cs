using static Manifests.Tests.Support.ProjectBuilder;

namespace Manifests.Tests.BestPractice;

/// <summary>KM501: cpu and memory requests on every container that keeps running.</summary>
public class ResourceRequestTests
{
    private static readonly string[] Rule = ["KM501"];

    [Fact]
    public Task A_container_without_resources_is_reported_at_its_container_attribute()
        => new BestPracticeTest("""
            using Manifests;
            [Deployment] [{|#0:Container("idock.daumkakao.io/shop/frontend:1.4.2")|}] public partial class Frontend { }
            """) { Only = Rule }.RunAsync(
            Diagnostic("KM501").WithLocation(0).WithMessage(
                "Container 'frontend' of 'frontend' requests neither cpu nor memory: the scheduler places its pods as if they needed nothing, so they " +
                "land on nodes without room and are the first evicted when memory runs short; add [Resources(CpuRequest = ..., MemoryRequest = ...)] " +
                "with what the container uses at rest"));

    [Fact]
    public Task A_missing_cpu_request_is_reported_at_the_resources_attribute()
        => new BestPracticeTest("""
            using Manifests;
            [Deployment]
            public partial class Backend
            {
                [Container("idock.daumkakao.io/shop/backend:2.0.1")]
                [{|#0:Resources(MemoryRequest = "512Mi")|}]
                public partial class Api { }
            }
            """) { Only = Rule }.RunAsync(
            Diagnostic("KM501").WithLocation(0).WithMessage(
                "Container 'api' of 'backend' requests no cpu: the scheduler reserves none for it, so a busy node starves it; " +
                "set CpuRequest on its [Resources] to what it uses at rest"));

    [Fact]
    public Task A_missing_memory_request_is_reported_at_the_resources_attribute()
        => new BestPracticeTest("""
            using Manifests;
            [Deployment]
            [Container("idock.daumkakao.io/shop/backend:2.0.1")]
            [{|#0:Resources(CpuRequest = "500m", EphemeralStorageRequest = "1Gi")|}]
            public partial class Backend { }
            """) { Only = Rule }.RunAsync(
            Diagnostic("KM501").WithLocation(0).WithMessage(
                "Container 'backend' of 'backend' requests no memory: the scheduler reserves none for it, so its pods land on nodes without room " +
                "and are among the first evicted when memory runs short; set MemoryRequest on its [Resources] to what it uses at rest"));

    [Fact]
    public Task Each_container_of_a_pod_is_judged_on_its_own()
        => new BestPracticeTest("""
            using Manifests;
            [Deployment]
            public partial class Backend
            {
                [Container("idock.daumkakao.io/shop/backend:2.0.1")]
                [Resources(CpuRequest = "500m", MemoryRequest = "512Mi")]
                public partial class Api { }

                [{|KM501:Container("idock.daumkakao.io/shop/log-shipper:1.2.0")|}]
                public partial class LogShipper { }
            }
            """) { Only = Rule }.RunAsync();

    [Fact]
    public Task Limits_alone_count_as_requests_because_Kubernetes_requests_the_limit()
        => new BestPracticeTest("""
            using Manifests;
            [Deployment]
            [Container("idock.daumkakao.io/shop/backend:2.0.1")]
            [Resources(CpuLimit = "1", MemoryLimit = "1Gi")]
            public partial class Backend { }
            """) { Only = Rule }.RunAsync();

    [Fact]
    public Task An_init_container_needs_no_requests_of_its_own()
        => new BestPracticeTest("""
            using Manifests;
            [Deployment]
            [Container("idock.daumkakao.io/shop/backend:2.0.1")]
            [Resources(CpuRequest = "500m", MemoryRequest = "512Mi")]
            public partial class Backend
            {
                [InitContainer("idock.daumkakao.io/shop/migrations:2.0.1")]
                public partial class Migrate { }
            }
            """) { Only = Rule }.RunAsync();

    [Fact]
    public Task The_hardened_workload_has_its_requests()
        => new BestPracticeTest(BestPracticeTest.Hardened).RunAsync();
}
