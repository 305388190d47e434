using System.Collections.Immutable;
using k8s.Models;
using Manifests.Generators.Analyzers;
using Manifests.Generators.Diagnostics;
using Manifests.Tests.Generator;
using Manifests.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Manifests.Tests.Analyzers;

/// <summary>
/// What the exposure rules (KM140-KM146, KM407-KM417) mean for the YAML: an error withholds the class's objects with
/// its reason, a warning writes them all (and the official client still reads them strictly), and the production
/// shop, which uses every one of these objects, meets none of the rules.
/// </summary>
public class ExposureGeneratorTests
{
    [Theory]
    [InlineData("[Ingress(\"Shop.Example.com\")]", "KM140: Ingress host 'Shop.Example.com' is invalid: " + RuleText.Subdomain)]
    [InlineData("[Ingress(\"shop.example.com\", Path = \"api\")]", "KM141: Ingress path 'api' (Prefix) is invalid: must be an absolute path")]
    [InlineData("[Ingress(\"shop.example.com\", ClassName = \"Nginx\")]", "KM142: Ingress class name 'Nginx' is invalid: " + RuleText.Subdomain)]
    [InlineData("[Autoscale(Min = 5, Max = 3, CpuPercent = 70)]", "KM143: Max 3 of the autoscaler of 'web' is below its Min 5: Max must be greater than or equal to Min, so raise Max or lower Min")]
    [InlineData("[DisruptionBudget(MinAvailable = \"1\", MaxUnavailable = \"1\")]", "KM145: The disruption budget of 'web' sets both MinAvailable and MaxUnavailable, which Kubernetes rejects: keep one of them")]
    [InlineData("[Ingress(\"shop.example.com\", Port = 8080)]", "KM408: Ingress port 8080 is not a port of Service 'web', whose only port is 80: remove Port (the Ingress then goes to the Service's port) or set Port = 80")]
    [InlineData("[Ingress(\"shop.example.com\")] [Ingress(\"shop.example.com\")]", "KM409: Host 'shop.example.com' path '/' (Prefix) is routed twice by 'web': remove one of the two [Ingress] attributes")]
    public void An_error_withholds_every_object_of_the_class_with_its_reason(string attribute, string reason)
    {
        var files = GeneratorHarness.Run($$"""
            using Manifests;
            [Deployment(Replicas = 3)] [Container("nginx:1.27")] [Port(8080)] [Resources(CpuRequest = "250m")] [Service(Port = 80)]
            {{attribute}}
            public partial class Web { }
            """);

        Assert.Empty(files.ByPath);
        Assert.NotEmpty(files.Withheld);
        Assert.All(files.Withheld, withheld => Assert.Equal("'Web' has an error, " + reason, withheld.Reason));
        Assert.Contains(files.Withheld, withheld => withheld.Path == "web-deployment.yaml");
    }

