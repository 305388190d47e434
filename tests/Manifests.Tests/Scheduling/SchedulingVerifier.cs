using Basic.Reference.Assemblies;
using Manifests.CodeFixes.Scheduling;
using Manifests.Generators.Analyzers;
using Manifests.Tests.Support;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis;

namespace Manifests.Tests.Scheduling;

/// <summary>
/// Runs <see cref="SchedulingAnalyzer"/> (and its code fix) over user code with cluster profile files given as
/// AdditionalFiles tagged <c>ManifestsKind = ClusterNodes</c>, as the package's targets tag them.
/// </summary>
internal static class SchedulingVerifier
{
    private static readonly ReferenceAssemblies NoDownload = new("net10.0");

    /// <summary>The seed's cluster: a load-balancer node, a master, and two unreachable workers.</summary>
    public static string SeedCluster => File.ReadAllText(Repository.PathOf("tests", "Manifests.Tests", "Scheduling", "Clusters", "seed-nodes.yaml"));

    public static Task VerifyAsync(string source, (string Name, string Content)[] profiles, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest { TestCode = source };
        Configure(test.TestState, profiles);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>Like <see cref="VerifyAsync"/>, over several source files.</summary>
    public static Task VerifySourcesAsync(string[] sources, (string Name, string Content)[] profiles, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest();
        foreach (var (source, i) in sources.Select((source, i) => (source, i)))
        {
            test.TestState.Sources.Add(($"/0/File{i}.cs", source));
        }
        Configure(test.TestState, profiles);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    public static Task VerifyCodeFixAsync(string source, string fixedSource, (string Name, string Content)[] profiles, int codeActionIndex, params DiagnosticResult[] expected)
    {
        var test = new CodeFixTest { TestCode = source, FixedCode = fixedSource, CodeActionIndex = codeActionIndex };
        Configure(test.TestState, profiles);
        Configure(test.FixedState, profiles);
        test.FixedState.MarkupHandling = MarkupMode.Allow;
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    public static DiagnosticResult Diagnostic(string id) => new(id, DiagnosticSeverity.Warning);

    private static void Configure(SolutionState state, (string Name, string Content)[] profiles)
    {
        state.ReferenceAssemblies = NoDownload;
        state.AdditionalReferences.AddRange(Net100.References.All);
        state.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(DeploymentAttribute).Assembly.Location));
        var config = "is_global = true\n";
        foreach (var (name, content) in profiles)
        {
            state.AdditionalFiles.Add((name, content));
            config += $"\n[{name}]\nbuild_metadata.AdditionalFiles.ManifestsKind = ClusterNodes\n";
        }
        state.AnalyzerConfigFiles.Add(("/.globalconfig", config));
    }

    private sealed class AnalyzerTest : CSharpAnalyzerTest<SchedulingAnalyzer, DefaultVerifier>;

    private sealed class CodeFixTest : CSharpCodeFixTest<SchedulingAnalyzer, AddTolerationCodeFix, DefaultVerifier>;
}
