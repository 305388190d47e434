using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using Manifests.Generators.Models;
using Manifests.Generators.Parsing;
using Microsoft.CodeAnalysis;

namespace Manifests.Generators.Analyzers;

/// <summary>A class's Manifests attributes and, when it is a workload, its model.</summary>
internal sealed record ParsedWorkload(ImmutableArray<OwnedAttribute> Attributes, WorkloadSpec? Spec);

/// <summary>
/// Each class of a compilation parsed once for all the analyzers (object, image and scheduling rules all read the same
/// model, and the image rules read every workload up front). Held per compilation, released with it.
/// </summary>
internal static class ParsedWorkloads
{
    private static readonly ConditionalWeakTable<Compilation, ConcurrentDictionary<INamedTypeSymbol, ParsedWorkload>> PerCompilation = new();

    public static ParsedWorkload Get(Compilation compilation, INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        var parsed = PerCompilation.GetValue(compilation, static _ => new ConcurrentDictionary<INamedTypeSymbol, ParsedWorkload>(SymbolEqualityComparer.Default));
        if (parsed.TryGetValue(type, out var known))
        {
            return known;
        }
        var attributes = WorkloadAttributes.Collect(type);
        var spec = attributes.IsEmpty ? null : WorkloadParser.Parse(type, attributes, cancellationToken);
        return parsed.GetOrAdd(type, new ParsedWorkload(attributes, spec));
    }
}
