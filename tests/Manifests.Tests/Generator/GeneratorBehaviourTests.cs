using Manifests.Generators.Domain.Kubernetes;
using Manifests.Tests.Support;
using Microsoft.CodeAnalysis;

namespace Manifests.Tests.Generator;

/// <summary>What the generator emits, and refuses to emit, for valid, invalid and broken code.</summary>
public class GeneratorBehaviourTests
{
    [Fact]
    public void An_invalid_class_gets_no_yaml_while_valid_ones_in_the_same_project_still_do()
    {
        var files = GeneratorHarness.Run("""
            using Manifests;
            [Deployment(Replicas = -1)] [Container("bad:1")] public partial class Broken { }
            [Deployment] [Container("good:1")] public partial class Good { }
            """);
        Assert.Equal(["good-deployment.yaml", "kustomization.yaml"], files.ByPath.Keys);
    }

    [Fact]
    public void A_workload_declared_inside_a_workload_is_generated_as_its_own_and_is_no_container_of_the_outer_one()
    {
        var files = GeneratorHarness.Run("""
            using Manifests;
            [Deployment] [Container("backend:2")]
            public partial class Backend
            {
                [ConfigMap] [Data("LOG_LEVEL", "info")] public partial class Settings { }

                [Deployment] [Container("relay:1")] public partial class LogRelay { }
            }
            """);

        Assert.Equal(["backend-deployment.yaml", "kustomization.yaml", "log-relay-deployment.yaml", "settings-configmap.yaml"], files.ByPath.Keys);
        Assert.Equal(["backend"], Assert.IsType<k8s.Models.V1Deployment>(KubernetesJudge.Parse(files["backend-deployment.yaml"])).Spec.Template.Spec.Containers.Select(c => c.Name));
    }

    [Fact]
    public void Two_classes_claiming_one_object_both_get_dropped_and_their_services_with_them()
    {
        var files = GeneratorHarness.Run("""
            using Manifests;
            [Deployment(Name = "web")] [Container("a:1")] [Port(80)] [Service(Name = "a", Port = 80)] public partial class A { }
            [Deployment(Name = "web")] [Container("b:1")] public partial class B { }
            [Deployment] [Container("c:1")] public partial class C { }
            """);
        Assert.Equal(["c-deployment.yaml", "kustomization.yaml"], files.ByPath.Keys);
    }

    [Fact]
    public void A_dotted_workload_name_names_its_container_and_service_with_dashes()
    {
        var files = GeneratorHarness.Run("""
            using Manifests;
            [Deployment(Name = "shop.web")] [Container("nginx:1")] [Port(8080)] [Service(Port = 80)] public partial class Web { }
            """);
        var deployment = (k8s.Models.V1Deployment)KubernetesJudge.Parse(files["shop.web-deployment.yaml"]);
        Assert.Equal("shop.web", deployment.Metadata.Name);
        Assert.Equal("shop-web", Assert.Single(deployment.Spec.Template.Spec.Containers).Name);
        var service = (k8s.Models.V1Service)KubernetesJudge.Parse(files["shop-web-service.yaml"]);
        Assert.Equal("shop.web", service.Spec.Selector["app.kubernetes.io/name"]);
    }

    [Fact]
    public void Same_name_in_two_namespaces_is_two_objects()
    {
        var files = GeneratorHarness.Run("""
            using Manifests;
            [Deployment(Name = "web", Namespace = "a")] [Container("a:1")] public partial class A { }
            [Deployment(Name = "web", Namespace = "b")] [Container("b:1")] public partial class B { }
            """);
        Assert.Equal(["a/web-deployment.yaml", "b/web-deployment.yaml", "kustomization.yaml"], files.ByPath.Keys);
    }

    [Fact]
    public void File_local_classes_of_one_name_in_two_files_are_two_classes()
    {
        // Both display as Shop.Worker: keyed by that alone, their generated files clashed and the generator failed (CS8785).
        var files = GeneratorHarness.Run(
            """
            using Manifests;
            namespace Shop;
            [Deployment(Name = "jobs")] [Container("a:1")] file class Worker { }
            """,
            """
            using Manifests;
            namespace Shop;
            [Deployment(Name = "reports")] [Container("b:1")] file class Worker { }
            """);
        Assert.Equal(["jobs-deployment.yaml", "kustomization.yaml", "reports-deployment.yaml"], files.ByPath.Keys);
    }

