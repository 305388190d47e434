using System.Collections.Generic;
using Manifests.Generators.Domain.Kubernetes;
using Manifests.Generators.Helpers;
using Manifests.Generators.Models;
using Microsoft.CodeAnalysis;

namespace Manifests.Generators.Parsing;

/// <summary>
/// Reads a class that another refers to by <c>typeof</c> (<c>Secret = typeof(DbCredentials)</c>): what it is and what
/// the checks across objects need of it. Only its own attributes are read, never its members.
/// </summary>
internal static class ClassReferences
{
    public static ClassReference Read(INamedTypeSymbol type, SourceRef source)
    {
        var className = type.ToDisplayString();
        foreach (var data in type.GetAttributes())
        {
            var kind = ContractAttributes.Classify(data.AttributeClass);
            var arguments = new AttributeArguments(data, 0, kind, []);
            switch (kind)
            {
                case ContractAttribute.Secret:
                    var name = arguments.String(nameof(SecretAttribute.Name))?.Value ?? string.Empty;
                    return new ClassReference(className, ReferenceKind.Secret, name, null, Values(arguments.Strings(nameof(SecretAttribute.Keys))), false, source);
                case ContractAttribute.ConfigMap:
                    return new ClassReference(
                        className,
                        ReferenceKind.ConfigMap,
                        arguments.String(nameof(ConfigMapAttribute.Name))?.Value ?? KebabCase.From(type.Name),
                        arguments.String(nameof(ConfigMapAttribute.Namespace))?.Value,
                        DataKeys(type),
                        false,
                        source);
                case ContractAttribute.Deployment or ContractAttribute.ReplicaSet or ContractAttribute.StatefulSet:
                    // The three workload attributes share their properties' names.
                    return new ClassReference(
                        className,
                        ReferenceKind.Workload,
                        arguments.String(nameof(DeploymentAttribute.Name))?.Value ?? KebabCase.From(type.Name),
                        arguments.String(nameof(DeploymentAttribute.Namespace))?.Value,
                        EquatableArray<string>.Empty,
                        HasService(type),
                        source);
            }
        }
        return new ClassReference(className, ReferenceKind.Other, string.Empty, null, EquatableArray<string>.Empty, false, source);
    }

    private static EquatableArray<string> DataKeys(INamedTypeSymbol type)
    {
        var keys = new List<string>();
        foreach (var data in type.GetAttributes())
        {
            if (ContractAttributes.Classify(data.AttributeClass) == ContractAttribute.Data
                && new AttributeArguments(data, 0, ContractAttribute.Data, []).String(nameof(DataAttribute.Key)) is { } key)
            {
                keys.Add(key.Value);
            }
        }
        return keys.ToEquatableArray();
    }

    private static bool HasService(INamedTypeSymbol type)
    {
        foreach (var data in type.GetAttributes())
        {
            if (ContractAttributes.Classify(data.AttributeClass) == ContractAttribute.Service)
            {
                return true;
            }
        }
        return false;
    }

    private static EquatableArray<string> Values(EquatableArray<Sourced<string>> values)
    {
        var list = new List<string>(values.Count);
        foreach (var value in values)
        {
            list.Add(value.Value);
        }
        return list.ToEquatableArray();
    }
}
