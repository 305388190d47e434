using Basic.Reference.Assemblies;
using Manifests.Generators.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace Manifests.Tests.Support;

/// <summary>
/// Microsoft.CodeAnalysis.Testing wired for this machine: reference assemblies come from Basic.Reference.Assemblies
/// (no download), plus the real Manifests attributes assembly.
/// </summary>
internal static class AnalyzerVerifier
{
    private static readonly ReferenceAssemblies NoDownload = new("net10.0");

    /// <summary>
    /// Runs <see cref="WorkloadAnalyzer"/> over <paramref name="source"/> and checks that exactly the diagnostics marked
    /// in it (<c>{|KM101:...|}</c>) and those in <paramref name="expected"/> are reported.
    /// </summary>
    public static Task VerifyAsync(string source, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest { TestCode = source };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>
    /// Like <see cref="VerifyAsync(string, DiagnosticResult[])"/> over several files of one project, for what spans
    /// files: assembly-wide defaults declared apart from the workloads, or a project laid out like a real app.
    /// </summary>
    public static Task VerifyAsync(string[] sources, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest();
        for (var i = 0; i < sources.Length; i++)
        {
            test.TestState.Sources.Add(($"File{i}.cs", sources[i]));
        }
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>Runs a code fix of <typeparamref name="TCodeFix"/> and compares the fixed source.</summary>
    public static Task VerifyCodeFixAsync<TCodeFix>(string source, string fixedSource, params DiagnosticResult[] expected)
        where TCodeFix : CodeFixProvider, new()
    {
        var test = new CodeFixTest<TCodeFix> { TestCode = source, FixedCode = fixedSource };
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>
    /// Checks that the diagnostics marked in <paramref name="source"/> are reported and that <typeparamref name="TCodeFix"/>
    /// offers no fix for them: zero iterations expected, so an offered fix fails the test, and the markup stays
    /// expected in the unchanged source.
    /// </summary>
    public static Task VerifyNoCodeFixAsync<TCodeFix>(string source, params DiagnosticResult[] expected)
        where TCodeFix : CodeFixProvider, new()
    {
        var test = new CodeFixTest<TCodeFix>
        {
            TestCode = source,
            FixedCode = source,
            NumberOfIncrementalIterations = 0,
            NumberOfFixAllIterations = 0,
        };
        test.FixedState.MarkupHandling = MarkupMode.Allow;
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    /// <summary>An expected diagnostic by ID, to locate with <c>.WithSpan</c> or <c>.WithLocation</c>.</summary>
    public static DiagnosticResult Diagnostic(string id) => new DiagnosticResult(id, DiagnosticSeverity.Error);

    private static void Configure(ProjectState state)
    {
        state.ReferenceAssemblies = NoDownload;
        state.AdditionalReferences.AddRange(Net100.References.All);
        state.AdditionalReferences.Add(MetadataReference.CreateFromFile(typeof(DeploymentAttribute).Assembly.Location));
    }

    private sealed class AnalyzerTest : CSharpAnalyzerTest<WorkloadAnalyzer, DefaultVerifier>
    {
        public AnalyzerTest() => Configure(TestState);
    }

    private sealed class CodeFixTest<TCodeFix> : CSharpCodeFixTest<WorkloadAnalyzer, TCodeFix, DefaultVerifier>
        where TCodeFix : CodeFixProvider, new()
    {
        public CodeFixTest()
        {
            Configure(TestState);
            Configure(FixedState);
        }
    }
}
