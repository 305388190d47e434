using Manifests.PackageTests.Support;
using static Manifests.PackageTests.Support.BuildLog;
using static Manifests.PackageTests.Support.ConsumerProject;

namespace Manifests.PackageTests;

/// <summary>
/// Two paths a team takes around the generated YAML, through the packed package: testing it from an xunit project that
/// references the app (<c>GeneratedManifests</c>, as the README shows), and listing files of its own in the generated
/// kustomization (<c>ManifestsKustomizationResources</c>).
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class UserPathTests(PackageFixture package)
{
    private const string Web = """
        using Manifests;

        [assembly: ManifestDefaults(Namespace = "shop")]
        [assembly: System.Runtime.CompilerServices.InternalsVisibleTo("App.Tests")]

        namespace App;

        [Deployment(Replicas = 3)]
        [Container("idock.daumkakao.io/shop/frontend:1.4.2")]
        [Port(8080, Name = "http")]
        [ReadinessProbe(Path = "/healthz")]
        [Resources(CpuRequest = "250m", MemoryRequest = "256Mi")]
        [SecurityContext(RunAsNonRoot = true, AllowPrivilegeEscalation = false)]
        [Service(Port = 80, TargetPort = "http")]
        public partial class Frontend { }
        """;

    [Fact]
    public void A_test_project_that_references_the_app_sees_the_apps_documents_and_writes_none_of_its_own()
    {
        using var app = package.CreateConsumer();
        app.WriteFile("Frontend.cs", Web);
        using var tests = package.CreateConsumer();
        tests.DeleteFile(ProjectName + ".csproj");
        var project = tests.WriteFile("App.Tests.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <IsPackable>false</IsPackable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Microsoft.NET.Test.Sdk" Version="18.0.1" />
                <PackageReference Include="xunit" Version="2.9.3" />
                <PackageReference Include="xunit.runner.visualstudio" Version="3.1.5" />
                <ProjectReference Include="{app.ProjectFile}" />
              </ItemGroup>
            </Project>

            """);
        tests.WriteFile("ManifestTests.cs", """
            using Manifests.Generated;
            using Xunit;

            public class ManifestTests
            {
                [Fact]
                public void The_apps_objects_are_all_there()
                {
                    Assert.Equal(new[] { "shop/frontend-deployment.yaml", "shop/frontend-service.yaml" }, GeneratedManifests.All.Select(file => file.Path));
                    var frontend = GeneratedManifests.All.Single(file => file.Kind == "Deployment" && file.Name == "frontend");
                    Assert.Equal("shop", frontend.Namespace);
                    Assert.Contains("replicas: 3", frontend.Yaml);
                    Assert.Contains("- shop/frontend-service.yaml", GeneratedManifests.Kustomization);
                }
            }

            """);

        var run = DotNet.Run(tests.Root, ["test", project, "-nologo", "-tl:off", "-nodeReuse:false", "-v:minimal"]);

        Assert.True(run.Succeeded, run.ToString());
        Assert.Matches(@"Passed!\s+-\s+Failed:\s+0, Passed:\s+1, Skipped:\s+0, Total:\s+1", run.Log);
        Assert.DoesNotContain("CS0436", run.Log, StringComparison.Ordinal);
        // The app's build wrote its folder; the test project's build says and writes nothing about manifests.
        Assert.Equal(app.DefaultManifestsDirectory, Assert.Single(SummaryLines(run)).Directory);
        Assert.DoesNotContain("no Kubernetes objects", run.Log, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(tests.Root, "bin", "Debug", "net10.0", "manifests")));
    }

    [SkippableFact]
    public void A_teams_own_file_in_the_output_folder_is_listed_in_the_kustomization_and_rendered()
    {
        Kubectl.Require();
        using var app = package.CreateConsumer();
        app.WriteFile("Frontend.cs", Web);
        app.SetProject("""
            <ManifestsOutputPath>deploy/</ManifestsOutputPath>
            <ManifestsKustomizationResources>monitoring.yaml</ManifestsKustomizationResources>
            """);
        const string monitoring = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: scrape-config\n  namespace: shop\ndata:\n  interval: 30s\n";
        app.WriteFile("deploy/monitoring.yaml", monitoring);

        app.BuildSucceeds();

        var deploy = Path.Combine(app.Root, "deploy");
        Assert.Equal(
            "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n- shop/frontend-deployment.yaml\n- shop/frontend-service.yaml\n- monitoring.yaml\n",
            Read(deploy, "kustomization.yaml"));
        Assert.Equal(monitoring, Read(deploy, "monitoring.yaml"));
        Assert.DoesNotContain("monitoring.yaml", Read(deploy, ".manifests-owner"), StringComparison.Ordinal);
        Assert.Contains(Kubectl.Kustomize(deploy), document => document is k8s.Models.V1ConfigMap { Metadata.Name: "scrape-config" });

        // Clean removes what the build wrote, and only that.
        Assert.True(app.Clean().Succeeded);
        Assert.Equal(["monitoring.yaml"], FilesUnder(deploy));
    }

    [SkippableFact]
    public void The_shop_renders_with_kubectl_kustomize_into_the_objects_a_team_deploys()
    {
        Kubectl.Require();
        using var consumer = package.CreateConsumer().WithShop();
        consumer.BuildSucceeds();

        var rendered = Kubectl.Kustomize(consumer.DefaultManifestsDirectory);

        Assert.Equal(
            [
                "ConfigMap/shop-config", "Deployment/backend", "Deployment/frontend", "HorizontalPodAutoscaler/frontend", "Ingress/frontend",
                "PodDisruptionBudget/backend", "PodDisruptionBudget/frontend", "Service/backend", "Service/db", "Service/frontend", "StatefulSet/db",
            ],
            rendered.Cast<k8s.IKubernetesObject<k8s.Models.V1ObjectMeta>>().Select(o => $"{o.Kind}/{o.Metadata.Name}").Order(StringComparer.Ordinal));
        var database = rendered.OfType<k8s.Models.V1StatefulSet>().Single();
        Assert.Equal(("db", "10Gi"), (database.Spec.ServiceName, Assert.Single(database.Spec.VolumeClaimTemplates).Spec.Resources.Requests["storage"].ToString()));
    }
}
