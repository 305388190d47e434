using System.Collections.Immutable;
using System.Globalization;
using Manifests.Generators.Helpers;
using Manifests.Generators.Models;
using Microsoft.CodeAnalysis;

namespace Manifests.Generators.Parsing;

/// <summary>Reads one attribute's arguments as plain values, each tagged with the argument it came from.</summary>
internal readonly struct AttributeArguments
{
    private readonly AttributeData data;

    public AttributeArguments(AttributeData data, int index)
    {
        this.data = data;
        Source = SourceRef.Attribute(index);
    }

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

    /// <summary>The constructor argument at <paramref name="position"/> as a string; null becomes empty.</summary>
    public Sourced<string> Positional(int position)
    {
        var arguments = data.ConstructorArguments;
        var value = position < arguments.Length ? arguments[position].Value : null;
        return new Sourced<string>(ToText(value), Source.WithArgument(position.ToString(CultureInfo.InvariantCulture)));
    }

    /// <summary>The constructor argument at <paramref name="position"/> as an integer.</summary>
    public Sourced<int> PositionalInt(int position)
    {
        var arguments = data.ConstructorArguments;
        var value = position < arguments.Length && arguments[position].Value is int number ? number : 0;
        return new Sourced<int>(value, Source.WithArgument(position.ToString(CultureInfo.InvariantCulture)));
    }

    /// <summary>A named string property, or null when it was not set (or set to null).</summary>
    public Sourced<string>? String(string name)
        => Find(name) is { Value: { } value } ? new Sourced<string>(ToText(value), Source.WithArgument(name)) : null;

    /// <summary>A named integer property, or null when it was not set.</summary>
    public Sourced<int>? Int(string name)
        => Find(name) is { Value: int value } ? new Sourced<int>(value, Source.WithArgument(name)) : null;

    /// <summary>A named long property, or null when it was not set.</summary>
    public Sourced<long>? Long(string name)
        => Find(name) switch
        {
            { Value: long value } => new Sourced<long>(value, Source.WithArgument(name)),
            { Value: int value } => new Sourced<long>(value, Source.WithArgument(name)),
            _ => null,
        };

    /// <summary>A named enum property as its underlying value; 0 (the enum's default) when not set.</summary>
    public int Enum(string name) => Find(name) is { Value: int value } ? value : 0;

    /// <summary>A named string-array property; empty when not set.</summary>
    public EquatableArray<Sourced<string>> Strings(string name)
    {
        if (Find(name) is not { Kind: TypedConstantKind.Array } array || array.IsNull)
        {
            return EquatableArray<Sourced<string>>.Empty;
        }
        var source = Source.WithArgument(name);
        var builder = ImmutableArray.CreateBuilder<Sourced<string>>(array.Values.Length);
        foreach (var item in array.Values)
        {
            builder.Add(new Sourced<string>(ToText(item.Value), source));
        }
        return builder.MoveToImmutable().ToEquatableArray();
    }

    private TypedConstant? Find(string name)
    {
        foreach (var argument in data.NamedArguments)
        {
            if (argument.Key == name && argument.Value.Kind != TypedConstantKind.Error)
            {
                return argument.Value;
            }
        }
        return null;
    }

    private static string ToText(object? value) => value as string ?? string.Empty;
}
