using Manifests.CodeFixes.Scheduling;
using Manifests.Generators.Analyzers;
using Manifests.Tests.Support;
using Microsoft.CodeAnalysis.Testing;

namespace Manifests.Tests.Scheduling;

/// <summary>
/// The scheduling rules (<see cref="SchedulingAnalyzer"/> and <see cref="AddTolerationCodeFix"/>) through
/// <see cref="ProjectBuilder"/>, with cluster profile files as the package's targets tag them.
/// </summary>
internal static class SchedulingVerifier
{
    /// <summary>The seed's cluster: a load-balancer node, a master, and two unreachable workers.</summary>
    public static string SeedCluster => File.ReadAllText(Repository.PathOf("tests", "Manifests.Tests", "Scheduling", "Clusters", "seed-nodes.yaml"));

    public static Task VerifyAsync(string source, (string Name, string Content)[] profiles, params DiagnosticResult[] expected)
        => Project([source], profiles).RunAsync(expected);

    /// <summary>Like <see cref="VerifyAsync"/>, over several source files.</summary>
    public static Task VerifySourcesAsync(string[] sources, (string Name, string Content)[] profiles, params DiagnosticResult[] expected)
        => Project(sources, profiles).RunAsync(expected);

    public static Task VerifyCodeFixAsync(string source, string fixedSource, (string Name, string Content)[] profiles, int codeActionIndex, params DiagnosticResult[] expected)
        => Project([source], profiles, codeActionIndex).ShouldFixTo(fixedSource).RunAsync(expected);

    public static DiagnosticResult Diagnostic(string id) => ProjectBuilder.Diagnostic(id);

    private static ProjectBuilder Project(string[] sources, (string Name, string Content)[] profiles, int? codeActionIndex = null)
    {
        var project = new ProjectBuilder(sources) { Analyzer = new SchedulingAnalyzer(), CodeFix = new AddTolerationCodeFix(), CodeActionIndex = codeActionIndex };
        foreach (var (name, content) in profiles)
        {
            project.WithClusterNodes(name, content);
        }
        return project;
    }
}
