using Manifests.Tests.Support;
using static Manifests.Tests.Support.AnalyzerVerifier;

namespace Manifests.Tests;

public class SmokeTests
{
    [Fact]
    public void Generates_a_deployment()
    {
        var files = GeneratorHarness.Run("""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] public partial class Web { }
            """);
        Assert.Contains("kind: Deployment", files["web-deployment.yaml"]);
    }

    [Fact]
    public Task Reports_negative_replicas()
        => VerifyAsync("""
            using Manifests;
            [Deployment(Replicas = {|KM109:-1|})] [Container("nginx:1.27")] public partial class Web { }
            """);
}
