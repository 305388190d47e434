using Manifests.Generators;
using Manifests.Tests.Support;
using Microsoft.CodeAnalysis;

namespace Manifests.Tests.Generator;

/// <summary>The team's own files in the generated kustomization (<c>ManifestsKustomizationResources</c>), after the generated ones.</summary>
public class KustomizationResourceTests
{
    private const string Web = """
        using Manifests;
        [Deployment] [Container("nginx:1.27")] public partial class Web { }
        """;

    [Fact]
    public void The_teams_files_are_listed_after_the_generated_ones_as_written_each_once()
    {
        var files = GeneratorHarness.Run(
            TestCompilation.Create(Web),
            new Dictionary<string, string> { ["_ManifestsKustomizationResources"] = "monitoring.yaml, ../common ,monitoring.yaml,,web-deployment.yaml" });

        Assert.Equal(
            "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n- web-deployment.yaml\n- monitoring.yaml\n- \"../common\"\n",
            files["kustomization.yaml"]);
    }

    [Fact]
    public void With_environments_they_go_to_the_base()
    {
        var files = GeneratorHarness.Run(
            TestCompilation.Create(Web, "[assembly: Manifests.ManifestEnvironment(\"prod\")]"),
            new Dictionary<string, string> { ["_ManifestsKustomizationResources"] = "monitoring.yaml" });

        Assert.EndsWith("resources:\n- web-deployment.yaml\n- monitoring.yaml\n", files["base/kustomization.yaml"], StringComparison.Ordinal);
    }

    [Fact]
    public void Changing_them_re_emits_the_index_only()
    {
        var compilation = TestCompilation.Create(Web);
        var driver = GeneratorHarness.CreateDriver(new BuildPropertyOptions(new Dictionary<string, string> { ["_ManifestsKustomizationResources"] = "a.yaml" })).RunGenerators(compilation);

        var run = driver.WithUpdatedAnalyzerConfigOptions(new BuildPropertyOptions(new Dictionary<string, string> { ["_ManifestsKustomizationResources"] = "b.yaml" }))
            .RunGenerators(compilation).GetRunResult();

        Assert.Equal([IncrementalStepRunReason.Modified], IncrementalAssert.Reasons(run, TrackingNames.DocumentIndex));
        Assert.All(IncrementalAssert.Reasons(run, TrackingNames.DeploymentDocuments), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
    }
}
