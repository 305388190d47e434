using k8s.Models;
using Manifests.Tests.Generator;
using Manifests.Tests.Support;

namespace Manifests.Tests.Environments;

/// <summary>
/// What the generator writes for a project that declares environments: every object once under <c>base/</c>, each
/// environment's kustomization (the base, the patches of what it changes, the tag of every image) under
/// <c>environments/</c>, and a stage kustomization to be created once for a person or Kargo to own.
/// </summary>
public class EnvironmentLayoutTests
{
    private static readonly GeneratedFiles Staged = GeneratorHarness.Run(Samples.Staged);

    [Fact]
    public void Every_object_goes_to_base_and_each_environment_gets_a_kustomization_and_only_the_patches_it_needs()
    {
        Assert.Equal(
            [
                "base/kustomization.yaml",
                "base/shop-namespace.yaml",
                "base/shop/db-deployment.yaml",
                "base/shop/frontend-deployment.yaml",
                "base/shop/frontend-service.yaml",
                "base/shop/worker-deployment.yaml",
                "base/shop/worker-horizontalpodautoscaler.yaml",
                "environments/dev/kustomization.yaml",
                "environments/prod/kustomization.yaml",
                "environments/prod/patches/shop/frontend-deployment.yaml",
                "environments/prod/patches/shop/worker-horizontalpodautoscaler.yaml",
            ],
            Staged.ByPath.Keys);
        Assert.Empty(Staged.Withheld);
    }

    [Fact]
    public void The_base_kustomization_lists_its_objects_relative_to_itself_with_the_namespace_first()
        => Assert.Equal(
            """
            apiVersion: kustomize.config.k8s.io/v1beta1
            kind: Kustomization
            resources:
            - shop-namespace.yaml
            - shop/db-deployment.yaml
            - shop/frontend-deployment.yaml
            - shop/frontend-service.yaml
            - shop/worker-deployment.yaml
            - shop/worker-horizontalpodautoscaler.yaml

            """.ReplaceLineEndings("\n"),
            Staged["base/kustomization.yaml"]);

