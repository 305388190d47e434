using System;
using System.Collections.Concurrent;
using System.Linq;
using Manifests.Generators.Domain.Validation;
using Manifests.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Manifests.Generators.Analyzers;

/// <summary>KM410: routes that the Ingresses of two workloads both serve, reported at each claimant once every class is analyzed.</summary>
public sealed partial class WorkloadAnalyzer
{
    /// <summary>
    /// A workload's routes. The class was parsed by the type's other action (the model caches it), so this costs a
    /// lookup; it stays a separate action so that the rule keeps to its own file.
    /// </summary>
    private static void CollectRoutes(SymbolAnalysisContext context, CompilationModel model, ConcurrentBag<RouteClaim> routes)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        var parsed = model.Class(type, context.CancellationToken);
        if (parsed.Workload is not { } workload)
        {
            return;
        }
        var fallback = type.Locations.FirstOrDefault() ?? Location.None;
        foreach (var (route, rule) in IngressRoutes.Of(workload))
        {
            var source = IngressRoutes.Source(rule);
            routes.Add(new RouteClaim(route, type, new DeferredLocation(parsed.Attributes[source.AttributeIndex].Data, source.Argument, fallback, context.CancellationToken)));
        }
    }

    private static void ReportRouteClashes(CompilationAnalysisContext context, ConcurrentBag<RouteClaim> routes)
    {
        foreach (var clash in IngressRoutes.Clashes(routes, claim => claim.Route, claim => ClassNames.Of(claim.Type)))
        {
            var claimants = clash.Select(c => (Claim: c, ClassName: ClassNames.Display(c.Type))).OrderBy(c => c.ClassName, StringComparer.Ordinal).ToList();
            foreach (var (claim, className) in claimants)
            {
                var others = claimants.Select(c => c.ClassName).Where(other => other != className).Distinct(StringComparer.Ordinal);
                context.ReportDiagnostic(IngressRoutes.Problem(claim.Route, others).ToDiagnostic(claim.Location.Get()));
            }
        }
    }

    /// <summary>One workload's claim to a route, located only if it clashes.</summary>
    private sealed record RouteClaim(IngressRoutes.Route Route, INamedTypeSymbol Type, DeferredLocation Location);
}
