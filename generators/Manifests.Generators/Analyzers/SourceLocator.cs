using System.Threading;
using Manifests.Generators.Models;
using Manifests.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Manifests.Generators.Analyzers;

/// <summary>Turns a <see cref="SourceRef"/> back into the smallest source span: the argument that is wrong, else the attribute.</summary>
internal static class SourceLocator
{
    /// <param name="attribute">The attribute the value was read from.</param>
    /// <param name="property">The property the value sets, or null for the whole attribute.</param>
    /// <param name="fallback">Where to report when the attribute has no syntax (it came from metadata).</param>
    public static Location Locate(AttributeData attribute, string? property, Location fallback, CancellationToken cancellationToken)
    {
        if (attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is not AttributeSyntax syntax)
        {
            return fallback;
        }
        if (property is null || syntax.ArgumentList is not { } list)
        {
            return syntax.GetLocation();
        }

        // A named argument: "Replicas = 3".
        foreach (var candidate in list.Arguments)
        {
            if (candidate.NameEquals?.Name.Identifier.ValueText == property)
            {
                return candidate.Expression.GetLocation();
            }
        }

        // The constructor parameter of the same name: as "key: value", else by position among the positional arguments.
        if (attribute.AttributeConstructor is not { } constructor)
        {
            return syntax.GetLocation();
        }
        var position = -1;
        for (var i = 0; i < constructor.Parameters.Length; i++)
        {
            if (AttributeArguments.IsParameterOf(constructor.Parameters[i].Name, property))
            {
                position = i;
                break;
            }
        }
        if (position < 0)
        {
            return syntax.GetLocation();
        }
        var parameterName = constructor.Parameters[position].Name;
        var positional = 0;
        foreach (var candidate in list.Arguments)
        {
            if (candidate.NameEquals is not null)
            {
                continue;
            }
            if (candidate.NameColon is { } nameColon)
            {
                if (nameColon.Name.Identifier.ValueText == parameterName)
                {
                    return candidate.Expression.GetLocation();
                }
                continue;
            }
            if (positional++ == position)
            {
                return candidate.Expression.GetLocation();
            }
        }
        return syntax.GetLocation();
    }

    public static Location Locate(AttributeData attribute, SourceRef source, Location fallback, CancellationToken cancellationToken)
        => source.Element < 0 || source.Argument is null
            ? Locate(attribute, source.Argument, fallback, cancellationToken)
            : LocateElement(attribute, source.Argument, source.Element, fallback, cancellationToken);

    /// <summary>
    /// One item of an array argument: of its initializer (<c>new[] { "a", "b" }</c>, <c>["a", "b"]</c>), or, for a
    /// <c>params</c> parameter written as several arguments, the positional argument that many places further on. Where
    /// neither is found, the whole argument.
    /// </summary>
    private static Location LocateElement(AttributeData attribute, string property, int element, Location fallback, CancellationToken cancellationToken)
    {
        var whole = Locate(attribute, property, fallback, cancellationToken);
        if (attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is not AttributeSyntax { ArgumentList: { } list }
            || whole.SourceTree != list.SyntaxTree
            || !list.Span.Contains(whole.SourceSpan)
            || list.FindNode(whole.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax expression)
        {
            return whole;
        }
        if (expression is CollectionExpressionSyntax collection)
        {
            return element < collection.Elements.Count ? collection.Elements[element].GetLocation() : whole;
        }
        var items = expression switch
        {
            ArrayCreationExpressionSyntax { Initializer: { } initializer } => initializer.Expressions,
            ImplicitArrayCreationExpressionSyntax { Initializer: { } initializer } => initializer.Expressions,
            _ => default(SeparatedSyntaxList<ExpressionSyntax>?),
        };
        if (items is { } written)
        {
            return element < written.Count ? written[element].GetLocation() : whole;
        }
        if (expression.Parent is not AttributeArgumentSyntax { NameEquals: null, NameColon: null } first)
        {
            return whole;
        }
        // The params items are the positional arguments from this one on.
        var index = list.Arguments.IndexOf(first) + element;
        return index < list.Arguments.Count && list.Arguments[index] is { NameEquals: null, NameColon: null } item
            ? item.Expression.GetLocation()
            : whole;
    }
}

/// <summary>
/// Where a diagnostic would go, found only if one is reported: the analyzers check every container of every workload
/// on each keystroke, and finding the syntax of an argument costs more than most checks.
/// </summary>
internal readonly struct DeferredLocation
{
    private readonly AttributeData attribute;
    private readonly string? argument;
    private readonly Location fallback;
    private readonly CancellationToken cancellationToken;

    public DeferredLocation(AttributeData attribute, string? argument, Location fallback, CancellationToken cancellationToken)
    {
        this.attribute = attribute;
        this.argument = argument;
        this.fallback = fallback;
        this.cancellationToken = cancellationToken;
    }

    public Location Get() => SourceLocator.Locate(attribute, argument, fallback, cancellationToken);
}
