using System.Collections.Generic;
using System.Collections.Immutable;
using Manifests.Generators.Diagnostics;
using Manifests.Generators.Domain.Kubernetes;
using Manifests.Generators.Models;

namespace Manifests.Generators.Domain.Validation;

/// <summary>Labels, annotations, node selectors and tolerations: keys and values as the API server checks them.</summary>
internal static partial class WorkloadValidator
{
    /// <summary>An object's own labels and annotations.</summary>
    public static void CheckMetadata(ImmutableArray<ManifestProblem>.Builder problems, IEnumerable<KeyValueSpec> labels, IEnumerable<KeyValueSpec> annotations, string className)
    {
        CheckLabels(problems, labels, className);
        CheckAnnotations(problems, annotations);
    }

    /// <param name="className">The class the labels are on; null for the assembly's common labels.</param>
    private static void CheckLabels(ImmutableArray<ManifestProblem>.Builder problems, IEnumerable<KeyValueSpec> labels, string? className)
    {
        var seen = new HashSet<string>();
        foreach (var label in labels)
        {
            CheckKeyValue(problems, "Label", label);
            if (label.Key.Value == WellKnownLabels.Name)
            {
                problems.Add(ManifestProblem.Create(DiagnosticDescriptors.ReservedLabel, label.Key.Source, label.Key.Value));
            }
            else if (!seen.Add(label.Key.Value))
            {
                problems.Add(className is null
                    ? ManifestProblem.Create(DiagnosticDescriptors.DuplicateCommonLabel, label.Key.Source, label.Key.Value)
                    : ManifestProblem.Create(DiagnosticDescriptors.DuplicateLabel, label.Key.Source, label.Key.Value, ShortName(className)));
            }
        }
    }

    private static void CheckAnnotations(ImmutableArray<ManifestProblem>.Builder problems, IEnumerable<KeyValueSpec> annotations)
    {
        var seen = new HashSet<string>();
        foreach (var annotation in annotations)
        {
            if (KubernetesGrammar.CheckQualifiedName(annotation.Key.Value) is { } keyProblem)
            {
                problems.Add(ManifestProblem.Create(DiagnosticDescriptors.InvalidKey, annotation.Key.Source, "Annotation", annotation.Key.Value, keyProblem));
            }
            else if (!seen.Add(annotation.Key.Value))
            {
                problems.Add(ManifestProblem.Create(DiagnosticDescriptors.DuplicateAnnotation, annotation.Key.Source, annotation.Key.Value));
            }
            CheckText(problems, annotation.Value, TextOwner.Annotation, annotation.Key.Value);
        }
    }

    /// <param name="what">Label or Node selector, as the message says it.</param>
    private static void CheckKeyValue(ImmutableArray<ManifestProblem>.Builder problems, string what, KeyValueSpec entry)
    {
        if (KubernetesGrammar.CheckQualifiedName(entry.Key.Value) is { } keyProblem)
        {
            problems.Add(ManifestProblem.Create(DiagnosticDescriptors.InvalidKey, entry.Key.Source, what, entry.Key.Value, keyProblem));
        }
        if (KubernetesGrammar.CheckLabelValue(entry.Value.Value) is { } valueProblem)
        {
            problems.Add(ManifestProblem.Create(DiagnosticDescriptors.InvalidLabelValue, entry.Value.Source, what, entry.Value.Value, entry.Key.Value, valueProblem));
        }
    }

    private static void CheckToleration(ImmutableArray<ManifestProblem>.Builder problems, TolerationSpec toleration)
    {
        var key = toleration.Key;
        if (key.Value.Length == 0)
        {
            if (toleration.Value is { } value)
            {
                problems.Add(ManifestProblem.Create(DiagnosticDescriptors.ValueWithoutTolerationKey, value.Source));
            }
        }
        else if (KubernetesGrammar.CheckQualifiedName(key.Value) is { } keyProblem)
        {
            problems.Add(ManifestProblem.Create(DiagnosticDescriptors.InvalidTolerationKey, key.Source, key.Value, keyProblem));
        }

        if (toleration.Value is { } tolerated && KubernetesGrammar.CheckLabelValue(tolerated.Value) is { } valueProblem)
        {
            problems.Add(ManifestProblem.Create(DiagnosticDescriptors.InvalidTolerationValue, tolerated.Source, key.Value, tolerated.Value, valueProblem));
        }
        if (toleration.Seconds is { } seconds && toleration.Effect != TaintEffect.NoExecute)
        {
            problems.Add(ManifestProblem.Create(DiagnosticDescriptors.TolerationSecondsWithoutNoExecute, seconds.Source, key.Value));
        }
    }

    private static string ShortName(string className)
    {
        var dot = className.LastIndexOf('.');
        return dot < 0 ? className.Replace("global::", string.Empty) : className.Substring(dot + 1);
    }
}
