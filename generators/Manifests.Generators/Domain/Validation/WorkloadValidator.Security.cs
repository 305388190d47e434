using System.Collections.Immutable;
using Manifests.Generators.Diagnostics;
using Manifests.Generators.Models;

namespace Manifests.Generators.Domain.Validation;

/// <summary>
/// KM125: security contexts Kubernetes rejects (user and group IDs out of range, a privileged container that may not
/// escalate) or whose container the kubelet refuses to start (root where root is forbidden).
/// </summary>
internal static partial class WorkloadValidator
{
    private const string CapabilityText = "Capability of container";

    /// <summary>The largest user or group ID Kubernetes accepts (a 32-bit signed integer).</summary>
    private const long MaxId = int.MaxValue;

    private static void CheckSecurity(ImmutableArray<ManifestProblem>.Builder problems, ContainerSpec container, PodSecuritySpec? pod)
    {
        var name = container.Name.Value;
        var security = container.Security;
        if (security is not null)
        {
            ContainerId(security.RunAsUser, nameof(SecurityContextAttribute.RunAsUser));
            ContainerId(security.RunAsGroup, nameof(SecurityContextAttribute.RunAsGroup));
            if (security.AllowPrivilegeEscalation is { Value: false } escalation)
            {
                if (security.Privileged is { Value: true })
                {
                    problems.Add(ManifestProblem.Create(DiagnosticDescriptors.PrivilegedWithoutEscalation, escalation.Source, name));
                }
                foreach (var capability in security.AddCapabilities)
                {
                    // Kubernetes compares the text as it is.
                    if (capability.Value == "CAP_SYS_ADMIN")
                    {
                        problems.Add(ManifestProblem.Create(DiagnosticDescriptors.SysAdminWithoutEscalation, escalation.Source, name, capability.Value));
                    }
                }
            }
            foreach (var capability in security.AddCapabilities)
            {
                CheckText(problems, capability, CapabilityText, name);
            }
            foreach (var capability in security.DropCapabilities)
            {
                CheckText(problems, capability, CapabilityText, name);
            }
        }

        // The kubelet applies the container's setting over the pod's, and refuses to start root where root is forbidden.
        var nonRoot = security?.RunAsNonRoot ?? pod?.RunAsNonRoot;
        var user = security?.RunAsUser ?? pod?.RunAsUser;
        if (nonRoot is { Value: true } && user is { Value: 0 } root)
        {
            problems.Add(ManifestProblem.Create(DiagnosticDescriptors.RootWithRunAsNonRoot, root.Source, name));
        }

        void ContainerId(Sourced<long>? id, string property)
        {
            if (id is { } value && value.Value is < 0 or > MaxId)
            {
                problems.Add(ManifestProblem.Create(DiagnosticDescriptors.InvalidContainerId, value.Source, property, Number(value.Value), name));
            }
        }
    }

    private static void CheckPodSecurity(ImmutableArray<ManifestProblem>.Builder problems, PodSecuritySpec? pod)
    {
        if (pod is null)
        {
            return;
        }
        PodId(pod.RunAsUser, nameof(PodSecurityContextAttribute.RunAsUser));
        PodId(pod.RunAsGroup, nameof(PodSecurityContextAttribute.RunAsGroup));
        PodId(pod.FsGroup, nameof(PodSecurityContextAttribute.FsGroup));
        foreach (var group in pod.SupplementalGroups)
        {
            PodId(group, nameof(PodSecurityContextAttribute.SupplementalGroups));
        }

        void PodId(Sourced<long>? id, string property)
        {
            if (id is { } value && value.Value is < 0 or > MaxId)
            {
                problems.Add(ManifestProblem.Create(DiagnosticDescriptors.InvalidPodId, value.Source, property, Number(value.Value)));
            }
        }
    }
}