    [Fact]
    public void File_local_classes_that_declare_one_object_are_named_by_their_files()
    {
        var files = GeneratorHarness.Run(
            """
            using Manifests;
            namespace Shop;
            [Deployment] [Container("a:1")] file class Worker { }
            """,
            """
            using Manifests;
            namespace Shop;
            [Deployment] [Container("b:1")] file class Worker { }
            [Deployment] [Container("c:1")] public partial class Web { }
            """);
        Assert.Equal(["kustomization.yaml", "web-deployment.yaml"], files.ByPath.Keys);
        Assert.Equal(
            [
                "'Shop.Worker@File0' has an error, KM114: Deployment 'worker' is also declared by 'Shop.Worker@File1' (Deployment): two workloads or two Services of one name in one namespace clash, so rename one of them",
                "'Shop.Worker@File1' has an error, KM114: Deployment 'worker' is also declared by 'Shop.Worker@File0' (Deployment): two workloads or two Services of one name in one namespace clash, so rename one of them",
            ],
            files.Withheld.Select(withheld => withheld.Reason));
    }

    [Theory]
    [InlineData("[Deployment] [Container] public partial class A { }")]
    [InlineData("[Deployment] [Container(42)] public partial class A { }")]
    [InlineData("[Deployment] [Container(\"x:1\")] [Port(\"http\")] public partial class A { }")]
    [InlineData("[Deployment(Replicas = \"three\")] [Container(\"x:1\")] public partial class A { }")]
    [InlineData("[Deployment] [Container(null!)] [Env(null!, null!)] [Label(null!, null!)] public partial class A { }")]
    [InlineData("[Deployment] [Container(\"x:1\", Args = null)] [Toleration(null!)] public partial class A { }")]
    [InlineData("[Deployment] [Container(\"x:1\")] [Service] public partial class A<T> { }")]
    [InlineData("[Deployment] [Container(\"x:1\")] public partial class")]
    [InlineData("[Deployment] [Container(\"x:1\")] [Deployment] public partial class A { }")]
    [InlineData("[ReplicaSet] [Deployment] [Container(\"x:1\")] public partial class A { }")]
    [InlineData("[Deployment] public static partial class Outer { [Container(\"x:1\")] public partial class Inner { [Container(\"y:1\")] public partial class Deeper { } } }")]
    public void Broken_or_odd_code_never_throws(string code)
    {
        var compilation = TestCompilation.Create("using Manifests;\n" + code);
        var files = GeneratorHarness.Run(compilation, allowUserErrors: true);
        Assert.All(files.Run.Results, r => Assert.Null(r.Exception));
        Assert.DoesNotContain(files.Run.Diagnostics, d => d.Id == "CS8785");
    }

    [Fact]
    public void Output_is_identical_across_independent_runs()
    {
        var first = GeneratorHarness.Run(Repository.ExampleSources("Shop"));
        var second = GeneratorHarness.Run(Repository.ExampleSources("Shop").Reverse().ToArray());
        Assert.Equal(first.ByPath, second.ByPath);
    }

    [Fact]
    public void The_generated_catalog_lists_every_document_for_the_users_own_tests()
    {
        var files = GeneratorHarness.Run(Repository.ExampleSources("Shop"));
        var catalog = files.Output.GetTypeByMetadataName("Manifests.Generated.GeneratedManifests");
        Assert.NotNull(catalog);
        Assert.Equal(Accessibility.Internal, catalog.DeclaredAccessibility);
        Assert.Contains(catalog.GetMembers(), m => m.Name == "All");
        var kustomization = catalog.GetMembers("Kustomization").OfType<IFieldSymbol>().Single();
        Assert.Equal(files["kustomization.yaml"], kustomization.ConstantValue);
    }

    [Theory]
    [InlineData("Frontend", "frontend")]
    [InlineData("LogShipper", "log-shipper")]
    [InlineData("OrderAPIServer", "order-api-server")]
    [InlineData("HTTPServer2", "http-server2")]
    [InlineData("Api", "api")]
    [InlineData("DB", "db")]
    [InlineData("My_Worker", "my-worker")]
    [InlineData("V2Api", "v2-api")]
    public void Class_names_become_kebab_case(string className, string expected)
        => Assert.Equal(expected, KebabCase.From(className));

    [Theory]
    [InlineData("250m", 0.25)]
    [InlineData("1", 1)]
    [InlineData("0.5", 0.5)]
    [InlineData(".5", 0.5)]
    [InlineData("1.", 1)]
    [InlineData("128Mi", 134217728)]
    [InlineData("1Gi", 1073741824)]
    [InlineData("1e3", 1000)]
    [InlineData("1E-3", 0.001)]
    [InlineData("2k", 2000)]
    [InlineData("+3M", 3000000)]
    [InlineData("-1", -1)]
    public void Quantities_parse_to_base_units(string text, double expected)
    {
        Assert.True(Quantity.TryParse(text, out var value));
        Assert.Equal(expected, value, 6);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1GB")]
    [InlineData("Mi")]
    [InlineData("1 Gi")]
    [InlineData("1.2.3")]
    [InlineData("1e")]
    [InlineData("0x10")]
    [InlineData("one")]
    public void Non_quantities_are_refused(string text) => Assert.False(Quantity.TryParse(text, out _));
}
