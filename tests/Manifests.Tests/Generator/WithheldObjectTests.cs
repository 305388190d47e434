using Manifests.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Manifests.Tests.Generator;

/// <summary>
/// An object a class declares but the generator cannot write is never dropped without a word: the compiled assembly
/// records it, with the reason the build task reports, whatever severity the user gave the diagnostic.
/// </summary>
public class WithheldObjectTests
{
    [Fact]
    public void An_invalid_class_withholds_each_of_its_objects_with_its_first_error()
    {
        var files = GeneratorHarness.Run("""
            using Manifests;
            namespace Shop;
            [ReplicaSet(Name = "db", Replicas = -1)] [Container("postgres:16")] [Port(5432)] [Service(Port = 5432, Name = "Db")] public partial class Database { }
            [Deployment] [Container("nginx:1.27")] public partial class Web { }
            """);

        Assert.Equal(["kustomization.yaml", "web-deployment.yaml"], files.ByPath.Keys);
        const string reason = "'Shop.Database' has an error, KM109: Replicas is -1: it must be 0 or more (and 1 more)";
        Assert.Equal(["Db-service.yaml: " + reason, "db-replicaset.yaml: " + reason], Lines(files));
    }

    [Fact]
    public void Invalid_defaults_withhold_every_object_with_their_error()
    {
        var files = GeneratorHarness.Run("""
            using Manifests;
            [assembly: ManifestDefaults(Namespace = "Shop")]
            [Deployment] [Container("nginx:1.27")] public partial class Web { }
            """);

        Assert.Empty(files.ByPath);
        var (path, reason) = Assert.Single(files.Withheld);
        Assert.Equal("Shop/web-deployment.yaml", path);
        Assert.StartsWith("'Web' has an error, KM102: Namespace 'Shop' is invalid: a lowercase RFC 1123 label", reason);
    }

    [Fact]
    public void Two_classes_declaring_one_object_each_withhold_all_their_objects_naming_the_other()
    {
        var files = GeneratorHarness.Run("""
            using Manifests;
            [Deployment(Name = "web")] [Container("a:1")] [Port(80)] [Service(Name = "a", Port = 80)] public partial class A { }
            [Deployment(Name = "web")] [Container("b:1")] public partial class B { }
            """);

        Assert.Empty(files.ByPath);
        const string clash = "two workloads or two Services of one name in one namespace clash, so rename one of them";
        Assert.Equal(
            [
                "a-service.yaml: 'A' has an error, KM114: Deployment 'web' is also declared by 'B' (Deployment): " + clash,
                "web-deployment.yaml: 'A' has an error, KM114: Deployment 'web' is also declared by 'B' (Deployment): " + clash,
                "web-deployment.yaml: 'B' has an error, KM114: Deployment 'web' is also declared by 'A' (Deployment): " + clash,
            ],
            Lines(files));
    }

    [Fact]
    public void A_valid_project_withholds_nothing()
        => Assert.Empty(GeneratorHarness.Run(Repository.ExampleSources("Shop")).Withheld);

    [Theory]
    [InlineData("[Toleration(\"k\", Effect = (TaintEffect)42)]", "[Toleration] cannot set Effect to 42, which is not a TaintEffect value: use one of TaintEffect.Any, TaintEffect.NoSchedule, TaintEffect.PreferNoSchedule, TaintEffect.NoExecute")]
    [InlineData("[Toleration(null!)]", "[Toleration] cannot take null for Key: write a value")]
    [InlineData("[Service(Port = 80, Type = (ServiceType)7)]", "[Service] cannot set Type to 7, which is not a ServiceType value: use one of ServiceType.ClusterIP, ServiceType.NodePort, ServiceType.LoadBalancer")]
    public void An_argument_no_attribute_can_take_is_never_given_a_meaning(string attribute, string message)
    {
        var files = GeneratorHarness.Run($$"""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] [Port(80)] {{attribute}} public partial class Web { }
            """);

        Assert.DoesNotContain("web-deployment.yaml", files.ByPath.Keys);
        Assert.Contains(files.Withheld, withheld => withheld.Reason == "'Web' has an error, KM121: " + message);
    }

    [Fact]
    public void A_record_is_a_workload_like_a_class()
    {
        var files = GeneratorHarness.Run("""
            using Manifests;
            [Deployment] [Container("nginx:1.27")] public partial record Web;
            """);
        Assert.Equal(["kustomization.yaml", "web-deployment.yaml"], files.ByPath.Keys);
    }

    [Fact]
    public void A_name_too_long_for_a_file_name_gets_a_shortened_stable_file_name()
    {
        // 243 characters: a valid object name, but with "-deployment.yaml" too long for one file name (255).
        var name = string.Join(".", Enumerable.Repeat(new string('a', 60), 4)) + "-ab";
        var source = $$"""
            using Manifests;
            [Deployment(Name = "{{name}}")] [Container("nginx:1.27")] public partial class Web { }
            """;

        var path = Assert.Single(GeneratorHarness.Run(source).ByPath.Keys, key => key != "kustomization.yaml");
        Assert.Equal(path, Assert.Single(GeneratorHarness.Run(source).ByPath.Keys, key => key != "kustomization.yaml"));
        Assert.True(path.Length <= 255, path);
        Assert.EndsWith("-deployment.yaml", path, StringComparison.Ordinal);
        Assert.StartsWith(name[..100], path, StringComparison.Ordinal);
        Assert.Contains($"  name: {name}\n", GeneratorHarness.Run(source)[path]);
    }

    [Theory]
    [InlineData(LanguageVersion.CSharp7_3)]
    [InlineData(LanguageVersion.Latest)]
    public void The_generated_code_compiles_under_every_language_version_the_attributes_support(LanguageVersion version)
    {
        var parseOptions = new CSharpParseOptions(version);
        var compilation = CSharpCompilation.Create(
            "UserApp",
            Repository.ExampleSources("Shop").Select(source => CSharpSyntaxTree.ParseText(source.Replace("namespace Shop;", "namespace Shop {") + (source.Contains("namespace Shop;") ? "}" : ""), parseOptions)),
            TestCompilation.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var driver = CSharpGeneratorDriver.Create([new Manifests.Generators.ManifestGenerator().AsSourceGenerator()], parseOptions: parseOptions);

        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);

        Assert.Empty(generatorDiagnostics);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.Equal(12, GeneratorHarness.ReadFiles(output).Count);
    }

    /// <summary>Each withheld object as "path: reason", the way the build task's error names it.</summary>
    private static string[] Lines(GeneratedFiles files) => [.. files.Withheld.Select(withheld => withheld.Path + ": " + withheld.Reason)];
}
