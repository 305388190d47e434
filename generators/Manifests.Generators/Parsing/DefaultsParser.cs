using System.Collections.Generic;
using System.Threading;
using Manifests.Generators.Helpers;
using Manifests.Generators.Models;
using Microsoft.CodeAnalysis;

namespace Manifests.Generators.Parsing;

/// <summary>
/// Reads <c>[assembly: ManifestDefaults]</c>, <c>[assembly: Label]</c> and <c>[assembly: ManifestEnvironment]</c>: the generator once per change of the
/// assembly's attributes, the analyzers once per compilation (<see cref="Analyzers.CompilationModel"/>). Source
/// references index <c>IAssemblySymbol.GetAttributes()</c> directly.
/// </summary>
internal static class DefaultsParser
{
    public static ManifestDefaults Parse(IAssemblySymbol assembly, CancellationToken cancellationToken)
    {
        Sourced<string>? @namespace = null, partOf = null;
        var labels = new List<KeyValueSpec>();
        var registries = new List<string>();
        var privateRegistries = new List<string>();
        var createNamespace = false;
        var environments = new List<EnvironmentSpec>();
        var invalid = new List<InvalidArgument>();

        var attributes = assembly.GetAttributes();
        for (var i = 0; i < attributes.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var kind = ContractAttributes.Classify(attributes[i].AttributeClass);
            if (kind is not (ContractAttribute.ManifestDefaults or ContractAttribute.Label or ContractAttribute.ManifestEnvironment))
            {
                continue;
            }
            var arguments = new AttributeArguments(attributes[i], i, kind, invalid);
            if (!arguments.IsUsable)
            {
                continue;
            }
            if (kind == ContractAttribute.ManifestEnvironment)
            {
                environments.Add(new EnvironmentSpec(
                    arguments.RequiredString(nameof(ManifestEnvironmentAttribute.Name)),
                    arguments.String(nameof(ManifestEnvironmentAttribute.ClusterNodes))));
                continue;
            }
            if (kind == ContractAttribute.Label)
            {
                labels.Add(new KeyValueSpec(arguments.RequiredString(nameof(LabelAttribute.Key)), arguments.RequiredString(nameof(LabelAttribute.Value))));
                continue;
            }
            @namespace = arguments.String(nameof(ManifestDefaultsAttribute.Namespace)) ?? @namespace;
            partOf = arguments.String(nameof(ManifestDefaultsAttribute.PartOf)) ?? partOf;
            foreach (var registry in arguments.Strings(nameof(ManifestDefaultsAttribute.AllowedRegistries)))
            {
                registries.Add(registry.Value);
            }
            foreach (var registry in arguments.Strings(nameof(ManifestDefaultsAttribute.PrivateRegistries)))
            {
                privateRegistries.Add(registry.Value);
            }
            createNamespace |= arguments.Bool(nameof(ManifestDefaultsAttribute.CreateNamespace))?.Value ?? false;
        }

        if (@namespace is null && partOf is null && labels.Count == 0 && registries.Count == 0 && privateRegistries.Count == 0 && environments.Count == 0 && invalid.Count == 0)
        {
            return ManifestDefaults.None;
        }
        return new ManifestDefaults(
            @namespace?.Value,
            partOf?.Value,
            labels.ToEquatableArray(),
            registries.ToEquatableArray(),
            privateRegistries.ToEquatableArray(),
            createNamespace,
            environments.ToEquatableArray(),
            @namespace?.Source ?? default,
            partOf?.Source ?? default,
            invalid.ToEquatableArray());
    }
}
