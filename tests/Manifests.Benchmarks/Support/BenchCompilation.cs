using System.Collections.Immutable;
using Basic.Reference.Assemblies;
using Manifests.Benchmarks.Workloads;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Manifests.Benchmarks.Support;

/// <summary>
/// The user's project as the compiler sees it: <see cref="WorkloadSources"/> parsed once into syntax trees (the defaults,
/// the unrelated file, the platform's and each domain's ConfigMap and Secret, and one file per workload), compiled
/// against the .NET 10 reference assemblies and the real Manifests attributes assembly.
/// </summary>
internal sealed class BenchCompilation
{
    private static readonly ImmutableArray<MetadataReference> References =
        Net100.References.All.Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(typeof(ManifestFile).Assembly.Location))
            .ToImmutableArray();

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private BenchCompilation(int workloads, CSharpCompilation compilation)
    {
        Workloads = workloads;
        Compilation = compilation;
    }

    public int Workloads { get; }

    /// <summary>The project with every workload at 2 replicas (those that write a count) and the unrelated file at value 0.</summary>
    public CSharpCompilation Compilation { get; }

    /// <summary>
    /// The workload the edit benchmarks change: one in the middle (5, 50 and 500 at N = 10, 100 and 1,000), rounded down
    /// to a multiple of 5 at other sizes so that it is always a <see cref="WorkloadRole.Web"/> Deployment, whose Replicas
    /// the edit changes.
    /// </summary>
    public int EditedWorkload => Workloads / 2 / 5 * 5;

    public static BenchCompilation Create(int workloads)
    {
        var trees = new List<SyntaxTree>(workloads + WorkloadRoles.Domains(workloads) + 3)
        {
            Parse(WorkloadSources.Defaults, WorkloadSources.DefaultsPath),
            Parse(WorkloadSources.Unrelated(0), WorkloadSources.UnrelatedPath),
            Parse(WorkloadSources.Platform, WorkloadSources.PlatformPath),
        };
        for (var domain = 0; domain < WorkloadRoles.Domains(workloads); domain++)
        {
            trees.Add(Parse(WorkloadSources.Domain(domain), WorkloadSources.DomainPath(domain)));
        }
        for (var i = 0; i < workloads; i++)
        {
            trees.Add(Parse(WorkloadSources.Workload(i), WorkloadSources.PathOf(i)));
        }
        var compilation = CSharpCompilation.Create(
            "BenchApp",
            trees,
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        return new BenchCompilation(workloads, compilation);
    }

    /// <summary>
    /// The project after a keystroke in the unrelated file. Built from <see cref="Compilation"/> as the IDE builds the
    /// next compilation from the last one: every other tree is the same object, but symbols and bindings are new.
    /// </summary>
    public CSharpCompilation WithUnrelatedEdit(int value)
        => Replace(WorkloadSources.UnrelatedPath, WorkloadSources.Unrelated(value));

    /// <summary>The project after the replica count of <see cref="EditedWorkload"/> changed.</summary>
    public CSharpCompilation WithWorkloadEdit(int replicas)
        => Replace(WorkloadSources.PathOf(EditedWorkload), WorkloadSources.Workload(EditedWorkload, replicas));

    private CSharpCompilation Replace(string path, string text)
    {
        var old = Compilation.SyntaxTrees.First(t => t.FilePath == path);
        return Compilation.ReplaceSyntaxTree(old, Parse(text, path));
    }

    private static SyntaxTree Parse(string text, string path) => CSharpSyntaxTree.ParseText(text, ParseOptions, path);
}
