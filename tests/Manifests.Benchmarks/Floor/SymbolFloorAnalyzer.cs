using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Manifests.Benchmarks.Floor;

/// <summary>
/// The least any analyzer of these classes can cost: it asks the compiler for every named type, as the product's
/// analyzers do, binds the type's attributes, and reports nothing. What the product's analyzers take beyond it is
/// their own work; the rest is the compiler producing the symbols, which every analyzer of types pays.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SymbolFloorAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Never = new(
        "FLOOR001", "Never reported", "Never reported", "Benchmark", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Never);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSymbolAction(static symbol => symbol.Symbol.GetAttributes(), SymbolKind.NamedType);
    }
}
