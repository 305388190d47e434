using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Manifests.Benchmarks.Floor;

/// <summary>
/// The least any analyzer of these classes can cost: it reads the assembly's attributes once per compilation and asks
/// the compiler for every named type, as the product's analyzers do (workloads, their nested container classes,
/// ConfigMap and Secret classes alike), binds the type's attributes, and reports nothing. A class another names with
/// <c>typeof</c> is a named type of the project too, so its attributes are bound here as well. What the product's
/// analyzers take beyond it is their own work; the rest is the compiler producing the symbols, which every analyzer of
/// types pays.
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
        context.RegisterCompilationStartAction(static start =>
        {
            start.Compilation.Assembly.GetAttributes();
            start.RegisterSymbolAction(static symbol => symbol.Symbol.GetAttributes(), SymbolKind.NamedType);
        });
    }
}