    [Fact]
    public void The_base_is_what_no_environment_changes()
    {
        var frontend = (V1Deployment)KubernetesJudge.Parse(Staged["base/shop/frontend-deployment.yaml"]);
        var pod = frontend.Spec.Template.Spec;
        var container = Assert.Single(pod.Containers);
        Assert.Equal(1, frontend.Spec.Replicas);
        Assert.Equal("idock.daumkakao.io/shop/frontend:1.4.2", container.Image);
        Assert.Equal([("LOG_LEVEL", "debug")], container.Env.Select(e => (e.Name, e.Value)));
        Assert.Equal("general", pod.NodeSelector["pool"]);
        Assert.Null(pod.Tolerations);
        Assert.Equal(["cpu", "memory"], container.Resources.Requests.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_environment_kustomization_takes_the_base_its_patches_and_the_tag_of_every_image()
    {
        Assert.Equal(
            """
            apiVersion: kustomize.config.k8s.io/v1beta1
            kind: Kustomization
            resources:
            - "../../base"
            patches:
            - path: patches/shop/frontend-deployment.yaml
            - path: patches/shop/worker-horizontalpodautoscaler.yaml
            images:
            - name: idock.daumkakao.io/shop/frontend
              newTag: "1.4.1"
            - name: idock.daumkakao.io/shop/worker
              newTag: "2.0.0"
            - name: postgres
              newTag: "16.4"

            """.ReplaceLineEndings("\n"),
            Staged["environments/prod/kustomization.yaml"]);
        // An environment that changes nothing still names every image, for a promotion step to find and edit.
        Assert.DoesNotContain("patches:", Staged["environments/dev/kustomization.yaml"], StringComparison.Ordinal);
        Assert.Contains("- name: idock.daumkakao.io/shop/frontend\n  newTag: \"1.4.2\"", Staged["environments/dev/kustomization.yaml"], StringComparison.Ordinal);
    }

    [Fact]
    public void A_patch_holds_only_what_the_environment_changes_and_names_its_object()
    {
        Assert.Equal(
            """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: frontend
              namespace: shop
            spec:
              replicas: 3
              template:
                spec:
                  containers:
                  - name: frontend
                    env:
                    - name: LOG_LEVEL
                      value: warn
                    resources:
                      requests:
                        cpu: 500m
                      limits:
                        memory: 512Mi
                  nodeSelector:
                    pool: frontend
                  tolerations:
                  - key: dedicated
                    operator: Equal
                    value: frontend
                    effect: NoSchedule

            """.ReplaceLineEndings("\n"),
            Staged["environments/prod/patches/shop/frontend-deployment.yaml"]);
        var autoscaler = (V2HorizontalPodAutoscaler)KubernetesJudge.Parse(Staged["environments/prod/patches/shop/worker-horizontalpodautoscaler.yaml"]);
        Assert.Equal((3, 12), (autoscaler.Spec.MinReplicas, autoscaler.Spec.MaxReplicas));
        Assert.Null(autoscaler.Spec.Metrics);
    }

    [Fact]
    public void Each_stage_is_a_file_to_create_once_pointing_at_its_environment()
        => Assert.Equal(
            new Dictionary<string, string>
            {
                ["stages/dev/kustomization.yaml"] = "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n- \"../../environments/dev\"\n",
                ["stages/prod/kustomization.yaml"] = "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n- \"../../environments/prod\"\n",
            },
            GeneratorHarness.ReadSeeds(Staged.Output));

    [Fact]
    public void Without_environments_nothing_moves_and_nothing_is_seeded()
    {
        var files = GeneratorHarness.Run("""
            using Manifests;
            [Deployment] [Container("idock.daumkakao.io/shop/frontend:1.4.2")] public partial class Frontend { }
            """);
        Assert.Equal(["frontend-deployment.yaml", "kustomization.yaml"], files.ByPath.Keys);
        Assert.Empty(GeneratorHarness.ReadSeeds(files.Output));
    }

    [Fact]
    public void Patches_are_files_to_write_but_not_objects_of_GeneratedManifests()
    {
        var patchCarrier = Staged.Output.GetTypeByMetadataName("Manifests.Generated.Patches.__cstaged_d_cfrontend");
        Assert.NotNull(patchCarrier);
        var objectCarrier = Staged.Output.GetTypeByMetadataName("Manifests.Generated.Files.__cstaged_d_cfrontend");
        Assert.NotNull(objectCarrier);
        Assert.All(objectCarrier!.GetAttributes(), attribute => Assert.StartsWith("base/", (string)attribute.ConstructorArguments[0].Value!, StringComparison.Ordinal));
    }

    [Fact]
    public void The_tag_CI_sets_goes_to_images_written_without_one_and_to_repositories_it_names()
    {
        var files = GeneratorHarness.Run(
            TestCompilation.Create("""
                using Manifests;
                [assembly: ManifestEnvironment("prod")]
                [Deployment] [Container("idock.daumkakao.io/shop/frontend")] public partial class Frontend { }
                [Deployment] [Container("idock.daumkakao.io/shop/worker:2.0.0")] public partial class Worker { }
                [Deployment] [Container("postgres:16.4")] public partial class Db { }
                [Deployment] [Container("idock.daumkakao.io/shop/cache@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")] public partial class Cache { }
                [Deployment] [Container("idock.daumkakao.io/shop/api")] [Override("prod", Tag = "1.3.9")] public partial class Api { }
                """),
            new Dictionary<string, string> { ["_ManifestsImageTags"] = "*=1.5.0,idock.daumkakao.io/shop/worker=2.1.0" });

        string Image(string path) => Assert.Single(KubernetesJudge.Template(KubernetesJudge.Parse(files[path])).Spec.Containers).Image;
        Assert.Equal("idock.daumkakao.io/shop/frontend:1.5.0", Image("base/frontend-deployment.yaml"));
        Assert.Equal("idock.daumkakao.io/shop/worker:2.1.0", Image("base/worker-deployment.yaml"));
        Assert.Equal("postgres:16.4", Image("base/db-deployment.yaml"));
        Assert.EndsWith("@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", Image("base/cache-deployment.yaml"), StringComparison.Ordinal);
        // An environment's own tag pins it on purpose: it wins over CI's.
        Assert.Equal("idock.daumkakao.io/shop/api:1.5.0", Image("base/api-deployment.yaml"));
        Assert.Contains("- name: idock.daumkakao.io/shop/api\n  newTag: \"1.3.9\"", files["environments/prod/kustomization.yaml"], StringComparison.Ordinal);
        Assert.Contains("- name: idock.daumkakao.io/shop/frontend\n  newTag: \"1.5.0\"", files["environments/prod/kustomization.yaml"], StringComparison.Ordinal);
    }

    [Fact]
    public void A_problem_only_one_environment_has_withholds_the_class_with_the_environment_named()
    {
        var files = GeneratorHarness.Run("""
            using Manifests;
            [assembly: ManifestEnvironment("dev")]
            [assembly: ManifestEnvironment("prod")]
            [Deployment] [Container("a:1")] [Override("prod", Replicas = -2)] public partial class Broken { }
            [Deployment] [Container("b:1")] public partial class Good { }
            """);
        var withheld = Assert.Single(files.Withheld);
        Assert.Equal(("base/broken-deployment.yaml", "'Broken' has an error, KM109: In environment prod: Replicas is -2: it must be 0 or more"), withheld);
        Assert.Contains("base/good-deployment.yaml", files.ByPath.Keys);
        Assert.DoesNotContain("broken", files["base/kustomization.yaml"], StringComparison.Ordinal);
    }

    [Fact]
    public void An_override_of_an_undeclared_environment_withholds_the_class()
    {
        var files = GeneratorHarness.Run("""
            using Manifests;
            [assembly: ManifestEnvironment("prod")]
            [Deployment] [Container("a:1")] [Override("prd", Replicas = 3)] public partial class Web { }
            """);
        Assert.Equal(("base/web-deployment.yaml", "'Web' has an error, KM151: Environment 'prd' is not declared: did you mean 'prod'?"), Assert.Single(files.Withheld));
    }

    [Fact]
    public void A_variable_of_one_environment_is_no_duplicate_of_the_base_one_it_replaces()
    {
        var files = GeneratorHarness.Run("""
            using Manifests;
            [assembly: ManifestEnvironment("prod")]
            [Deployment] [Container("a:1")] [Env("MODE", "debug")] [Env("MODE", "fast", Environment = "prod")] public partial class Web { }
            """);
        Assert.Empty(files.Withheld);
        Assert.Contains("value: fast", files["environments/prod/patches/web-deployment.yaml"], StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_environment_name_withholds_every_object()
    {
        var files = GeneratorHarness.Run("""
            using Manifests;
            [assembly: ManifestEnvironment("Prod")]
            [Deployment] [Container("a:1")] public partial class Web { }
            """);
        var withheld = Assert.Single(files.Withheld);
        Assert.StartsWith("'Web' has an error, KM150: Environment name 'Prod' is invalid: ", withheld.Reason, StringComparison.Ordinal);
        Assert.Empty(files.ByPath);
    }

    [Fact]
    public void With_every_object_withheld_no_environment_or_stage_names_a_base_that_is_not_there()
    {
        var files = GeneratorHarness.Run("""
            using Manifests;
            [assembly: ManifestEnvironment("prod")]
            [Deployment(Replicas = -1)] [Container("a:1")] public partial class Web { }
            """);

        Assert.Equal("base/web-deployment.yaml", Assert.Single(files.Withheld).Path);
        Assert.Empty(files.ByPath);
        Assert.Empty(GeneratorHarness.ReadSeeds(files.Output));
    }
}
