using static Manifests.Tests.Support.AnalyzerVerifier;

namespace Manifests.Tests.Analyzers;

/// <summary>KM108 quantities that are not Kubernetes quantities, and KM119 limits below their requests.</summary>
public class ResourceDiagnosticsTests
{
    [Fact]
    public Task Kubernetes_quantities_are_accepted()
        => VerifyAsync("""
            using Manifests;
            [Deployment]
            public partial class Web
            {
                [Container("nginx:1.27")]
                [Resources(CpuRequest = "250m", CpuLimit = "0.5", MemoryRequest = "128Mi", MemoryLimit = "1Gi", EphemeralStorageRequest = "1e3", EphemeralStorageLimit = "1E3")]
                public partial class A { }

                [Container("nginx:1.27")]
                [Resources(CpuRequest = ".5", CpuLimit = "+1", MemoryRequest = "2k", MemoryLimit = "1.5Gi", EphemeralStorageRequest = "0", EphemeralStorageLimit = "1Ei")]
                public partial class B { }

                [Container("nginx:1.27")]
                [Resources(CpuRequest = "100000n", CpuLimit = "500u", MemoryRequest = "1e-3", MemoryLimit = "1M")]
                public partial class C { }
            }
            """);

    [Theory]
    [InlineData("abc")]
    [InlineData("")]
    [InlineData("1gi")]
    [InlineData("250 m")]
    [InlineData("1.2.3")]
    [InlineData("1e")]
    [InlineData("1e99999999999")]
    public Task Text_that_is_no_quantity_is_reported_at_the_quantity(string quantity)
        => VerifyAsync($$"""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [Resources(CpuRequest = {|KM108:"{{quantity}}"|})] public partial class Web { }
            """);

    [Fact]
    public Task An_invalid_quantity_shows_what_a_quantity_looks_like()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [Resources(CpuRequest = "250m", MemoryRequest = {|#0:"256MB"|})] public partial class Web { }
            """,
            Diagnostic("KM108").WithLocation(0).WithMessage("memory request '256MB' is invalid: " + RuleText.Quantity));

    [Fact]
    public Task A_negative_quantity_is_reported()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [Resources(EphemeralStorageLimit = {|#0:"-1Gi"|})] public partial class Web { }
            """,
            Diagnostic("KM108").WithLocation(0).WithMessage("ephemeral-storage limit '-1Gi' is invalid: must be greater than or equal to 0"));

    [Fact]
    public Task A_memory_limit_below_its_request_is_reported_at_the_limit()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [Resources(MemoryLimit = {|#0:"256Mi"|}, MemoryRequest = "1Gi")] public partial class Web { }
            """,
            Diagnostic("KM119").WithLocation(0).WithMessage(
                "Memory limit 256Mi is below its request 1Gi: Kubernetes rejects this, so raise the limit or lower the request"));

    [Fact]
    public Task A_cpu_limit_below_its_request_is_reported_in_the_nested_container()
        => VerifyAsync("""
            using Manifests;
            [Deployment]
            public partial class Backend
            {
                [Container("idock.daumkakao.io/shop/backend:2.0.1")]
                [Resources(CpuRequest = "1", CpuLimit = {|#0:"500m"|})]
                public partial class Api { }
            }
            """,
            Diagnostic("KM119").WithLocation(0).WithMessage(
                "Cpu limit 500m is below its request 1: Kubernetes rejects this, so raise the limit or lower the request"));

    [Theory]
    [InlineData("1G", "1Gi")]
    [InlineData("999m", "1")]
    public Task Limits_below_requests_in_other_units_are_reported(string limit, string request)
        => VerifyAsync($$"""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [Resources(CpuRequest = "{{request}}", CpuLimit = {|KM119:"{{limit}}"|})] public partial class Web { }
            """);

    [Theory]
    [InlineData("1", "1000m")]
    [InlineData("0.7", "700m")]
    [InlineData("1Gi", "1024Mi")]
    [InlineData("1e3", "1k")]
    [InlineData("2", "1")]
    public Task Limits_equal_to_or_above_their_requests_are_accepted(string limit, string request)
        => VerifyAsync($$"""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [Resources(CpuRequest = "{{request}}", CpuLimit = "{{limit}}", MemoryRequest = "{{request}}", MemoryLimit = "{{limit}}")]
            public partial class Web { }
            """);

    [Fact]
    public Task A_limit_is_compared_only_with_the_request_of_its_own_resource()
        => VerifyAsync("""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [Resources(CpuRequest = "2", MemoryLimit = "1", EphemeralStorageRequest = "10Gi")] public partial class Web { }
            """);
}
