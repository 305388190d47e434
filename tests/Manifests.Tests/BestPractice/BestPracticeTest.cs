using System.Diagnostics.CodeAnalysis;
using Manifests.Generators.Analyzers;
using Manifests.Generators.Diagnostics;
using Manifests.Tests.Support;

namespace Manifests.Tests.BestPractice;

/// <summary>
/// The best-practice rules (<see cref="BestPracticeAnalyzer"/>) through <see cref="ProjectBuilder"/>. Every KM5xx rule is
/// on unless <see cref="Only"/> narrows the test to some of them, so that a test of one rule need not satisfy the others.
/// </summary>
internal sealed class BestPracticeTest : ProjectBuilder
{
    [SetsRequiredMembers]
    public BestPracticeTest(params string[] sources)
        : base(sources)
        => Analyzer = new BestPracticeAnalyzer();

    /// <summary>The rules the test is about; the other KM5xx rules are set to <c>none</c>.</summary>
    public string[] Only
    {
        init
        {
            foreach (var id in DiagnosticDescriptors.BestPracticeRules.Select(d => d.Id).Distinct())
            {
                if (!value.Contains(id))
                {
                    WithConfiguration($"dotnet_diagnostic.{id}.severity = none");
                }
            }
        }
    }

    /// <summary>A workload every KM5xx rule accepts, to start a test from.</summary>
    public const string Hardened = """
        using Manifests;

        [Deployment]
        [Container("idock.daumkakao.io/shop/frontend:1.4.2")]
        [Port(8080, Name = "http")]
        [ReadinessProbe(Path = "/healthz", Port = "http")]
        [Resources(CpuRequest = "250m", MemoryRequest = "256Mi")]
        [SecurityContext(RunAsNonRoot = true, AllowPrivilegeEscalation = false)]
        [Service(Port = 80, TargetPort = "http")]
        public partial class Frontend { }
        """;
}
