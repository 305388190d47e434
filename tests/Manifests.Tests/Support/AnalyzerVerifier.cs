using Manifests.Generators.Analyzers;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Testing;

namespace Manifests.Tests.Support;

/// <summary>The object and cross-object rules (<see cref="WorkloadAnalyzer"/>) through <see cref="ProjectBuilder"/>, in one line per test.</summary>
internal static class AnalyzerVerifier
{
    /// <summary>Checks that exactly the diagnostics marked in <paramref name="source"/> (<c>{|KM101:...|}</c>) and <paramref name="expected"/> are reported.</summary>
    public static Task VerifyAsync(string source, params DiagnosticResult[] expected)
        => new ProjectBuilder(source) { Analyzer = new WorkloadAnalyzer() }.RunAsync(expected);

    /// <summary>The same over several files of one project (<c>/0/Test0.cs</c>, <c>/0/Test1.cs</c>...).</summary>
    public static Task VerifyAsync(string[] sources, params DiagnosticResult[] expected)
        => new ProjectBuilder(sources) { Analyzer = new WorkloadAnalyzer() }.RunAsync(expected);

    /// <summary>Applies <typeparamref name="TCodeFix"/> and compares the fixed source.</summary>
    public static Task VerifyCodeFixAsync<TCodeFix>(string source, string fixedSource, params DiagnosticResult[] expected)
        where TCodeFix : CodeFixProvider, new()
        => new ProjectBuilder(source) { Analyzer = new WorkloadAnalyzer(), CodeFix = new TCodeFix(), FixedSource = fixedSource }.RunAsync(expected);

    /// <summary>
    /// Checks that the diagnostics marked in <paramref name="source"/> are reported and that <typeparamref name="TCodeFix"/>
    /// offers no fix for them: the fixed source is the source, markup and all.
    /// </summary>
    public static Task VerifyNoCodeFixAsync<TCodeFix>(string source, params DiagnosticResult[] expected)
        where TCodeFix : CodeFixProvider, new()
        => new ProjectBuilder(source) { Analyzer = new WorkloadAnalyzer(), CodeFix = new TCodeFix(), FixedSource = source, Iterations = 0 }.RunAsync(expected);

    /// <summary>An expected diagnostic by ID, to locate with <c>.WithSpan</c> or <c>.WithLocation</c>.</summary>
    public static DiagnosticResult Diagnostic(string id) => ProjectBuilder.Diagnostic(id);
}
