using System.Collections.Generic;
using System.Collections.Immutable;
using Manifests.Generators.Diagnostics;
using Manifests.Generators.Domain.Kubernetes;
using Manifests.Generators.Models;

namespace Manifests.Generators.Domain.Validation;

/// <summary>The rules a <c>[ConfigMap]</c> class and a <c>[Secret]</c> declaration must meet (KM1xx).</summary>
internal static class ConfigValidator
{
    public static ImmutableArray<ManifestProblem> Validate(ConfigMapSpec configMap)
    {
        var problems = ImmutableArray.CreateBuilder<ManifestProblem>();
        CheckName(problems, "ConfigMap", configMap.Name);
        if (configMap.Namespace is { } ns && KubernetesGrammar.CheckDns1123Label(ns.Value) is { } nsProblem)
        {
            problems.Add(ManifestProblem.Create(DiagnosticDescriptors.InvalidNamespace, ns.Source, ns.Value, nsProblem).With(DiagnosticProperties.NameRule(NameRule.Dns1123Label)));
        }
        foreach (var misplaced in configMap.Misplaced)
        {
            problems.Add(WorkloadValidator.Misplaced(misplaced));
        }
        WorkloadValidator.CheckArguments(problems, configMap.InvalidArguments);
        var keys = new HashSet<string>();
        foreach (var entry in configMap.Data)
        {
            CheckKey(problems, "ConfigMap", entry.Key, keys, configMap.Name.Value);
            WorkloadValidator.CheckText(problems, entry.Value, "ConfigMap entry", entry.Key.Value);
        }
        WorkloadValidator.CheckMetadata(problems, configMap.Labels, configMap.Annotations, configMap.ClassName);
        return problems.ToImmutable();
    }

    public static ImmutableArray<ManifestProblem> Validate(SecretSpec secret)
    {
        var problems = ImmutableArray.CreateBuilder<ManifestProblem>();
        CheckName(problems, "Secret", secret.Name);
        foreach (var misplaced in secret.Misplaced)
        {
            problems.Add(WorkloadValidator.Misplaced(misplaced));
        }
        WorkloadValidator.CheckArguments(problems, secret.InvalidArguments);
        var keys = new HashSet<string>();
        foreach (var key in secret.Keys)
        {
            CheckKey(problems, "Secret", key, keys, secret.Name.Value);
        }
        return problems.ToImmutable();
    }

    private static void CheckName(ImmutableArray<ManifestProblem>.Builder problems, string kind, Sourced<string> name)
    {
        if (KubernetesGrammar.CheckDns1123Subdomain(name.Value) is { } reason)
        {
            var descriptor = name.Source.Argument is null ? DiagnosticDescriptors.InvalidClassDerivedName : DiagnosticDescriptors.InvalidObjectName;
            problems.Add(ManifestProblem.Create(descriptor, name.Source, kind, name.Value, reason).With(DiagnosticProperties.NameRule(NameRule.Dns1123Subdomain)));
        }
    }

    private static void CheckKey(ImmutableArray<ManifestProblem>.Builder problems, string kind, Sourced<string> key, HashSet<string> seen, string owner)
    {
        if (KubernetesGrammar.CheckConfigKey(key.Value) is { } keyProblem)
        {
            problems.Add(ManifestProblem.Create(DiagnosticDescriptors.InvalidConfigKey, key.Source, kind, key.Value, keyProblem));
        }
        else if (!seen.Add(key.Value))
        {
            problems.Add(ManifestProblem.Create(DiagnosticDescriptors.DuplicateConfigKey, key.Source, kind, key.Value, owner));
        }
    }
}
