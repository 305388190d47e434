using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Manifests.Generators.Diagnostics;
using Manifests.Generators.Domain.Validation;
using Manifests.Generators.Models;
using Manifests.Generators.Parsing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis;

namespace Manifests.Generators.Analyzers;

/// <summary>
/// Reports what makes a workload class invalid Kubernetes (KM1xx) or incoherent with its own Service (KM402), at the
/// argument that causes it. The rules are <see cref="WorkloadValidator"/>'s, shared with the generator.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class WorkloadAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        DiagnosticDescriptors.WorkloadRulesById.Values.OrderBy(d => d.Id, System.StringComparer.Ordinal).ToImmutableArray();

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            var assembly = start.Compilation.Assembly;
            var defaults = DefaultsParser.Parse(assembly, start.CancellationToken);
            var claims = new ConcurrentBag<Claim>();

            start.RegisterSymbolAction(symbol => AnalyzeType(symbol, defaults, claims), SymbolKind.NamedType);

            // Problems with the assembly-wide defaults are reported in the file that declares them.
            var defaultsProblems = WorkloadValidator.ValidateDefaults(defaults);
            if (!defaultsProblems.IsEmpty)
            {
                start.RegisterSemanticModelAction(model => ReportDefaults(model, assembly, defaultsProblems));
            }

            start.RegisterCompilationEndAction(end => ReportDuplicates(end, claims));
        });
    }

    private static void AnalyzeType(SymbolAnalysisContext context, ManifestDefaults defaults, ConcurrentBag<Claim> claims)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        var (attributes, spec) = ParsedWorkloads.Get(context.Compilation, type, context.CancellationToken);
        if (attributes.IsEmpty)
        {
            return;
        }
        var fallback = type.Locations.FirstOrDefault() ?? Location.None;

        if (spec is null)
        {
            ReportOrphans(context, type, attributes, fallback);
            return;
        }

        foreach (var problem in WorkloadValidator.Validate(spec))
        {
            var location = SourceLocator.Locate(attributes[problem.Source.AttributeIndex].Data, problem.Source, fallback, context.CancellationToken);
            context.ReportDiagnostic(Create(problem, location));
        }

        foreach (var (identity, kind, source) in ObjectIdentity.Of(spec, defaults))
        {
            claims.Add(new Claim(identity, kind, type, new DeferredLocation(attributes[source.AttributeIndex].Data, source.Argument, fallback, context.CancellationToken)));
        }
    }

    /// <summary>Manifests attributes on a class that is no workload and sits in none: they would silently do nothing.</summary>
    private static void ReportOrphans(SymbolAnalysisContext context, INamedTypeSymbol type, ImmutableArray<OwnedAttribute> attributes, Location fallback)
    {
        if (type.ContainingType is { } parent && IsWorkload(parent))
        {
            return; // A container class of a workload: the workload's own analysis covers it.
        }
        // Deeper than one level inside a workload, a container class is not read: say where it must go.
        var workload = Ancestors(type).FirstOrDefault(IsWorkload);
        var advice = workload is null
            ? $"'{type.Name}' is not a workload: add [Deployment] or [ReplicaSet] to it, or nest it in the workload class it belongs to"
            : $"'{type.Name}' is nested too deep: container classes must be nested directly in the workload class '{workload.Name}'";
        foreach (var attribute in attributes)
        {
            if (attribute.IsNested)
            {
                continue;
            }
            var location = SourceLocator.Locate(attribute.Data, argument: null, fallback, context.CancellationToken);
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.MisplacedAttribute, location, attribute.Kind.ToString(), advice));
        }
    }

    private static bool IsWorkload(INamedTypeSymbol type)
        => type.GetAttributes().Any(a => KnownAttributes.Classify(a.AttributeClass) is KnownAttribute.Deployment or KnownAttribute.ReplicaSet);

    private static IEnumerable<INamedTypeSymbol> Ancestors(INamedTypeSymbol type)
    {
        for (var parent = type.ContainingType; parent is not null; parent = parent.ContainingType)
        {
            yield return parent;
        }
    }

    private static void ReportDefaults(SemanticModelAnalysisContext context, IAssemblySymbol assembly, ImmutableArray<ManifestProblem> problems)
    {
        var attributes = assembly.GetAttributes();
        foreach (var problem in problems)
        {
            var attribute = attributes[problem.Source.AttributeIndex];
            if (attribute.ApplicationSyntaxReference?.SyntaxTree != context.SemanticModel.SyntaxTree)
            {
                continue;
            }
            var location = SourceLocator.Locate(attribute, problem.Source, Location.None, context.CancellationToken);
            context.ReportDiagnostic(Create(problem, location));
        }
    }

    private static void ReportDuplicates(CompilationAnalysisContext context, ConcurrentBag<Claim> claims)
    {
        foreach (var group in claims.GroupBy(c => c.Identity).Where(g => g.Count() > 1))
        {
            var claimants = group.Select(c => (Claim: c, ClassName: c.Type.ToDisplayString())).OrderBy(c => c.ClassName, System.StringComparer.Ordinal).ToList();
            foreach (var (claim, _) in claimants)
            {
                var others = string.Join(", ", claimants.Where(c => !ReferenceEquals(c.Claim, claim)).Select(c => $"'{c.ClassName}' ({c.Claim.Kind})"));
                var ns = claim.Identity.Namespace is { } n ? $" in namespace '{n}'" : string.Empty;
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.DuplicateObject, claim.Location.Get(), claim.Kind, claim.Identity.Name, ns, others));
            }
        }
    }

    private static Diagnostic Create(ManifestProblem problem, Location location)
        => Diagnostic.Create(DiagnosticDescriptors.WorkloadRulesById[problem.Id], location, problem.MessageArguments.Select(a => (object)a).ToArray());

    /// <summary>One class's claim to an object identity, for finding objects declared twice (named and located only then).</summary>
    private sealed record Claim(ObjectIdentity Identity, string Kind, INamedTypeSymbol Type, DeferredLocation Location);
}
