using System.Collections.Generic;
using System.Threading;
using Manifests.Generators.Helpers;
using Manifests.Generators.Models;
using Microsoft.CodeAnalysis;

namespace Manifests.Generators.Parsing;

/// <summary>
/// Reads <c>[assembly: ManifestDefaults]</c> and <c>[assembly: Label]</c>. Source references index
/// <see cref="IAssemblySymbol.GetAttributes"/> directly.
/// </summary>
internal static class DefaultsParser
{
    public static ManifestDefaults Parse(IAssemblySymbol assembly, CancellationToken cancellationToken)
    {
        string? @namespace = null;
        string? partOf = null;
        SourceRef namespaceSource = default, partOfSource = default;
        var labels = new List<KeyValueSpec>();

        var attributes = assembly.GetAttributes();
        for (var i = 0; i < attributes.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var kind = KnownAttributes.Classify(attributes[i].AttributeClass);
            if (kind is not (KnownAttribute.ManifestDefaults or KnownAttribute.Label))
            {
                continue;
            }
            var arguments = new AttributeArguments(attributes[i], i);
            if (!arguments.IsUsable)
            {
                continue;
            }
            if (kind == KnownAttribute.Label)
            {
                labels.Add(new KeyValueSpec(arguments.Positional(0), arguments.Positional(1)));
                continue;
            }
            if (arguments.String("Namespace") is { } ns)
            {
                (@namespace, namespaceSource) = (ns.Value, ns.Source);
            }
            if (arguments.String("PartOf") is { } part)
            {
                (partOf, partOfSource) = (part.Value, part.Source);
            }
        }

        if (@namespace is null && partOf is null && labels.Count == 0)
        {
            return ManifestDefaults.None;
        }
        return new ManifestDefaults(@namespace, partOf, labels.ToEquatableArray(), namespaceSource, partOfSource);
    }
}
