using Manifests.Tests.Support;

namespace Manifests.Tests.Generator;

/// <summary>The generated YAML and C#, compared with reviewed files under Snapshots/.</summary>
public class SnapshotTests
{
    [Fact]
    public void Shop_example_yaml()
    {
        var files = GeneratorHarness.Run(Repository.ExampleSources("Shop"));
        Assert.Equal(
            ["kustomization.yaml", "shop/backend-deployment.yaml", "shop/backend-poddisruptionbudget.yaml", "shop/backend-service.yaml",
             "shop/db-service.yaml", "shop/db-statefulset.yaml", "shop/frontend-deployment.yaml",
             "shop/frontend-horizontalpodautoscaler.yaml", "shop/frontend-ingress.yaml", "shop/frontend-poddisruptionbudget.yaml",
             "shop/frontend-service.yaml", "shop/shop-config-configmap.yaml"],
            files.ByPath.Keys);
        Snapshot.MatchFolder("Shop", files.ByPath);
    }

    [Fact]
    public void Shop_example_generated_csharp()
    {
        var files = GeneratorHarness.Run(Repository.ExampleSources("Shop"));
        // One file per workload (and the ConfigMap) and the index, reviewed as one text in hint-name order.
        var sources = files.Run.Results.Single().GeneratedSources.OrderBy(s => s.HintName, StringComparer.Ordinal).ToList();
        Assert.Equal(
            ["Manifests._cshop_d_cbackend.g.cs", "Manifests._cshop_d_cdatabase.g.cs", "Manifests._cshop_d_cfrontend.g.cs", "Manifests._cshop_d_cshop_cconfig.g.cs", "Manifests.g.cs"],
            sources.Select(s => s.HintName));
        Snapshot.Match("Shop.Manifests.g.cs.txt", string.Concat(sources.Select(s => $"// ----- {s.HintName}\n{s.SourceText}")));
    }

    [Fact]
    public void Production_shop_yaml()
    {
        var files = GeneratorHarness.Run(Samples.Production);
        Assert.Empty(files.Withheld);
        Snapshot.MatchFolder("Production", files.ByPath);
    }

    [Fact]
    public void Edge_cases_yaml()
    {
        var files = GeneratorHarness.Run(Samples.EdgeCases);
        Snapshot.MatchFolder("EdgeCases", files.ByPath);
    }

    [Fact]
    public void A_project_without_workloads_generates_nothing()
    {
        // A test project that references the app: an empty GeneratedManifests of its own would hide the app's.
        var files = GeneratorHarness.Run("public class Nothing { }");
        Assert.Empty(files.ByPath);
        Assert.Empty(files.Run.Results.Single().GeneratedSources);
    }

    [Fact]
    public void A_project_whose_only_workload_is_invalid_still_has_its_generated_manifests_class()
    {
        var files = GeneratorHarness.Run("""
            using Manifests;
            [Deployment(Replicas = -1)] [Container("nginx:1.27")] public partial class Web { }
            """);
        Assert.Empty(files.ByPath);
        Assert.Contains(files.Run.Results.Single().GeneratedSources, source => source.SourceText.ToString().Contains("internal static class GeneratedManifests", StringComparison.Ordinal));
    }
}
