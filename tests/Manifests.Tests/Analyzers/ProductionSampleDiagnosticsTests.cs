using Manifests.Tests.Generator;
using static Manifests.Tests.Support.AnalyzerVerifier;

namespace Manifests.Tests.Analyzers;

/// <summary>
/// The production shop (every attribute of a real pod and the objects around it, as a team writes them) is where the
/// pod's rules meet their most varied correct input: none of them may fire there.
/// </summary>
public class ProductionSampleDiagnosticsTests
{
    [Fact]
    public Task The_production_shop_has_no_diagnostics()
        => VerifyAsync(Samples.Production);
}
