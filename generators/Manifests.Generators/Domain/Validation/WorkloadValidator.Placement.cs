using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Manifests.Generators.Diagnostics;
using Manifests.Generators.Domain.Kubernetes;
using Manifests.Generators.Models;

namespace Manifests.Generators.Domain.Validation;

/// <summary>
/// Node affinity, pod anti-affinity and topology spread: node label keys and values (KM103, KM104), operators with the
/// values they take, weights, skews and repeated spreads (KM127), and weights on rules that are not preferences (KM117).
/// </summary>
internal static partial class WorkloadValidator
{
    private const string NodeAffinity = "Node affinity";
    private const string Topology = "Topology";

    private static void CheckPlacement(ImmutableArray<ManifestProblem>.Builder problems, WorkloadSpec workload)
    {
        foreach (var affinity in workload.Pod.NodeAffinities)
        {
            CheckNodeAffinity(problems, affinity);
            CheckWeight(problems, "NodeAffinity", affinity.Preferred, affinity.Weight);
        }
        foreach (var antiAffinity in workload.Pod.PodAntiAffinities)
        {
            if (antiAffinity.TopologyKey is { } key)
            {
                CheckTopologyKey(problems, key);
            }
            CheckWeight(problems, "PodAntiAffinity", antiAffinity.Preferred, antiAffinity.Weight);
        }

        if (workload.Pod.Spreads.IsEmpty)
        {
            return;
        }
        var spreads = new HashSet<(string, UnsatisfiableSpread)>();
        foreach (var spread in workload.Pod.Spreads)
        {
            var key = spread.TopologyKey;
            CheckTopologyKey(problems, key);
            if (spread.MaxSkew is { Value: < 1 } skew)
            {
                problems.Add(ManifestProblem.Create(DiagnosticDescriptors.InvalidMaxSkew, skew.Source, key.Value, Number(skew.Value)));
            }
            if (!spreads.Add((key.Value, spread.WhenUnsatisfiable)))
            {
                problems.Add(ManifestProblem.Create(DiagnosticDescriptors.DuplicateSpread, key.Source, key.Value, spread.WhenUnsatisfiable.ToString()));
            }
        }
    }

    /// <summary>
    /// The key is a node label key; In and NotIn compare with values, Exists and DoesNotExist with none, Gt and Lt with
    /// one integer. Values are label values: the scheduler cannot read any other, and no node carries one.
    /// </summary>
    private static void CheckNodeAffinity(ImmutableArray<ManifestProblem>.Builder problems, NodeAffinitySpec affinity)
    {
        var key = affinity.Key.Value;
        if (KubernetesGrammar.CheckQualifiedName(key) is { } keyProblem)
        {
            problems.Add(ManifestProblem.Create(DiagnosticDescriptors.InvalidKey, affinity.Key.Source, NodeAffinity, key, keyProblem));
        }

        var values = affinity.Values;
        var valuesSource = values.IsEmpty ? affinity.Source : values[0].Source;
        var spelled = KubernetesSpelling.Of(affinity.Operator);
        switch (affinity.Operator)
        {
            case AffinityOperator.In or AffinityOperator.NotIn when values.IsEmpty:
                problems.Add(ManifestProblem.Create(DiagnosticDescriptors.AffinityValuesRequired, valuesSource, key, spelled));
                return;
            case AffinityOperator.Exists or AffinityOperator.DoesNotExist when !values.IsEmpty:
                problems.Add(ManifestProblem.Create(DiagnosticDescriptors.AffinityValuesForbidden, valuesSource, key, spelled));
                return;
            case AffinityOperator.Gt or AffinityOperator.Lt when values.Count != 1:
                problems.Add(ManifestProblem.Create(DiagnosticDescriptors.AffinitySingleValueRequired, valuesSource, key, spelled, Number(values.Count)));
                return;
        }

        foreach (var value in values)
        {
            if (KubernetesGrammar.CheckLabelValue(value.Value) is { } valueProblem)
            {
                problems.Add(ManifestProblem.Create(DiagnosticDescriptors.InvalidLabelValue, value.Source, NodeAffinity, value.Value, key, valueProblem));
            }
            else if (affinity.Operator is AffinityOperator.Gt or AffinityOperator.Lt
                && !long.TryParse(value.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
            {
                problems.Add(ManifestProblem.Create(DiagnosticDescriptors.AffinityValueNotInteger, value.Source, key, spelled, value.Value));
            }
        }
    }

    /// <summary>A pod anti-affinity's or a spread's topology key: a node label key, which Kubernetes requires.</summary>
    private static void CheckTopologyKey(ImmutableArray<ManifestProblem>.Builder problems, Sourced<string> key)
    {
        if (KubernetesGrammar.CheckQualifiedName(key.Value) is { } keyProblem)
        {
            problems.Add(ManifestProblem.Create(DiagnosticDescriptors.InvalidKey, key.Source, Topology, key.Value, keyProblem));
        }
    }

    /// <summary>A preference's weight is 1 to 100 (1 when unset); a required rule has none.</summary>
    private static void CheckWeight(ImmutableArray<ManifestProblem>.Builder problems, string attribute, bool preferred, Sourced<int>? weight)
    {
        if (weight is not { } written)
        {
            return;
        }
        if (!preferred)
        {
            problems.Add(ManifestProblem.Create(DiagnosticDescriptors.WeightWithoutPreferred, written.Source, attribute, nameof(NodeAffinityAttribute.Weight)));
        }
        else if (written.Value is < 1 or > 100)
        {
            problems.Add(ManifestProblem.Create(DiagnosticDescriptors.WeightOutOfRange, written.Source, attribute, Number(written.Value)));
        }
    }
}
