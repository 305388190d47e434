using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Manifests.Generators.Diagnostics;
using Manifests.Generators.Domain.Resolution;
using Manifests.Generators.Domain.Validation;
using Manifests.Generators.Models;
using Manifests.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Manifests.Generators.Analyzers;

/// <summary>
/// Reports what makes a workload class invalid Kubernetes (KM1xx) or incoherent with its own Service (KM402), at the
/// argument that causes it. The rules are <see cref="WorkloadValidator"/>'s and <see cref="DuplicateObjects"/>',
/// shared with the generator.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed partial class WorkloadAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => DiagnosticDescriptors.WorkloadRules;

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            var model = CompilationModel.For(start.Compilation);
            var defaults = model.Defaults(start.CancellationToken);
            var claims = new ConcurrentBag<Claim>();

            start.RegisterSymbolAction(symbol => AnalyzeType(symbol, model, defaults, claims), SymbolKind.NamedType);

            // Problems with the assembly-wide defaults are reported in the file that declares them.
            var defaultsProblems = WorkloadValidator.ValidateDefaults(defaults);
            if (!defaultsProblems.IsEmpty)
            {
                var assembly = start.Compilation.Assembly;
                start.RegisterSemanticModelAction(semanticModel => ReportDefaults(semanticModel, assembly, defaultsProblems));
            }

            start.RegisterCompilationEndAction(end => ReportDuplicates(end, claims));

            // Ingress routes two workloads serve (KM410): collected beside the claims, compared once all are in.
            var routes = new ConcurrentBag<RouteClaim>();
            start.RegisterSymbolAction(symbol => CollectRoutes(symbol, model, routes), SymbolKind.NamedType);
            start.RegisterCompilationEndAction(end => ReportRouteClashes(end, routes));
        });
    }

    private static void AnalyzeType(SymbolAnalysisContext context, CompilationModel model, ManifestDefaults defaults, ConcurrentBag<Claim> claims)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        var parsed = model.Class(type, context.CancellationToken);
        var attributes = parsed.Attributes;
        if (attributes.IsEmpty)
        {
            return;
        }
        var fallback = type.Locations.FirstOrDefault() ?? Location.None;

        if (!parsed.IsObject)
        {
            ReportOrphans(context, type, attributes, fallback);
            return;
        }

        var problems = parsed switch
        {
            { Workload: { } workload } => EnvironmentValidator.ValidateViews(workload, defaults),
            { ConfigMap: { } configMap } => ConfigValidator.Validate(configMap),
            _ => ConfigValidator.Validate(parsed.Secret!),
        };
        foreach (var problem in problems)
        {
            var location = SourceLocator.Locate(attributes[problem.Source.AttributeIndex].Data, problem.Source, fallback, context.CancellationToken);
            context.ReportDiagnostic(problem.ToDiagnostic(location));
        }

        var objects = parsed switch
        {
            { Workload: { } workload } => WorkloadResolver.Objects(workload, defaults),
            { ConfigMap: { } configMap } => [(WorkloadResolver.Object(configMap, defaults), configMap.KindSource)],
            _ => [],
        };
        foreach (var (file, source) in objects)
        {
            claims.Add(new Claim(file, type, new DeferredLocation(attributes[source.AttributeIndex].Data, source.Argument, fallback, context.CancellationToken)));
        }
    }

    /// <summary>Manifests attributes on a class that is no workload and sits in none: they would silently do nothing.</summary>
    private static void ReportOrphans(SymbolAnalysisContext context, INamedTypeSymbol type, ImmutableArray<OwnedAttribute> attributes, Location fallback)
    {
        if (Ancestors(type).Any(IsWorkload))
        {
            // A container class of a workload, or a class nested deeper (KM117 too, as the workload withholds its
            // objects for it): the workload's own analysis covers it.
            return;
        }
        foreach (var attribute in attributes)
        {
            if (attribute.IsNested)
            {
                continue;
            }
            var location = SourceLocator.Locate(attribute.Data, property: null, fallback, context.CancellationToken);
            var descriptor = attribute.Kind == ContractAttribute.Data ? DiagnosticDescriptors.DataOutsideConfigMap : DiagnosticDescriptors.NotInWorkload;
            context.ReportDiagnostic(Diagnostic.Create(descriptor, location, attribute.Kind.Name(), type.Name, string.Empty));
        }
    }

    private static bool IsWorkload(INamedTypeSymbol type)
        => type.GetAttributes().Any(a => ContractAttributes.Classify(a.AttributeClass).IsWorkloadKind());

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
            context.ReportDiagnostic(problem.ToDiagnostic(location));
        }
    }

    /// <summary>KM114 at each declaration of an object that another class declares too.</summary>
    private static void ReportDuplicates(CompilationAnalysisContext context, ConcurrentBag<Claim> claims)
    {
        foreach (var group in DuplicateObjects.Find(claims, claim => claim.File))
        {
            var claimants = group.Select(c => (Claim: c, ClassName: ClassNames.Display(c.Type))).OrderBy(c => c.ClassName, StringComparer.Ordinal).ToList();
            foreach (var (claim, _) in claimants)
            {
                var others = claimants.Where(c => !ReferenceEquals(c.Claim, claim)).Select(c => (c.ClassName, c.Claim.File.Kind));
                context.ReportDiagnostic(DuplicateObjects.Problem(claim.File, others).ToDiagnostic(claim.Location.Get()));
            }
        }
    }

    /// <summary>One class's claim to an object, for finding objects declared twice (named and located only then).</summary>
    private sealed record Claim(ObjectFile File, INamedTypeSymbol Type, DeferredLocation Location);
}
