using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Manifests.Generators.Parsing;

/// <summary>One attribute of a workload's class tree, with the class it sits on.</summary>
/// <param name="Owner">The class the attribute is on.</param>
/// <param name="IsNested">Whether <paramref name="Owner"/> is a nested class of the workload rather than the workload itself.</param>
/// <param name="Data">The attribute.</param>
/// <param name="Kind">Which of our attributes it is.</param>
internal readonly record struct OwnedAttribute(INamedTypeSymbol Owner, bool IsNested, AttributeData Data, ContractAttribute Kind);

/// <summary>
/// The one ordering of a workload's attributes that the parser and the analyzers share: the workload class's own
/// attributes, then those of each nested class, in declaration order. A <see cref="Models.SourceRef"/> is an index
/// into this list, so both sides must build it the same way, here.
/// </summary>
internal static class WorkloadAttributes
{
    public static ImmutableArray<OwnedAttribute> Collect(INamedTypeSymbol workload)
    {
        var builder = ImmutableArray.CreateBuilder<OwnedAttribute>();
        Add(builder, workload, isNested: false);
        foreach (var nested in workload.GetTypeMembers())
        {
            Add(builder, nested, isNested: true);
        }
        return builder.ToImmutable();
    }

    private static void Add(ImmutableArray<OwnedAttribute>.Builder builder, INamedTypeSymbol owner, bool isNested)
    {
        foreach (var data in owner.GetAttributes())
        {
            var kind = ContractAttributes.Classify(data.AttributeClass);
            if (kind != ContractAttribute.None)
            {
                builder.Add(new OwnedAttribute(owner, isNested, data, kind));
            }
        }
    }
}
