using k8s.Models;
using Manifests.PackageTests.Support;
using static Manifests.PackageTests.Support.BuildLog;
using static Manifests.PackageTests.Support.ConsumerProject;

namespace Manifests.PackageTests;

/// <summary>
/// One build promoted through stages, through the packed package: a project with two environments writes base/ and one
/// kustomization per environment that <c>kubectl kustomize</c> renders with each stage's values; the tag CI sets reaches
/// the YAML and the checks; a stage a person or Kargo edited survives every rebuild; each environment is checked against
/// its own cluster; and the committed-output mode tells a deploy repository whether it is what the code says.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class EnvironmentPackageTests(PackageFixture package)
{
    private const string Defaults = """
        using Manifests;

        [assembly: ManifestDefaults(Namespace = "shop")]
        [assembly: ManifestEnvironment("dev")]
        [assembly: ManifestEnvironment("prod")]
        """;

    /// <summary>The frontend: its image tag comes from CI; prod runs three, quieter, on the nodes reserved for it.</summary>
    private const string FrontendSource = """
        using Manifests;

        namespace Staged;

        [Deployment(Replicas = 1)]
        [Container("idock.daumkakao.io/shop/frontend")]
        [Port(8080, Name = "http")]
        [ReadinessProbe(Path = "/healthz")]
        [Env("LOG_LEVEL", "debug")]
        [Env("LOG_LEVEL", "warn", Environment = "prod")]
        [Resources(CpuRequest = "100m", MemoryRequest = "128Mi")]
        [SecurityContext(RunAsNonRoot = true, AllowPrivilegeEscalation = false)]
        [Toleration("dedicated", Value = "frontend", Effect = TaintEffect.NoSchedule, Environment = "prod")]
        [Override("prod", Replicas = 3, CpuRequest = "500m")]
        [Service(Port = 80, TargetPort = "http")]
        public partial class Frontend { }
        """;

    /// <summary>A worker that tolerates nothing: prod's cluster has no node for it.</summary>
    private const string WorkerSource = """
        using Manifests;

        namespace Staged;

        [Deployment]
        [Container("idock.daumkakao.io/shop/worker:2.0.0")]
        [Resources(CpuRequest = "100m", MemoryRequest = "64Mi")]
        [SecurityContext(RunAsNonRoot = true, AllowPrivilegeEscalation = false)]
        public partial class Worker { }
        """;

    private const string DevNodes = """
        apiVersion: v1
        kind: List
        items:
        - apiVersion: v1
          kind: Node
          metadata: {name: dev-1, labels: {kubernetes.io/hostname: dev-1}}
        """;

    private const string ProdNodes = """
        apiVersion: v1
        kind: List
        items:
        - apiVersion: v1
          kind: Node
          metadata: {name: prod-1, labels: {kubernetes.io/hostname: prod-1}}
          spec: {taints: [{key: dedicated, value: frontend, effect: NoSchedule}]}
        - apiVersion: v1
          kind: Node
          metadata: {name: prod-2, labels: {kubernetes.io/hostname: prod-2}}
          spec: {taints: [{key: dedicated, value: frontend, effect: NoSchedule}]}
        """;

    private const string Catalog = """
        idock.daumkakao.io/shop/frontend:1.4.3
        idock.daumkakao.io/shop/frontend:1.4.5
        idock.daumkakao.io/shop/worker:2.0.0
        """;

    private ConsumerProject Staged()
    {
        var consumer = package.CreateConsumer();
        consumer.WriteFile("Defaults.cs", Defaults);
        consumer.WriteFile("Frontend.cs", FrontendSource);
        consumer.WriteFile("Worker.cs", WorkerSource);
        consumer.WriteFile("cluster/dev.yaml", DevNodes);
        consumer.WriteFile("cluster/prod.yaml", ProdNodes);
        consumer.WriteFile("registry/images.txt", Catalog);
        consumer.SetProject(items: """
            <ManifestsClusterNodes Include="cluster/dev.yaml" Environment="dev" />
            <ManifestsClusterNodes Include="cluster/prod.yaml" Environment="prod" />
            <ManifestsImageCatalog Include="registry/images.txt" />
            """);
        return consumer;
    }

    [SkippableFact]
    public void Each_stage_renders_with_its_values_and_a_stage_Kargo_edited_survives_the_next_build()
    {
        Kubectl.Require();
        using var consumer = Staged();
        var output = consumer.DefaultManifestsDirectory;

        consumer.BuildSucceeds("minimal", "-p:ManifestsImageTag=1.4.3");

        Assert.Equal(
            [
                ".manifests-owner",
                "base/kustomization.yaml",
                "base/shop/frontend-deployment.yaml",
                "base/shop/frontend-service.yaml",
                "base/shop/worker-deployment.yaml",
                "environments/dev/kustomization.yaml",
                "environments/prod/kustomization.yaml",
                "environments/prod/patches/shop/frontend-deployment.yaml",
                "stages/dev/kustomization.yaml",
                "stages/prod/kustomization.yaml",
            ],
            FilesUnder(output));
        var dev = Frontend(Path.Combine(output, "stages", "dev"));
        Assert.Equal((1, "idock.daumkakao.io/shop/frontend:1.4.3", "debug"), (dev.Spec.Replicas, Container(dev).Image, Container(dev).Env.Single().Value));
        Assert.Null(dev.Spec.Template.Spec.Tolerations);
        var prod = Frontend(Path.Combine(output, "stages", "prod"));
        Assert.Equal((3, "idock.daumkakao.io/shop/frontend:1.4.3", "warn"), (prod.Spec.Replicas, Container(prod).Image, Container(prod).Env.Single().Value));
        Assert.Equal(("500m", "128Mi"), (Container(prod).Resources.Requests["cpu"].ToString(), Container(prod).Resources.Requests["memory"].ToString()));
        Assert.Equal("dedicated", Assert.Single(prod.Spec.Template.Spec.Tolerations).Key);

        // Kargo's kustomize-set-image step promotes 1.4.5 to prod by editing the stage's kustomization.
        var stage = Path.Combine(output, "stages", "prod", "kustomization.yaml");
        var promoted = File.ReadAllText(stage) + "images:\n- name: idock.daumkakao.io/shop/frontend\n  newTag: 1.4.5\n";
        File.WriteAllText(stage, promoted);
        Assert.Equal("idock.daumkakao.io/shop/frontend:1.4.5", Container(Frontend(Path.Combine(output, "stages", "prod"))).Image);

        // The next CI build writes a newer tag everywhere it owns; the stage stays as Kargo left it, and wins.
        var next = consumer.BuildSucceeds("minimal", "-p:ManifestsImageTag=1.4.4");
        Assert.Equal(promoted, File.ReadAllText(stage));
        Assert.Contains("newTag: \"1.4.4\"", Read(output, "environments/prod/kustomization.yaml"), StringComparison.Ordinal);
        Assert.Equal("idock.daumkakao.io/shop/frontend:1.4.5", Container(Frontend(Path.Combine(output, "stages", "prod"))).Image);
        Assert.Equal("idock.daumkakao.io/shop/frontend:1.4.4", Container(Frontend(Path.Combine(output, "stages", "dev"))).Image);
        Assert.DoesNotContain("created", string.Join('\n', next.Log.Split('\n').Where(line => line.Contains("Manifests:", StringComparison.Ordinal))), StringComparison.Ordinal);
    }

    [Fact]
    public void The_tag_CI_sets_and_each_environments_cluster_are_what_the_checks_judge()
    {
        using var consumer = Staged();

        var build = consumer.BuildSucceeds("minimal", "-p:ManifestsImageTag=1.4.9");

        var frontend = Path.Combine(consumer.Root, "Frontend.cs");
        var worker = Path.Combine(consumer.Root, "Worker.cs");
        Assert.Equal(
            [
                $"{frontend}(6,12): warning KM203: With the image tags the build sets: Image 'idock.daumkakao.io/shop/frontend:1.4.9' is not in the image catalog (images.txt): the catalog lists 'idock.daumkakao.io/shop/frontend' with tags 1.4.5, 1.4.3: did you mean 'idock.daumkakao.io/shop/frontend:1.4.5'? (https://github.com/manifests-k8s/manifests/blob/main/docs/diagnostics/KM203.md)",
                $"{worker}(5,2): warning KM301: In environment prod: 0/2 nodes are available: 2 node(s) had untolerated taint {{dedicated: frontend}}. To fix it: to use the 2 nodes tainted {{dedicated: frontend}}, add [Toleration(\"dedicated\", Value = \"frontend\", Effect = TaintEffect.NoSchedule)]. (https://github.com/manifests-k8s/manifests/blob/main/docs/diagnostics/KM301.md)",
            ],
            WarningLines(build).Order(StringComparer.Ordinal).ToList());
        Assert.Contains("image: idock.daumkakao.io/shop/frontend:1.4.9\n", Read(consumer.DefaultManifestsDirectory, "base/shop/frontend-deployment.yaml"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_committed_output_mode_passes_when_the_folder_is_what_the_code_says_and_names_each_file_when_not()
    {
        using var consumer = Staged();
        consumer.SetProject("<ManifestsOutputPath>deploy/</ManifestsOutputPath><ManifestsImageTag>1.4.3</ManifestsImageTag>");
        consumer.BuildSucceeds();
        var deploy = Path.Combine(consumer.Root, "deploy");
        var committed = Contents(deploy);

        var same = consumer.BuildSucceeds("minimal", "-p:ManifestsVerifyOutput=true");
        Assert.Contains($"Manifests: the 7 files in {deploy}{Path.DirectorySeparatorChar} are what the classes produce", same.Log, StringComparison.Ordinal);

        // A change in the code that nobody built and committed.
        consumer.WriteFile("Worker.cs", WorkerSource.Replace("[Deployment]", "[Deployment(Replicas = 2)]", StringComparison.Ordinal));
        var differs = consumer.Build("minimal", "-p:ManifestsVerifyOutput=true");

        Assert.False(differs.Succeeded, differs.ToString());
        Assert.Equal(
            [$"{deploy} : error KMB009: Manifests: the YAML in '{deploy}' is not what the classes produce (changed: base/shop/worker-deployment.yaml). Nothing was written, as ManifestsVerifyOutput is true: build without it and commit the result."],
            ErrorLines(differs));
        Assert.Equal(committed, Contents(deploy));
    }

    private static V1Deployment Frontend(string folder)
        => Kubectl.Kustomize(folder).OfType<V1Deployment>().Single(deployment => deployment.Metadata.Name == "frontend");

    private static V1Container Container(V1Deployment deployment) => Assert.Single(deployment.Spec.Template.Spec.Containers);
}
