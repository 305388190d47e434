using k8s.Models;
using Manifests.Tests.Support;

namespace Manifests.Tests.Generator;

/// <summary>
/// What the pod's rules mean for the YAML: a class with one of their Errors gets none, with the error as the reason
/// the build reports; a class with only their Warnings gets its YAML, valid for the API server as the client reads it.
/// </summary>
public class PodRulesGeneratorTests
{
    private const string Referred = """
        [ConfigMap] [Data("LOG_LEVEL", "info")] public partial class ShopConfig { }
        [Secret("db-credentials", Keys = new[] { "password" })] public partial class DbCredentials { }
        public class Helper { }
        [Deployment] [Container("busybox:1.36")] public partial class Worker { }
        """;

    [Theory]
    [InlineData("[ReadinessProbe(PeriodSeconds = 5)]", "KM123: [ReadinessProbe] of container 'web' says how often to probe but not how")]
    [InlineData("[Volume(\"cache\")] [Mount(\"cache\", \"/cache\")]", "KM124: Volume 'cache' has no source")]
    [InlineData("[SecurityContext(RunAsNonRoot = true, RunAsUser = 0)]", "KM125: Container 'web' must not run as root")]
    [InlineData("[RollingUpdate(MaxSurge = \"0\", MaxUnavailable = \"0\")]", "KM126: MaxSurge and MaxUnavailable are both 0")]
    [InlineData("[SpreadAcross(\"topology.kubernetes.io/zone\", MaxSkew = 0)]", "KM127: MaxSkew 0 of the spread across 'topology.kubernetes.io/zone' is invalid")]
    [InlineData("[DependsOn(typeof(Helper))]", "KM403: [DependsOn] names 'Helper', which is not a workload")]
    [InlineData("[LivenessProbe(TcpPort = \"admin\")]", "KM404: [LivenessProbe] of container 'web' probes port 'admin'")]
    [InlineData("[Env(\"DB_PASSWORD\", Secret = typeof(DbCredentials), Key = \"pasword\")]", "KM405: Secret 'db-credentials' ('DbCredentials') has no key 'pasword'")]
    [InlineData("[Env(\"LOG_LEVEL\", Secret = typeof(ShopConfig))]", "KM405: [Env] sets Secret = typeof(ShopConfig), but 'ShopConfig' is a ConfigMap")]
    [InlineData("[Mount(\"cache\", \"/cache\")]", "KM406: Container 'web' mounts volume 'cache', which the pod does not declare")]
    [InlineData("[Env(\"MODE\")]", "KM115: Environment variable 'MODE' in container 'web' has no value")]
    [InlineData("[ServiceAccount(\"Web_SA\")]", "KM101: ServiceAccount name 'Web_SA' is invalid")]
    public void An_error_withholds_the_workload_and_its_service_with_the_error_as_reason(string attributes, string reason)
    {
        var files = GeneratorHarness.Run($$"""
            using Manifests;
            {{Referred}}
            [Deployment] [Container("nginx:1.27")] [Port(8080, Name = "http")] [Service(Port = 80)] {{attributes}} public partial class Web { }
            """);

        Assert.DoesNotContain("web-deployment.yaml", files.ByPath.Keys);
        Assert.DoesNotContain("web-service.yaml", files.ByPath.Keys);
        Assert.Equal(["web-deployment.yaml", "web-service.yaml"], files.Withheld.Select(w => w.Path));
        Assert.All(files.Withheld, withheld => Assert.StartsWith("'Web' has an error, " + reason, withheld.Reason, StringComparison.Ordinal));
        // The other classes of the project are written.
        Assert.Contains("worker-deployment.yaml", files.ByPath.Keys);
    }

    [Fact]
    public void Warnings_withhold_nothing_and_the_yaml_is_valid()
    {
        var files = GeneratorHarness.Run($$"""
            using Manifests;
            {{Referred}}
            [Deployment(Replicas = 0)] [Container("nginx:1.27")] [Port(8080, Name = "http")] [Service(Port = 80)]
            [DependsOn(typeof(Worker))]
            [LivenessProbe(TcpPort = "8081")]
            [Volume("scratch", EmptyDir = true)]
            public partial class Web { }
            """);

        Assert.Empty(files.Withheld);
        var deployment = (V1Deployment)KubernetesJudge.Parse(files["web-deployment.yaml"]);
        Assert.Equal(0, deployment.Spec.Replicas);
        Assert.Equal("8081", deployment.Spec.Template.Spec.Containers[0].LivenessProbe.TcpSocket.Port.Value);
        Assert.Equal("scratch", Assert.Single(deployment.Spec.Template.Spec.Volumes).Name);
        Assert.IsType<V1Service>(KubernetesJudge.Parse(files["web-service.yaml"]));
    }

    [Fact]
    public void The_generator_judges_namespaces_with_the_assembly_defaults()
    {
        var files = GeneratorHarness.Run("""
            using Manifests;
            [assembly: ManifestDefaults(Namespace = "shop")]
            [ConfigMap(Namespace = "infra")] [Data("LOG_LEVEL", "info")] public partial class InfraConfig { }
            [Deployment] [Container("nginx:1.27")] [EnvFrom(typeof(InfraConfig))] public partial class Web { }
            [Deployment(Namespace = "infra")] [Container("nginx:1.27")] [EnvFrom(typeof(InfraConfig))] public partial class Agent { }
            """);

        var (path, reason) = Assert.Single(files.Withheld);
        Assert.Equal("shop/web-deployment.yaml", path);
        Assert.StartsWith("'Web' has an error, KM405: ConfigMap 'infra-config' ('InfraConfig') is in namespace 'infra', but the pod of 'web' runs in 'shop'", reason, StringComparison.Ordinal);
        Assert.Contains("infra/agent-deployment.yaml", files.ByPath.Keys);
    }

    [Fact]
    public void A_probe_port_resolved_by_default_is_the_one_the_validation_accepted()
    {
        var files = GeneratorHarness.Run("""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [Port(8080, Name = "http")] [ReadinessProbe(Path = "/healthz")] public partial class Web { }
            """);

        var probe = ((V1Deployment)KubernetesJudge.Parse(files["web-deployment.yaml"])).Spec.Template.Spec.Containers[0].ReadinessProbe;
        Assert.Equal(("/healthz", "http"), (probe.HttpGet.Path, probe.HttpGet.Port.Value));
    }
}
