using System.Globalization;
using System.Threading;
using Manifests.Generators.Models;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Manifests.Generators.Analyzers;

/// <summary>Turns a <see cref="SourceRef"/> back into the smallest source span: the argument that is wrong, else the attribute.</summary>
internal static class SourceLocator
{
    public static Location Locate(AttributeData attribute, string? argument, Location fallback, CancellationToken cancellationToken)
    {
        if (attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is not AttributeSyntax syntax)
        {
            return fallback;
        }
        if (argument is null || syntax.ArgumentList is not { } list)
        {
            return syntax.GetLocation();
        }

        if (int.TryParse(argument, NumberStyles.None, CultureInfo.InvariantCulture, out var position))
        {
            // A constructor argument: by name when written as "key: value", else by position among the positional ones.
            var parameterName = attribute.AttributeConstructor is { } constructor && position < constructor.Parameters.Length
                ? constructor.Parameters[position].Name
                : null;
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
        }
        else
        {
            foreach (var candidate in list.Arguments)
            {
                if (candidate.NameEquals?.Name.Identifier.ValueText == argument)
                {
                    return candidate.Expression.GetLocation();
                }
            }
        }
        return syntax.GetLocation();
    }

    public static Location Locate(AttributeData attribute, SourceRef source, Location fallback, CancellationToken cancellationToken)
        => Locate(attribute, source.Argument, fallback, cancellationToken);
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
