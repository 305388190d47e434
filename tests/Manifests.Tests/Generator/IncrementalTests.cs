using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using Manifests.Generators;
using Manifests.Generators.Models;
using Manifests.Generators.Parsing;
using Manifests.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Manifests.Tests.Generator;

/// <summary>What each kind of edit re-runs, asserted through the tracked steps' run reasons.</summary>
public class IncrementalTests
{
    private const string Workloads = """
        using Manifests;
        namespace App;
        [Deployment] [Container("web:1")] [Port(8080)] [Service(Port = 80)] public partial class Web { }
        [Deployment] [Container("api:1")] public partial class Api { public int Handle() => 1; }
        [ReplicaSet] [Container("db:1")] public partial class Db { }
        """;

    [Fact]
    public void Adding_an_unrelated_file_recomputes_nothing()
    {
        var (driver, compilation) = FirstRun(Workloads);
        var edited = compilation.AddSyntaxTrees(Parse("namespace App; public class Unrelated { public int X => 42; }"));

        var run = driver.RunGenerators(edited).GetRunResult();

        // The attribute transform re-reads each class (the compilation changed) and finds it equal; nothing after it runs.
        IncrementalAssert.AllCachedOrUnchanged(run);
        Assert.All(IncrementalAssert.Reasons(run, TrackingNames.DeploymentDocuments), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(IncrementalAssert.Reasons(run, TrackingNames.WorkloadFiles), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.Equal([IncrementalStepRunReason.Cached], IncrementalAssert.Reasons(run, TrackingNames.DocumentIndex));
    }

    [Fact]
    public void Editing_a_method_body_of_a_workload_leaves_its_model_unchanged()
    {
        var (driver, compilation) = FirstRun(Workloads);
        var edited = Replace(compilation, "public int Handle() => 1;", "public int Handle() => 2;");

        var run = driver.RunGenerators(edited).GetRunResult();

        IncrementalAssert.AllCachedOrUnchanged(run);
        Assert.Contains(IncrementalStepRunReason.Unchanged, IncrementalAssert.Reasons(run, TrackingNames.Deployments));
    }

    [Fact]
    public void Editing_one_workload_attribute_re_emits_only_that_workload()
    {
        var (driver, compilation) = FirstRun(Workloads);
        var edited = Replace(compilation, "[Container(\"api:1\")]", "[Container(\"api:2\")]");

        var run = driver.RunGenerators(edited).GetRunResult();

        // Deployments are Web then Api: only Api's model and documents change.
        Assert.Equal([IncrementalStepRunReason.Unchanged, IncrementalStepRunReason.Modified], IncrementalAssert.Reasons(run, TrackingNames.Deployments));
        Assert.Equal([IncrementalStepRunReason.Cached, IncrementalStepRunReason.Modified], IncrementalAssert.Reasons(run, TrackingNames.DeploymentDocuments));
        Assert.All(IncrementalAssert.Reasons(run, TrackingNames.ReplicaSetDocuments), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        // Only Api's file is re-emitted; the index's entries (no YAML) are equal, so it is not even recomputed.
        Assert.Equal([IncrementalStepRunReason.Modified], IncrementalAssert.Reasons(run, TrackingNames.WorkloadFiles).Where(r => r != IncrementalStepRunReason.Cached));
        Assert.Equal([IncrementalStepRunReason.Cached], IncrementalAssert.Reasons(run, TrackingNames.DocumentIndex));
        Assert.Contains("image: api:2", GeneratorHarness.ReadFiles(Compile(driver, edited))["api-deployment.yaml"]);
    }

    [Fact]
    public void Changing_the_assembly_defaults_re_emits_every_workload()
    {
        var (driver, compilation) = FirstRun(Workloads, "[assembly: Manifests.ManifestDefaults(Namespace = \"a\")]");
        var edited = Replace(compilation, "Namespace = \"a\"", "Namespace = \"b\"");

        var run = driver.RunGenerators(edited).GetRunResult();

        Assert.Equal([IncrementalStepRunReason.Modified], IncrementalAssert.Reasons(run, TrackingNames.Defaults));
        Assert.All(IncrementalAssert.Reasons(run, TrackingNames.DeploymentDocuments), r => Assert.Equal(IncrementalStepRunReason.Modified, r));
        Assert.Contains("b/web-deployment.yaml", GeneratorHarness.ReadFiles(Compile(driver, edited)).Keys);
    }

    [Fact]
    public void The_model_holds_no_symbols_syntax_or_compilations()
    {
        var compilation = TestCompilation.Create(Repository.ExampleSources("Shop"));
        var backend = compilation.GetTypeByMetadataName("Shop.Backend")!;
        var spec = WorkloadParser.Parse(backend, CancellationToken.None);
        Assert.NotNull(spec);
        Assert.Equal(2, spec.Containers.Count);

        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        AssertPlainValue(spec, "WorkloadSpec", visited);
        Assert.True(visited.Count > 10, "the walk should reach the nested records");
    }

    private static void AssertPlainValue(object? value, string path, HashSet<object> visited)
    {
        if (value is null or string or bool or int or long or Enum)
        {
            return;
        }
        Assert.False(value is ISymbol or Compilation or SyntaxNode or SyntaxTree or SemanticModel or Location or AttributeData,
            $"{path} holds a {value.GetType().Name}: it would defeat caching and pin the compilation in memory.");
        var type = value.GetType();
        Assert.True(type.Namespace!.StartsWith("Manifests.Generators", StringComparison.Ordinal) || type.IsValueType,
            $"{path} is a {type.FullName}, not a model type.");
        if (!type.IsValueType && !visited.Add(value))
        {
            return;
        }
        if (value is IEnumerable sequence)
        {
            var i = 0;
            foreach (var item in sequence)
            {
                AssertPlainValue(item, $"{path}[{i++}]", visited);
            }
            return;
        }
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            AssertPlainValue(property.GetValue(value), path + "." + property.Name, visited);
        }
    }

    private static (GeneratorDriver Driver, CSharpCompilation Compilation) FirstRun(params string[] sources)
    {
        var compilation = TestCompilation.Create(sources);
        var driver = GeneratorHarness.CreateDriver().RunGenerators(compilation);
        return (driver, compilation);
    }

    private static CSharpCompilation Replace(CSharpCompilation compilation, string oldText, string newText)
    {
        var tree = compilation.SyntaxTrees.Single(t => t.ToString().Contains(oldText, StringComparison.Ordinal));
        var newTree = tree.WithChangedText(tree.GetText().Replace(tree.ToString().IndexOf(oldText, StringComparison.Ordinal), oldText.Length, newText));
        return compilation.ReplaceSyntaxTree(tree, newTree);
    }

    private static Compilation Compile(GeneratorDriver driver, CSharpCompilation compilation)
    {
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return output;
    }

    private static SyntaxTree Parse(string source) => CSharpSyntaxTree.ParseText(source, TestCompilation.ParseOptions);
}
