using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Manifests.Generators.Helpers;
using Manifests.Generators.Models;
using Microsoft.CodeAnalysis;

namespace Manifests.Generators.Parsing;

/// <summary>
/// Reads one attribute's arguments as typed values, each tagged with the property it sets. A value is asked for by its
/// property's name (<c>nameof(ResourcesAttribute.CpuRequest)</c>), whether the user wrote it as a named argument or as
/// the constructor parameter of the same name (<c>key</c> for <c>Key</c>): the compiler checks every name read here.
/// </summary>
internal readonly struct AttributeArguments
{
    private readonly AttributeData data;
    private readonly List<InvalidArgument> invalid;

    /// <param name="data">The attribute.</param>
    /// <param name="index">Its index in the workload's attribute list, for <see cref="SourceRef"/>.</param>
    /// <param name="attribute">Which attribute it is, for messages.</param>
    /// <param name="invalid">Collects arguments the attribute cannot take.</param>
    public AttributeArguments(AttributeData data, int index, ContractAttribute attribute, List<InvalidArgument> invalid)
    {
        this.data = data;
        this.invalid = invalid;
        Attribute = attribute;
        Source = SourceRef.Attribute(index);
    }

    /// <summary>Which attribute this is.</summary>
    public ContractAttribute Attribute { get; }

    /// <summary>The whole attribute.</summary>
    public SourceRef Source { get; }

    /// <summary>
    /// False when the compiler could not bind the attribute (a missing or mistyped argument): the compiler reports
    /// that itself, and the parser skips the attribute rather than guess.
    /// </summary>
    public bool IsUsable
    {
        get
        {
            if (data.AttributeConstructor is null)
            {
                return false;
            }
            foreach (var argument in data.ConstructorArguments)
            {
                if (argument.Kind == TypedConstantKind.Error)
                {
                    return false;
                }
            }
            return true;
        }
    }

    /// <summary>A string the attribute requires (a constructor parameter): <c>null</c> is reported and read as empty.</summary>
    public Sourced<string> RequiredString(string property)
    {
        var value = Find(property);
        if (value is { Value: string text })
        {
            return new Sourced<string>(text, Source.WithArgument(property));
        }
        Report(ArgumentProblem.Null, property, value: null, enumType: null, allowed: null);
        return new Sourced<string>(string.Empty, Source.WithArgument(property));
    }

    /// <summary>Whether the attribute sets <paramref name="property"/> at all, to any value (null included).</summary>
    public bool Has(string property) => Find(property) is not null;

    /// <summary>An optional string, or null when it was not set (or set to null, which means the same).</summary>
    public Sourced<string>? String(string property)
        => Find(property) is { Value: string value } ? new Sourced<string>(value, Source.WithArgument(property)) : null;

    /// <summary>An integer, or null when it was not set.</summary>
    public Sourced<int>? Int(string property)
        => Find(property) is { Value: int value } ? new Sourced<int>(value, Source.WithArgument(property)) : null;

    /// <summary>A boolean, or null when it was not set.</summary>
    public Sourced<bool>? Bool(string property)
        => Find(property) is { Value: bool value } ? new Sourced<bool>(value, Source.WithArgument(property)) : null;

    /// <summary>A <c>typeof(…)</c> argument, or null when it was not set (or names no type the compiler knows).</summary>
    public (INamedTypeSymbol Type, SourceRef Source)? Type(string property)
        => Find(property) is { Kind: TypedConstantKind.Type, Value: INamedTypeSymbol type } ? (type, Source.WithArgument(property)) : null;

    /// <summary>A <c>typeof(…)</c> the attribute requires (a constructor parameter): <c>null</c> is reported and read as none.</summary>
    public (INamedTypeSymbol Type, SourceRef Source)? RequiredType(string property)
    {
        if (Type(property) is { } type)
        {
            return type;
        }
        if (Find(property) is { Kind: TypedConstantKind.Type, Value: null })
        {
            Report(ArgumentProblem.Null, property, value: null, enumType: null, allowed: null);
        }
        return null;
    }

    /// <summary>A long, or null when it was not set.</summary>
    public Sourced<long>? Long(string property)
        => Find(property) switch
        {
            { Value: long value } => new Sourced<long>(value, Source.WithArgument(property)),
            { Value: int value } => new Sourced<long>(value, Source.WithArgument(property)),
            _ => null,
        };

    /// <summary>
    /// An enum property; its default (0) when not set. A value the enum does not define (a cast such as
    /// <c>(TaintEffect)42</c>) is reported, never given a meaning, and read as the default.
    /// </summary>
    public TEnum Enum<TEnum>(string property)
        where TEnum : struct, Enum
    {
        if (Find(property) is not { Value: int value })
        {
            return default;
        }
        if (!System.Enum.IsDefined(typeof(TEnum), value))
        {
            var allowed = string.Join(", ", System.Enum.GetNames(typeof(TEnum)).Select(name => typeof(TEnum).Name + "." + name));
            Report(ArgumentProblem.UndefinedEnumValue, property, value.ToString(CultureInfo.InvariantCulture), typeof(TEnum).Name, allowed);
            return default;
        }
        return (TEnum)System.Enum.ToObject(typeof(TEnum), value);
    }

    /// <summary>
    /// A string-array property whose items are each located on their own (a <c>params</c> parameter, written as several
    /// arguments); empty when not set. A null item is reported and read as empty.
    /// </summary>
    public EquatableArray<Sourced<string>> StringItems(string property)
    {
        var items = Strings(property);
        var builder = ImmutableArray.CreateBuilder<Sourced<string>>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            builder.Add(new Sourced<string>(items[i].Value, items[i].Source.WithElement(i)));
        }
        return builder.MoveToImmutable().ToEquatableArray();
    }

    /// <summary>A string-array property; empty when not set. A null item is reported and read as empty.</summary>
    public EquatableArray<Sourced<string>> Strings(string property)
    {
        if (Find(property) is not { Kind: TypedConstantKind.Array } array || array.IsNull)
        {
            return EquatableArray<Sourced<string>>.Empty;
        }
        var source = Source.WithArgument(property);
        var builder = ImmutableArray.CreateBuilder<Sourced<string>>(array.Values.Length);
        foreach (var item in array.Values)
        {
            if (item.Value is not string text)
            {
                Report(ArgumentProblem.Null, property, value: null, enumType: null, allowed: null);
                text = string.Empty;
            }
            builder.Add(new Sourced<string>(text, source));
        }
        return builder.MoveToImmutable().ToEquatableArray();
    }

    /// <summary>A long-array property; empty when not set.</summary>
    public EquatableArray<Sourced<long>> Longs(string property)
    {
        if (Find(property) is not { Kind: TypedConstantKind.Array } array || array.IsNull)
        {
            return EquatableArray<Sourced<long>>.Empty;
        }
        var source = Source.WithArgument(property);
        var builder = ImmutableArray.CreateBuilder<Sourced<long>>(array.Values.Length);
        foreach (var item in array.Values)
        {
            builder.Add(new Sourced<long>(item.Value is long value ? value : item.Value is int small ? small : 0, source));
        }
        return builder.MoveToImmutable().ToEquatableArray();
    }

    /// <summary>The argument that sets <paramref name="property"/>: a named argument, or the constructor parameter of the same name.</summary>
    private TypedConstant? Find(string property)
    {
        foreach (var argument in data.NamedArguments)
        {
            if (argument.Key == property)
            {
                return argument.Value.Kind == TypedConstantKind.Error ? null : argument.Value;
            }
        }
        if (data.AttributeConstructor is { } constructor)
        {
            var parameters = constructor.Parameters;
            for (var i = 0; i < parameters.Length && i < data.ConstructorArguments.Length; i++)
            {
                if (IsParameterOf(parameters[i].Name, property))
                {
                    return data.ConstructorArguments[i];
                }
            }
        }
        return null;
    }

    /// <summary>The contract's convention: a constructor parameter is its property's name in camel case (<c>containerPort</c>, <c>ContainerPort</c>).</summary>
    public static bool IsParameterOf(string parameter, string property)
        => parameter.Length == property.Length
            && parameter.Length > 0
            && char.ToUpperInvariant(parameter[0]) == property[0]
            && string.CompareOrdinal(parameter, 1, property, 1, property.Length - 1) == 0;

    private void Report(ArgumentProblem problem, string property, string? value, string? enumType, string? allowed)
        => invalid.Add(new InvalidArgument(problem, Attribute.Name(), property, value, enumType, allowed, Source.WithArgument(property)));
}
