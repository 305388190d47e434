using System.Collections.Immutable;
using Manifests.Generators.Diagnostics;
using Manifests.Generators.Domain.Kubernetes;
using Manifests.Generators.Models;

namespace Manifests.Generators.Domain.Validation;

/// <summary>
/// Where a container's environment comes from: each variable from a value or one Secret or ConfigMap key (KM115,
/// KM117, KM122), that key declared (KM405), and <c>[EnvFrom]</c> prefixes Kubernetes accepts (KM115).
/// </summary>
internal static partial class WorkloadValidator
{
    private static void CheckEnvSources(ImmutableArray<ManifestProblem>.Builder problems, WorkloadSpec workload, ContainerSpec container, string? defaultNamespace, string? podNamespace)
    {
        var containerName = container.Name.Value;
        foreach (var variable in container.Env)
        {
            var name = variable.Name.Value;
            if (variable.Reference is not { } reference)
            {
                if (variable.Value is null)
                {
                    problems.Add(ManifestProblem.Create(DiagnosticDescriptors.EnvWithoutValue, variable.Source, name, containerName));
                }
                if (variable.Key is { } key)
                {
                    problems.Add(ManifestProblem.Create(DiagnosticDescriptors.EnvArgumentWithoutReference, key.Source, "Env", nameof(EnvAttribute.Key), name));
                }
                if (variable.Optional)
                {
                    problems.Add(ManifestProblem.Create(DiagnosticDescriptors.EnvArgumentWithoutReference, variable.Source.WithArgument(nameof(EnvAttribute.Optional)), "Env", nameof(EnvAttribute.Optional), name));
                }
                continue;
            }

            // The property the user wrote the reference with: Secret, unless only ConfigMap was set.
            var property = reference.Source.Argument ?? nameof(EnvAttribute.Secret);
            if (variable.Value is { } value)
            {
                problems.Add(ManifestProblem.Create(DiagnosticDescriptors.EnvValueAndReference, value.Source, name, containerName, property));
            }
            if (variable.ConfigMapBesideSecret is { } configMap)
            {
                problems.Add(ManifestProblem.Create(DiagnosticDescriptors.EnvSecretAndConfigMap, configMap.Source, name, containerName));
            }
            if (!CheckReference(problems, workload, "Env", reference, property, defaultNamespace, podNamespace))
            {
                continue;
            }
            if (variable.Key is { } written)
            {
                if (KubernetesGrammar.CheckConfigKey(written.Value) is { } keyProblem)
                {
                    problems.Add(ManifestProblem.Create(DiagnosticDescriptors.InvalidConfigKey, written.Source, reference.Kind.ToString(), written.Value, keyProblem));
                }
                else if (!variable.Optional)
                {
                    CheckKey(problems, reference, written, defaulted: false);
                }
            }
            else if (!variable.Optional)
            {
                CheckKey(problems, reference, variable.Name, defaulted: true);
            }
        }

        foreach (var source in container.EnvFrom)
        {
            CheckReference(problems, workload, "EnvFrom", source.Reference, property: null, defaultNamespace, podNamespace);
            // An empty prefix is no prefix, as Kubernetes reads it.
            if (source.Prefix is { Value.Length: > 0 } prefix && KubernetesGrammar.CheckEnvVarName(prefix.Value) is { } prefixProblem)
            {
                problems.Add(ManifestProblem.Create(DiagnosticDescriptors.InvalidEnvFromPrefix, prefix.Source, prefix.Value, containerName, prefixProblem));
            }
        }
    }
}