    [Fact]
    public void An_ingress_without_a_service_is_withheld_rather_than_dropped()
    {
        var files = GeneratorHarness.Run("""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [Port(8080)] [Ingress("shop.example.com")]
            public partial class Web { }
            """);

        Assert.Empty(files.ByPath);
        var (path, reason) = Assert.Single(files.Withheld);
        Assert.Equal("web-deployment.yaml", path);
        Assert.StartsWith("'Web' has an error, KM407: The Ingress of 'web' for host 'shop.example.com' routes to the workload's Service", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_volume_claim_error_withholds_the_stateful_set_and_its_service()
    {
        var files = GeneratorHarness.Run("""
            using Manifests;
            [StatefulSet] [Container("postgres:16")] [Port(5432)] [Service(Port = 5432)]
            [Mount("data", "/data")] [VolumeClaim("data", "10GB")]
            public partial class Db { }
            """);

        Assert.Empty(files.ByPath);
        Assert.Equal(["db-service.yaml", "db-statefulset.yaml"], files.Withheld.Select(withheld => withheld.Path));
        Assert.All(files.Withheld, withheld => Assert.Equal(
            "'Db' has an error, KM146: Size '10GB' of volume claim 'data' is invalid: write a quantity of storage such as 10Gi or 500Mi", withheld.Reason));
    }

    [Fact]
    public void A_path_yaml_cannot_carry_is_withheld_instead_of_breaking_the_generator()
    {
        var files = GeneratorHarness.Run("""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [Port(8080)] [Service(Port = 80)]
            [Ingress("shop.example.com", Path = "/shop\uD800", PathType = IngressPathType.ImplementationSpecific)]
            public partial class Web { }
            """);

        Assert.Empty(files.ByPath);
        Assert.All(files.Withheld, withheld => Assert.StartsWith("'Web' has an error, KM120: Path of the Ingress of 'web'", withheld.Reason, StringComparison.Ordinal));
    }

    /// <summary>One project with every exposure warning at once: KM144, KM410, KM411, KM412, KM413, KM414, KM415, KM417.</summary>
    private const string EveryWarning = """
        using Manifests;
        namespace Warned;

        [Deployment(Replicas = 4)] [Container("nginx:1.27")] [Port(8080)] [Service(Port = 80)]
        [Ingress("shop.example.com")]
        [Autoscale(Min = 2, Max = 5)]
        [DisruptionBudget(MaxUnavailable = "0")]
        public partial class Web { }

        [Deployment] [Container("legacy:3")] [Port(8080)] [Service(Port = 80)] [Resources(MemoryRequest = "64Mi")]
        [Ingress("shop.example.com")]
        [Autoscale(Max = 3, MemoryPercent = 80, CpuPercent = 60)]
        [DisruptionBudget(MinAvailable = "1")]
        public partial class Legacy { }

        [StatefulSet(Replicas = 2)] [Container("postgres:16")] [Port(5432)]
        [Mount("data", "/data")] [VolumeClaim("data", "10Gi")] [VolumeClaim("wal", "1Gi", StorageClass = "")]
        [DisruptionBudget(MinAvailable = "2")]
        public partial class Db { }
        """;

    [Fact]
    public async Task Warnings_write_every_object_and_the_official_client_reads_them_strictly()
    {
        var reported = await AnalyzeAsync(EveryWarning);
        Assert.Equal(
            ["KM144", "KM410", "KM410", "KM411", "KM411", "KM412", "KM413", "KM413", "KM414", "KM415", "KM417"],
            reported.Select(d => d.Id).Order(StringComparer.Ordinal));
        Assert.All(reported, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));

        var files = GeneratorHarness.Run(EveryWarning);
        Assert.Empty(files.Withheld);
        Assert.Equal(
            [
                "db-poddisruptionbudget.yaml", "db-statefulset.yaml", "kustomization.yaml",
                "legacy-deployment.yaml", "legacy-horizontalpodautoscaler.yaml", "legacy-ingress.yaml", "legacy-poddisruptionbudget.yaml", "legacy-service.yaml",
                "web-deployment.yaml", "web-horizontalpodautoscaler.yaml", "web-ingress.yaml", "web-poddisruptionbudget.yaml", "web-service.yaml",
            ],
            files.ByPath.Keys);
        var documents = KubernetesJudge.ParseAll(files);
        Assert.Null(((V2HorizontalPodAutoscaler)documents["web-horizontalpodautoscaler.yaml"]).Spec.Metrics);
        Assert.Equal(4, ((V1Deployment)documents["web-deployment.yaml"]).Spec.Replicas);
        Assert.Equal(["data", "wal"], ((V1StatefulSet)documents["db-statefulset.yaml"]).Spec.VolumeClaimTemplates.Select(claim => claim.Metadata.Name));
        Assert.Null(((V1StatefulSet)documents["db-statefulset.yaml"]).Spec.ServiceName);
    }

    [Fact]
    public async Task The_production_shop_meets_none_of_the_exposure_rules()
    {
        Assert.Empty((await AnalyzeAsync(Samples.Production)).Where(IsExposureRule));

        // The same shop with one word more does meet one: the check above would see a rule that fires.
        var withReplicas = Samples.Production.Replace("[Deployment(MinReadySeconds = 5,", "[Deployment(Replicas = 3, MinReadySeconds = 5,", StringComparison.Ordinal);
        Assert.NotEqual(Samples.Production, withReplicas);
        Assert.Equal(["KM412"], (await AnalyzeAsync(withReplicas)).Where(IsExposureRule).Select(d => d.Id));
    }

    [Fact]
    public void The_production_snapshot_is_still_written_whole_and_read_strictly()
    {
        var files = GeneratorHarness.Run(Samples.Production);
        Assert.Empty(files.Withheld);
        Assert.Contains("shop/frontend-ingress.yaml", files.ByPath.Keys);
        Assert.Contains("shop/database-statefulset.yaml", files.ByPath.Keys);
        Assert.Equal(files.ByPath.Count - 1, KubernetesJudge.ParseAll(files).Count);
    }

    private static bool IsExposureRule(Diagnostic diagnostic)
        => string.CompareOrdinal(diagnostic.Id, DiagnosticIds.InvalidIngressHost) >= 0 && string.CompareOrdinal(diagnostic.Id, "KM149") <= 0
            || string.CompareOrdinal(diagnostic.Id, DiagnosticIds.IngressWithoutService) >= 0 && string.CompareOrdinal(diagnostic.Id, "KM419") <= 0;

    /// <summary>The workload analyzer's diagnostics over <paramref name="source"/>, compilation-end ones included.</summary>
    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(string source)
    {
        var compilation = TestCompilation.Create(source);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        return await compilation.WithAnalyzers([new WorkloadAnalyzer()]).GetAnalyzerDiagnosticsAsync();
    }
}
