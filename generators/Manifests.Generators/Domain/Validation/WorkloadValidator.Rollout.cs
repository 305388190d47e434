using System.Collections.Immutable;
using System.Globalization;
using Manifests.Generators.Diagnostics;
using Manifests.Generators.Domain.Kubernetes;
using Manifests.Generators.Models;

namespace Manifests.Generators.Domain.Validation;

/// <summary>
/// The names the pod refers to by text (KM101: pull secrets, service account, priority class) and how the workload
/// replaces and stops its pods (KM126: strategy bounds, history, deadlines, grace period; KM117: a setting of the other
/// kind of workload), as the API server validates them.
/// </summary>
internal static partial class WorkloadValidator
{
    /// <summary>Kubernetes' progress deadline when a Deployment sets none.</summary>
    private const int DefaultProgressDeadlineSeconds = 600;

    private static void CheckPodIdentity(ImmutableArray<ManifestProblem>.Builder problems, WorkloadSpec workload)
    {
        foreach (var secret in workload.Pod.ImagePullSecrets)
        {
            CheckReferredName(problems, "Secret", secret);
        }
        if (workload.Pod.ServiceAccount is { } account)
        {
            CheckReferredName(problems, "ServiceAccount", account);
        }
        if (workload.Settings.PriorityClassName is { } priorityClass)
        {
            CheckReferredName(problems, "PriorityClass", priorityClass);
        }
    }

    /// <summary>The name of an object the pod refers to: a name no such object can have refers to nothing.</summary>
    private static void CheckReferredName(ImmutableArray<ManifestProblem>.Builder problems, string kind, Sourced<string> name)
    {
        if (KubernetesGrammar.CheckDns1123Subdomain(name.Value) is { } reason)
        {
            problems.Add(ManifestProblem.Create(DiagnosticDescriptors.InvalidObjectName, name.Source, kind, name.Value, reason)
                .With(DiagnosticProperties.NameRule(NameRule.Dns1123Subdomain)));
        }
    }

    private static void CheckRollout(ImmutableArray<ManifestProblem>.Builder problems, WorkloadSpec workload)
    {
        var settings = workload.Settings;
        NonNegative(problems, settings.MinReadySeconds, nameof(DeploymentAttribute.MinReadySeconds));
        NonNegative(problems, settings.RevisionHistoryLimit, nameof(DeploymentAttribute.RevisionHistoryLimit));
        NonNegative(problems, settings.ProgressDeadlineSeconds, nameof(DeploymentAttribute.ProgressDeadlineSeconds));
        if (settings.TerminationGracePeriodSeconds is { Value: < 0 } grace)
        {
            problems.Add(ManifestProblem.Create(DiagnosticDescriptors.NegativeWorkloadSetting, grace.Source, nameof(DeploymentAttribute.TerminationGracePeriodSeconds), Number(grace.Value)));
        }

        // The deadline must leave a new pod time to count as available; only a Deployment has one.
        var minReady = settings.MinReadySeconds is { Value: >= 0 } written ? written.Value : 0;
        if (settings.ProgressDeadlineSeconds is { Value: >= 0 } deadline)
        {
            if (deadline.Value <= minReady)
            {
                problems.Add(ManifestProblem.Create(DiagnosticDescriptors.ProgressDeadlineNotAboveMinReady, deadline.Source, Number(deadline.Value), Number(minReady)));
            }
        }
        else if (workload.Kind == WorkloadKind.Deployment && settings.MinReadySeconds is { Value: >= DefaultProgressDeadlineSeconds } late)
        {
            problems.Add(ManifestProblem.Create(DiagnosticDescriptors.MinReadyNotBelowDefaultDeadline, late.Source, Number(late.Value)));
        }

        if (workload.Strategy is { Kind: StrategyKind.RollingUpdate } strategy)
        {
            CheckRollingUpdate(problems, workload.Kind, strategy);
        }
    }

    private static void CheckRollingUpdate(ImmutableArray<ManifestProblem>.Builder problems, WorkloadKind kind, StrategySpec strategy)
    {
        var isStatefulSet = kind == WorkloadKind.StatefulSet;
        if (isStatefulSet && strategy.MaxSurge is { } surge)
        {
            problems.Add(ManifestProblem.Create(DiagnosticDescriptors.MaxSurgeOnStatefulSet, surge.Source, "RollingUpdate", nameof(RollingUpdateAttribute.MaxSurge)));
        }
        if (!isStatefulSet && strategy.Partition is { } partition)
        {
            problems.Add(ManifestProblem.Create(DiagnosticDescriptors.PartitionOnDeployment, partition.Source, "RollingUpdate", nameof(RollingUpdateAttribute.Partition)));
        }
        else
        {
            NonNegative(problems, strategy.Partition, nameof(RollingUpdateAttribute.Partition));
        }

        var maxSurge = isStatefulSet ? null : Bound(problems, strategy.MaxSurge, nameof(RollingUpdateAttribute.MaxSurge));
        var maxUnavailable = Bound(problems, strategy.MaxUnavailable, nameof(RollingUpdateAttribute.MaxUnavailable));
        if (strategy.MaxUnavailable is { } unavailable && maxUnavailable is { } value)
        {
            if (value.IsPercent && value.Amount > 100)
            {
                problems.Add(ManifestProblem.Create(DiagnosticDescriptors.MaxUnavailableOver100, unavailable.Source, unavailable.Value));
            }
            else if (isStatefulSet && value.Amount == 0)
            {
                problems.Add(ManifestProblem.Create(DiagnosticDescriptors.StatefulSetMaxUnavailableZero, unavailable.Source, unavailable.Value));
            }
            // Unset, each defaults to 25%: only two written zeros leave a Deployment's rollout no room.
            else if (!isStatefulSet && value.Amount == 0 && maxSurge is { Amount: 0 })
            {
                problems.Add(ManifestProblem.Create(DiagnosticDescriptors.RolloutWithoutRoom, unavailable.Source));
            }
        }
    }

    /// <summary>A count of pods or a percentage (<c>"1"</c>, <c>"25%"</c>), as Kubernetes reads it; null, after reporting, when it is neither.</summary>
    private static (int Amount, bool IsPercent)? Bound(ImmutableArray<ManifestProblem>.Builder problems, Sourced<string>? bound, string property)
    {
        if (bound is not { } written)
        {
            return null;
        }
        var text = written.Value;
        var isPercent = text.EndsWith("%", System.StringComparison.Ordinal);
        var digits = isPercent ? text.Substring(0, text.Length - 1) : text;
        if (int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var amount))
        {
            return (amount, isPercent);
        }
        problems.Add(ManifestProblem.Create(DiagnosticDescriptors.InvalidRolloutBound, written.Source, property, text));
        return null;
    }

    private static void NonNegative(ImmutableArray<ManifestProblem>.Builder problems, Sourced<int>? setting, string property)
    {
        if (setting is { Value: < 0 } value)
        {
            problems.Add(ManifestProblem.Create(DiagnosticDescriptors.NegativeWorkloadSetting, value.Source, property, Number(value.Value)));
        }
    }
}
