using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Manifests.Generators.Parsing;

/// <summary>One attribute of a workload's class tree, with the class it sits on.</summary>
/// <param name="Owner">The class the attribute is on.</param>
/// <param name="IsNested">Whether <paramref name="Owner"/> is a nested class of the workload rather than the workload itself.</param>
/// <param name="Data">The attribute.</param>
/// <param name="Kind">Which of our attributes it is.</param>
/// <param name="IsTooDeep">Whether <paramref name="Owner"/> is nested deeper than a container class, where nothing reads it.</param>
internal readonly record struct OwnedAttribute(INamedTypeSymbol Owner, bool IsNested, AttributeData Data, ContractAttribute Kind, bool IsTooDeep = false);

/// <summary>
/// The one ordering of a workload's attributes that the parser and the analyzers share: the workload class's own
/// attributes, then those of each nested class, in declaration order, then those of the classes nested deeper. A
/// <see cref="Models.SourceRef"/> is an index into this list, so both sides must build it the same way, here.
/// </summary>
internal static class WorkloadAttributes
{
    public static ImmutableArray<OwnedAttribute> Collect(INamedTypeSymbol workload)
    {
        var builder = ImmutableArray.CreateBuilder<OwnedAttribute>();
        Add(builder, workload, isNested: false, isTooDeep: false);
        foreach (var nested in workload.GetTypeMembers())
        {
            if (!IsObjectOfItsOwn(nested))
            {
                Add(builder, nested, isNested: true, isTooDeep: false);
            }
        }
        // Last, so that the indexes before them stay as they are: a container class nested in a container class is
        // read by nothing, so the workload reports it (KM117) and is withheld, as for any attribute that has no effect.
        foreach (var nested in workload.GetTypeMembers())
        {
            AddTooDeep(builder, nested);
        }
        return builder.ToImmutable();
    }

    /// <summary>
    /// The classes below <paramref name="parent"/>, a nested class, down to any depth; not below or in a workload,
    /// ConfigMap or Secret class, which is an object of its own.
    /// </summary>
    private static void AddTooDeep(ImmutableArray<OwnedAttribute>.Builder builder, INamedTypeSymbol parent)
    {
        if (IsObjectOfItsOwn(parent))
        {
            return;
        }
        foreach (var deeper in parent.GetTypeMembers())
        {
            if (!IsObjectOfItsOwn(deeper))
            {
                Add(builder, deeper, isNested: true, isTooDeep: true);
            }
            AddTooDeep(builder, deeper);
        }
    }

    /// <summary>
    /// A workload, ConfigMap or Secret class declared inside another class is an object of its own, generated and judged
    /// as such wherever it is declared: none of its attributes belongs to the class around it.
    /// </summary>
    private static bool IsObjectOfItsOwn(INamedTypeSymbol type)
        => Declares(type, AttributeScope.WorkloadKind) || Declares(type, AttributeScope.ConfigKind);

    private static bool Declares(INamedTypeSymbol type, AttributeScope scope)
    {
        foreach (var data in type.GetAttributes())
        {
            if (ContractAttributes.Classify(data.AttributeClass).Scope() == scope)
            {
                return true;
            }
        }
        return false;
    }

    private static void Add(ImmutableArray<OwnedAttribute>.Builder builder, INamedTypeSymbol owner, bool isNested, bool isTooDeep)
    {
        foreach (var data in owner.GetAttributes())
        {
            var kind = ContractAttributes.Classify(data.AttributeClass);
            if (kind != ContractAttribute.None)
            {
                builder.Add(new OwnedAttribute(owner, isNested, data, kind, isTooDeep));
            }
        }
    }
}
