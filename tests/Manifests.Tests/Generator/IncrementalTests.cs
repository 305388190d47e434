using System.Collections;
using System.Reflection;
using Manifests.Generators;
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
    public void At_many_workloads_an_unrelated_edit_re_emits_no_document()
    {
        var (driver, compilation) = FirstRun([.. ManyWorkloads(WorkloadCount), Clock]);
        var edited = Replace(compilation, "Ticks => 1", "Ticks => 2");

        var run = driver.RunGenerators(edited).GetRunResult();

        // Every class is re-read (new compilation) and found equal; nothing after the transform runs, no file is emitted.
        IncrementalAssert.AllCachedOrUnchanged(run);
        Assert.Equal(WorkloadCount, IncrementalAssert.Reasons(run, TrackingNames.Deployments).Length);
        Assert.All(IncrementalAssert.Reasons(run, TrackingNames.DeploymentDocuments), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(IncrementalAssert.Reasons(run, TrackingNames.WorkloadFiles), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.Equal([IncrementalStepRunReason.Cached], IncrementalAssert.Reasons(run, TrackingNames.DocumentIndex));
        Assert.All(IncrementalAssert.SourceOutputReasons(run), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
    }

    [Fact]
    public void At_many_workloads_editing_one_re_emits_only_that_workloads_documents()
    {
        var (driver, compilation) = FirstRun([.. ManyWorkloads(WorkloadCount), Clock]);
        var edited = Replace(compilation, "[Deployment(Name = \"app-7\", Replicas = 2)]", "[Deployment(Name = \"app-7\", Replicas = 3)]");

        var run = driver.RunGenerators(edited).GetRunResult();

        AssertOnlyOneRecomputed(IncrementalAssert.Reasons(run, TrackingNames.Deployments), IncrementalStepRunReason.Unchanged);
        AssertOnlyOneRecomputed(IncrementalAssert.Reasons(run, TrackingNames.DeploymentDocuments), IncrementalStepRunReason.Cached);
        AssertOnlyOneRecomputed(IncrementalAssert.Reasons(run, TrackingNames.WorkloadFiles), IncrementalStepRunReason.Cached);
        // The index lists the same files (its entries hold no YAML): it is neither recomputed nor re-emitted.
        Assert.Equal([IncrementalStepRunReason.Cached], IncrementalAssert.Reasons(run, TrackingNames.DocumentIndex));
        // Source outputs: the 20 workload files and the index; only app-7's file is emitted again.
        var outputs = IncrementalAssert.SourceOutputReasons(run);
        Assert.Equal([IncrementalStepRunReason.Modified], outputs.Where(r => r != IncrementalStepRunReason.Cached));
        Assert.Equal(WorkloadCount + 1, outputs.Length);
        Assert.Contains("replicas: 3", GeneratorHarness.ReadFiles(Compile(driver, edited))["bench/app-7-deployment.yaml"]);
    }

    [Fact]
    public void Adding_a_workload_emits_its_file_and_the_index_only()
    {
        var (driver, compilation) = FirstRun([.. ManyWorkloads(WorkloadCount), Clock]);
        var edited = compilation.AddSyntaxTrees(Parse(Workload(WorkloadCount)));

        var run = driver.RunGenerators(edited).GetRunResult();

        var files = IncrementalAssert.Reasons(run, TrackingNames.WorkloadFiles);
        Assert.Equal([IncrementalStepRunReason.New], files.Where(r => r != IncrementalStepRunReason.Cached));
        Assert.Equal([IncrementalStepRunReason.Modified], IncrementalAssert.Reasons(run, TrackingNames.DocumentIndex));
        // Source outputs: the existing workload files stay cached; the new file and the index are emitted.
        var outputs = IncrementalAssert.SourceOutputReasons(run);
        Assert.Equal(WorkloadCount, outputs.Count(r => r == IncrementalStepRunReason.Cached));
        Assert.Equal(WorkloadCount + 2, outputs.Length);
    }

    private const int WorkloadCount = 20;

    /// <summary>A file with no workload in it; it also carries the assembly's defaults.</summary>
    private const string Clock = """
        [assembly: Manifests.ManifestDefaults(Namespace = "bench")]
        namespace App;
        public static class Clock { public static int Ticks => 1; }
        """;

    /// <summary>Workloads in files of their own, as a team with many services writes them.</summary>
    private static IEnumerable<string> ManyWorkloads(int count) => Enumerable.Range(0, count).Select(Workload);

    private static string Workload(int i) => $$"""
        using Manifests;
        namespace App;
        [Deployment(Name = "app-{{i}}", Replicas = 2)]
        [Container("registry.example.com/team/app-{{i}}:1.0.0")]
        [Port(8080, Name = "http")]
        [Resources(CpuRequest = "100m", MemoryRequest = "128Mi", CpuLimit = "500m", MemoryLimit = "256Mi")]
        [Toleration("dedicated", Value = "apps", Effect = TaintEffect.NoSchedule)]
        [Label("tier", "backend")]
        [Service(Port = 80, TargetPort = "http")]
        public partial class App{{i}} { }
        """;

    /// <summary>All reasons are <paramref name="others"/> but one, which is Modified.</summary>
    private static void AssertOnlyOneRecomputed(IncrementalStepRunReason[] reasons, IncrementalStepRunReason others)
    {
        Assert.Equal(WorkloadCount, reasons.Length);
        Assert.Equal(1, reasons.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(WorkloadCount - 1, reasons.Count(r => r == others));
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

    private const string Shop = """
        using Manifests;
        namespace App;
        [ConfigMap] [Data("LOG_LEVEL", "info")] public partial class AppConfig { }
        [Deployment] [Container("web:1")] [Port(8080)] [Resources(CpuRequest = "100m")] [Service(Port = 80)]
        [Ingress("shop.example.com", TlsSecret = "shop-tls")] [Autoscale(Min = 2, Max = 5, CpuPercent = 70)] [DisruptionBudget(MinAvailable = "1")]
        public partial class Web { }
        [StatefulSet(Replicas = 3)] [Container("db:1")] [Port(5432)] [Service(Port = 5432)] [VolumeClaim("data", "10Gi")] [Mount("data", "/var/lib/db")]
        public partial class Db { }
        """;

    [Theory]
    [InlineData("Ingress(\"shop.example.com\"", "Ingress(\"www.example.com\"", nameof(TrackingNames.DeploymentDocuments), "web-ingress.yaml", "www.example.com")]
    [InlineData("Max = 5", "Max = 6", nameof(TrackingNames.DeploymentDocuments), "web-horizontalpodautoscaler.yaml", "maxReplicas: 6")]
    [InlineData("MinAvailable = \"1\"", "MinAvailable = \"2\"", nameof(TrackingNames.DeploymentDocuments), "web-poddisruptionbudget.yaml", "minAvailable: 2")]
    [InlineData("\"10Gi\"", "\"20Gi\"", nameof(TrackingNames.StatefulSetDocuments), "db-statefulset.yaml", "storage: 20Gi")]
    [InlineData("\"info\"", "\"debug\"", nameof(TrackingNames.ConfigMapDocuments), "app-config-configmap.yaml", "LOG_LEVEL: debug")]
    public void Editing_one_object_of_the_shop_re_emits_only_its_class(string oldText, string newText, string step, string file, string expected)
    {
        var (driver, compilation) = FirstRun(Shop);
        var edited = Replace(compilation, oldText, newText);

        var run = driver.RunGenerators(edited).GetRunResult();

        // The edited class's documents and file are recomputed; every other kind of class is served from the cache, and
        // so is the index, whose entries (no YAML) did not change.
        Assert.Equal([IncrementalStepRunReason.Modified], IncrementalAssert.Reasons(run, step));
        foreach (var other in new[] { TrackingNames.DeploymentDocuments, TrackingNames.StatefulSetDocuments, TrackingNames.ConfigMapDocuments }.Where(other => other != step))
        {
            Assert.All(IncrementalAssert.Reasons(run, other), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
        }
        Assert.Equal([IncrementalStepRunReason.Modified], IncrementalAssert.Reasons(run, TrackingNames.WorkloadFiles).Where(r => r != IncrementalStepRunReason.Cached));
        Assert.Equal([IncrementalStepRunReason.Cached], IncrementalAssert.Reasons(run, TrackingNames.DocumentIndex));
        Assert.Contains(expected, GeneratorHarness.ReadFiles(Compile(driver, edited))[file], StringComparison.Ordinal);
    }

    [Fact]
    public void In_a_staged_project_editing_one_workloads_environment_values_re_emits_only_its_file()
    {
        var (driver, compilation) = FirstRun(Samples.Staged);
        var edited = Replace(compilation, "[Env(\"LOG_LEVEL\", \"warn\", Environment = \"prod\")]", "[Env(\"LOG_LEVEL\", \"error\", Environment = \"prod\")]");

        var run = driver.RunGenerators(edited).GetRunResult();

        // Db, Frontend, Worker: only the frontend's documents and file change; no image, patch path or object changed,
        // so the index (every kustomization) is not recomputed.
        Assert.Equal([IncrementalStepRunReason.Modified], IncrementalAssert.Reasons(run, TrackingNames.DeploymentDocuments).Where(r => r != IncrementalStepRunReason.Cached));
        Assert.Equal([IncrementalStepRunReason.Modified], IncrementalAssert.Reasons(run, TrackingNames.WorkloadFiles).Where(r => r != IncrementalStepRunReason.Cached));
        Assert.Equal([IncrementalStepRunReason.Cached], IncrementalAssert.Reasons(run, TrackingNames.DocumentIndex));
        Assert.Contains("value: error", GeneratorHarness.ReadFiles(Compile(driver, edited))["environments/prod/patches/shop/frontend-deployment.yaml"], StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_image_tags_again_recompute_nothing_and_a_new_tag_re_emits_the_workloads()
    {
        var compilation = TestCompilation.Create(Samples.Staged);
        var driver = GeneratorHarness.CreateDriver(new BuildPropertyOptions(new Dictionary<string, string> { ["_ManifestsImageTags"] = "idock.daumkakao.io/shop/worker=2.0.1" })).RunGenerators(compilation);

        var same = driver.RunGenerators(compilation).GetRunResult();
        IncrementalAssert.AllCachedOrUnchanged(same);

        var retagged = driver.WithUpdatedAnalyzerConfigOptions(new BuildPropertyOptions(new Dictionary<string, string> { ["_ManifestsImageTags"] = "idock.daumkakao.io/shop/worker=2.0.2" }));
        var run = retagged.RunGenerators(compilation).GetRunResult();

        Assert.Equal([IncrementalStepRunReason.Modified], IncrementalAssert.Reasons(run, TrackingNames.ImageTags));
        Assert.Equal([IncrementalStepRunReason.Modified], IncrementalAssert.Reasons(run, TrackingNames.DocumentIndex));
        Assert.Contains("newTag: \"2.0.2\"", GeneratorHarness.ReadFiles(Compile(retagged, compilation))["environments/prod/kustomization.yaml"], StringComparison.Ordinal);
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
