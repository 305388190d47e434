using System.Collections.Immutable;
using System.Linq;
using Manifests.Generators.Diagnostics;
using Manifests.Generators.Domain.Kubernetes;
using Manifests.Generators.Models;

namespace Manifests.Generators.Domain.Validation;

/// <summary>
/// KM405: a <c>typeof</c> reference from <c>[Env]</c>, <c>[EnvFrom]</c> or <c>[Volume]</c> must name a Secret or
/// ConfigMap class of the kind it was written as, with a name Kubernetes accepts, in the pod's namespace, holding the
/// key the container reads. All are Errors: the pod is rejected or its container never starts.
/// </summary>
internal static partial class WorkloadValidator
{
    /// <summary>Whether <paramref name="reference"/> names a Secret or ConfigMap that the pod can read, reporting why not.</summary>
    /// <param name="attribute">The attribute the reference is on, as the message names it.</param>
    /// <param name="property">Secret or ConfigMap as written, or null when the attribute takes either (<c>[EnvFrom]</c>).</param>
    private static bool CheckReference(
        ImmutableArray<ManifestProblem>.Builder problems,
        WorkloadSpec workload,
        string attribute,
        ClassReference reference,
        string? property,
        string? defaultNamespace,
        string? podNamespace)
    {
        var className = ClassOf(reference);
        if (reference.Kind is not (ReferenceKind.Secret or ReferenceKind.ConfigMap))
        {
            problems.Add(ManifestProblem.Create(DiagnosticDescriptors.ReferenceNotConfig, reference.Source, attribute, className));
            return false;
        }
        var kind = reference.Kind.ToString();
        if (property is not null && property != kind)
        {
            problems.Add(ManifestProblem.Create(DiagnosticDescriptors.ReferenceOfOtherKind, reference.Source, attribute, property, className, kind)
                .With(DiagnosticProperties.Property(kind)));
            return false;
        }
        if (KubernetesGrammar.CheckDns1123Subdomain(reference.Name) is { } nameProblem)
        {
            // The class itself gets KM101; the pod would name an object no cluster can hold.
            problems.Add(ManifestProblem.Create(DiagnosticDescriptors.ReferenceNameInvalid, reference.Source, attribute, className, kind, reference.Name, nameProblem));
            return false;
        }

        // A declared Secret has no namespace: it is wherever the pod looks. A ConfigMap is generated into its own.
        var referenceNamespace = reference.Kind == ReferenceKind.ConfigMap ? reference.Namespace ?? defaultNamespace : null;
        if (referenceNamespace is not null && podNamespace is not null && referenceNamespace != podNamespace)
        {
            problems.Add(ManifestProblem.Create(DiagnosticDescriptors.ReferenceInOtherNamespace, reference.Source,
                kind, reference.Name, className, referenceNamespace, podNamespace, workload.Name.Value));
        }
        return true;
    }

    /// <summary>The key a container reads must be one the Secret declares, or a ConfigMap's <c>[Data]</c> entry.</summary>
    /// <param name="defaulted">Whether the key is the variable's name, Key being unset: the fix then has no literal to correct.</param>
    private static void CheckKey(ImmutableArray<ManifestProblem>.Builder problems, ClassReference reference, Sourced<string> key, bool defaulted)
    {
        if (reference.Keys.Any(declared => declared == key.Value))
        {
            return;
        }
        var kind = reference.Kind.ToString();
        var className = ClassOf(reference);
        if (reference.Keys.IsEmpty)
        {
            var descriptor = reference.Kind == ReferenceKind.Secret ? DiagnosticDescriptors.SecretWithoutKeys : DiagnosticDescriptors.ConfigMapWithoutData;
            problems.Add(ManifestProblem.Create(descriptor, key.Source, kind, reference.Name, className, key.Value));
        }
        else if (Nearest(key.Value, reference.Keys) is { } suggestion)
        {
            problems.Add(defaulted
                ? ManifestProblem.Create(DiagnosticDescriptors.DefaultKeyNotDeclaredDidYouMean, key.Source, kind, reference.Name, className, key.Value, suggestion)
                : ManifestProblem.Create(DiagnosticDescriptors.KeyNotDeclaredDidYouMean, key.Source, kind, reference.Name, className, key.Value, suggestion)
                    .With(DiagnosticProperties.Suggestion(suggestion)));
        }
        else
        {
            var descriptor = defaulted ? DiagnosticDescriptors.DefaultKeyNotDeclared : DiagnosticDescriptors.KeyNotDeclared;
            problems.Add(ManifestProblem.Create(descriptor, key.Source, kind, reference.Name, className, key.Value, Quoted(reference.Keys)));
        }
    }
}
